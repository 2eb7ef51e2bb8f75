import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

/** Collects console errors and uncaught exceptions of the page from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("a new creator lands on the dashboard, loads sample data, sees the charts and switches range", async ({ page }) => {
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
  await expect(followers.getByText("10k followers")).toBeVisible();
  await expect(page.getByRole("list", { name: "Next up" })).toBeVisible();

  await page.getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/range=30d$/);
  await expect(page.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  await expect(followers.locator("svg.recharts-surface")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Remove sample data" }).click();
  await expect(page.getByRole("heading", { name: "Start with the account you want to grow" })).toBeVisible({ timeout: 15_000 });
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
    await expect(page.getByRole("figure", { name: "Followers over time" }).locator("svg.recharts-surface")).toBeVisible({ timeout: 30_000 });
    for (const range of ["all", "1y", "90d", "30d"]) {
      await page.goto(`${new URL(page.url()).pathname}${new URL(page.url()).search.replace(/range=\w+/, `range=${range}`)}`);
      await expect(page.getByRole("figure", { name: "Views per period and in total" }).locator("svg.recharts-surface")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at range ${range}`).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: `test-results/dashboard-${viewport.name}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}
