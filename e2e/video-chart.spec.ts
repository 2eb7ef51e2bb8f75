import { expect, test, type Page } from "@playwright/test";
import { addDays, dayIn, formatDay } from "../lib/time/days";
import { addAccount, addVideo, consoleErrors, expectAccessible, signUp, uniqueEmail } from "./helpers";

const ZONE = "Europe/Berlin";
const CHART = "Views of this video per period and in total";

/** A new creator with one video (posted 40 days ago) on its own page, readings not yet recorded. */
async function creatorWithVideo(page: Page, name: string): Promise<{ today: string; videoPath: string }> {
  const today = dayIn(ZONE, new Date());
  await signUp(page, uniqueEmail(name));
  const accountPath = await addAccount(page, `${name}.chart`, ZONE);
  const videoPath = await addVideo(page, accountPath, {
    url: `https://www.tiktok.com/@${name}.chart/video/7300000000000000777`,
    title: "Chart clip",
    postedOn: addDays(today, -40),
  });
  return { today, videoPath };
}

/** Records readings on the video page's form: past 1,000 views 10 days ago, 45 days after the 90-day range starts. */
async function recordReadings(page: Page, today: string): Promise<void> {
  for (const [ago, views] of [
    [35, 400],
    [20, 800],
    [10, 1250],
    [2, 1600],
  ] as const) {
    const day = addDays(today, -ago);
    await page.getByLabel("Day", { exact: true }).fill(day);
    await page.getByLabel("Views", { exact: true }).fill(String(views));
    await page.getByRole("button", { name: "Save reading" }).click();
    await expect(page.getByText(`Saved the reading for ${formatDay(day)}.`)).toBeVisible();
  }
}

test("a video's page charts its views with its 1k milestone, over the range the creator picks", async ({ page }) => {
  const errors = consoleErrors(page);
  const { today, videoPath } = await creatorWithVideo(page, "vchart");
  await expect(page.getByText("No readings of this video yet.")).toBeVisible();
  await expect(page.getByRole("figure", { name: CHART })).toHaveCount(0);

  await recordReadings(page, today);
  await page.goto(videoPath);
  const chart = page.getByRole("figure", { name: CHART });
  const ranges = page.getByRole("navigation", { name: "Range" });
  await expect(ranges.getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(chart.getByText("1k views", { exact: true })).toBeVisible();
  // Four readings a day apart and the posted day: five days on the line, one bar for each reading's gain.
  await expect(chart.locator(".recharts-line-dot")).toHaveCount(5);
  await expect(chart.locator(".recharts-bar-rectangle path")).toHaveCount(4);
  await page.screenshot({ path: "test-results/video-chart-desktop.png", fullPage: true });

  await ranges.getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/\?range=30d$/);
  await expect(ranges.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  await expect(chart.locator(".recharts-line-dot")).toHaveCount(3);
  await expect(chart.getByText("1k views", { exact: true })).toBeVisible();

  await ranges.getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL(/\?range=all$/);
  await expect(ranges.getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  // By month, 100 and 1k views fall in neighbouring buckets: the chart labels the first, the list under it names both.
  await expect(page.getByRole("list", { name: "Marked on the views chart" })).toContainText("1k views");
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test("on a phone the video chart fits, its milestone listed under it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = consoleErrors(page);
  const { today, videoPath } = await creatorWithVideo(page, "vphone");
  await recordReadings(page, today);
  for (const range of ["30d", "90d", "1y", "all"]) {
    await page.goto(`${videoPath}?range=${range}`);
    const chart = page.getByRole("figure", { name: CHART });
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    // Labels on a narrow chart would run off it: the list under the chart names the milestone instead.
    await expect(chart.getByText("1k views", { exact: true })).toBeHidden();
    await expect(page.getByRole("list", { name: "Marked on the views chart" })).toContainText(
      `1k views · ${formatDay(addDays(today, -10))}`,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at range ${range}`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: "test-results/video-chart-phone.png", fullPage: true });
  expect(errors).toEqual([]);
});
