import { expect, test } from "@playwright/test";
import { consoleErrors, expectAccessible, signUp, uniqueEmail } from "./helpers";

test("a new creator lands on the dashboard, loads sample data, sees the charts and switches range", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await signUp(page, uniqueEmail("dash"));
  await expect(page.getByRole("heading", { name: "Start with the account you want to grow" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add your first account" })).toBeVisible();
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await expect(page).toHaveURL(/\/dashboard\?account=.+&range=all$/, { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "@sample.creator" })).toBeVisible();
  await expect(page.getByText("Sample", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  const followers = page.getByRole("figure", { name: "Followers over time" });
  const views = page.getByRole("figure", { name: "Views per period and in total" });
  await expect(followers.locator("svg.recharts-surface")).toBeVisible();
  await expect(views.locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("list", { name: "Follower milestones on this chart" })).toContainText("10k followers");
  await expect(page.getByRole("list", { name: "Next up" })).toBeVisible();

  await page.getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/range=30d$/);
  await expect(page.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  await expect(followers.locator("svg.recharts-surface")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Remove sample data" }).click();
  await expect(page.getByRole("heading", { name: "Start with the account you want to grow" })).toBeVisible({
    timeout: 15_000,
  });
  expect(errors).toEqual([]);
});

test("the earnings band on the dashboard follows a rate change, splits by stream and shows logged income as its own line", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await signUp(page, uniqueEmail("dash-rates"));
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await expect(page).toHaveURL(/range=all$/, { timeout: 30_000 });
  const dashboardUrl = page.url();
  const band = page.getByRole("figure", { name: "Cumulative estimated earnings, low to high" });
  await expect(band.locator("svg.recharts-surface")).toBeVisible();
  const before = await page.getByTestId("dashboard-estimate").innerText();
  expect(before).toMatch(/^\$[\d,.]+–\$[\d,.]+$/);

  // Switch sponsorships on ($10–$100 per 1,000 views) on the earnings page: the dashboard's figure is the page's.
  await page.getByRole("link", { name: "Rates and logged income" }).click();
  await page.getByRole("checkbox", { name: "Sponsorships" }).check();
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByText("Saved the rates.")).toBeVisible();
  const total = await page.getByTestId("estimate-total").innerText();
  await page.goto(dashboardUrl);
  await expect(page.getByTestId("dashboard-estimate")).toHaveText(total);
  expect(total).not.toBe(before);

  // A higher affiliate rate raises the high end again.
  await page.getByRole("link", { name: "Rates and logged income" }).click();
  await page.getByLabel("Affiliate high").fill("9");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByTestId("estimate-total")).not.toHaveText(total);
  const raised = await page.getByTestId("estimate-total").innerText();
  await page.getByLabel("Stream").selectOption("brand_deal");
  await page.getByLabel("Amount").fill("150");
  await page.getByRole("button", { name: "Log income" }).click();
  await expect(page.getByRole("list", { name: "Logged income" })).toContainText("$150.00");

  await page.goto(dashboardUrl);
  await expect(page.getByTestId("dashboard-estimate")).toHaveText(raised);
  await expect(page.getByText("$150.00 logged, shown beside the estimate and not added to it")).toBeVisible();
  const key = page.getByRole("list", { name: "Earnings chart key" });
  await expect(key).toContainText("Logged income (not part of the estimate)");
  await expect(band.locator(".recharts-line")).toHaveCount(1);

  // By stream: one stacked layer per stream that earns, named in the key.
  await page.getByLabel("By stream").check();
  await expect(key).toContainText("Affiliate marketing, low estimate");
  await expect(key).toContainText("Sponsorships, low estimate");
  await expect(key).toContainText("Total, up to the high estimate");
  await expect(band.locator(".recharts-area")).toHaveCount((await key.locator("li").count()) - 1);

  // The tooltip names the range in dollars and each stream.
  await band.scrollIntoViewIfNeeded();
  const box = (await band.locator("svg.recharts-surface").boundingBox())!;
  await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
  await expect(band.getByText(/^Estimated so far: \$[\d,.]+–\$[\d,.]+$/)).toBeVisible();
  await expect(band.getByText(/^Affiliate marketing: \$/)).toBeVisible();
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

for (const viewport of [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
]) {
  test(`the dashboard renders without console errors or overflow (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const errors = consoleErrors(page);
    await signUp(page, uniqueEmail(`dash-${viewport.name}`));
    await page.getByRole("button", { name: "Try it with sample data" }).click();
    await expect(page.getByRole("figure", { name: "Followers over time" }).locator("svg.recharts-surface")).toBeVisible(
      { timeout: 30_000 },
    );
    for (const range of ["all", "1y", "90d", "30d"]) {
      await page.goto(
        `${new URL(page.url()).pathname}${new URL(page.url()).search.replace(/range=\w+/, `range=${range}`)}`,
      );
      await expect(
        page.getByRole("figure", { name: "Views per period and in total" }).locator("svg.recharts-surface"),
      ).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at range ${range}`).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: `test-results/dashboard-${viewport.name}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}
