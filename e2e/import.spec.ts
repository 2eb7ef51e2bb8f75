// The TikTok Studio import as a creator does it: upload an export, read the preview, change nothing, import, watch
// the progress finish, then find the history on the account page, the milestones on the timeline and exactly one
// summary notice.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addAccount, expectAccessible, signUp, uniqueEmail } from "./helpers";

const FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures/tiktok");
const EXPORT = ["Overview.csv", "FollowerHistory.csv", "Content.csv"].map((name) => path.join(FIXTURES, name));
const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, \d+ unread$/ });

test("upload a TikTok export, preview it, import it, and find its history, milestones and one summary notice", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("import"));
  const accountPath = await addAccount(page, "import.me", "UTC");
  await page.getByRole("link", { name: "Import from TikTok" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from TikTok" })).toBeVisible();

  // No files: an inline error, nothing sent.
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Choose the ZIP, CSV or XLSX files TikTok Studio gave you.")).toBeVisible();

  await page.getByLabel("TikTok Studio files").setInputFiles(EXPORT);
  await page.getByRole("button", { name: "Preview" }).click();
  const counts = page.getByRole("definition");
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await expect(page.getByLabel("Export day")).toHaveValue("2026-01-05");
  const summary = page.locator("dl[aria-label='What the import will do']");
  await expect(summary.locator("div", { hasText: "New account days" }).getByRole("definition")).toHaveText("5");
  await expect(summary.locator("div", { hasText: "New videos" }).getByRole("definition")).toHaveText("4");
  await expect(summary.locator("div", { hasText: "New video readings" }).getByRole("definition")).toHaveText("4");
  expect(await counts.count()).toBe(6);
  const problems = page.getByRole("region", { name: "Rows that cannot be imported", exact: true });
  await expect(problems.getByRole("row", { name: /Content\.csv 6 Video link/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /Overview\.csv 3 Dec 29, 2025: no follower count/ })).toBeVisible();
  await expect(page.getByText("Account days covered: Dec 31, 2025 – Jan 4, 2026.")).toBeVisible();
  await expectAccessible(page);

  // A different export day places the yearless dates again; back to the suggested one.
  await page.getByLabel("Export day").fill("2025-01-05");
  await expect(page.getByText("Account days covered: Dec 31, 2024 – Jan 4, 2025.")).toBeVisible();
  await page.getByLabel("Export day").fill("2026-01-05");
  await expect(page.getByText("Account days covered: Dec 31, 2025 – Jan 4, 2026.")).toBeVisible();

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Import finished", { timeout: 30_000 });
  await expect(page.getByRole("status")).toContainText("Imported 5 account days and 4 video readings (4 new videos)");

  // The account page: the imported history and videos.
  await page.getByRole("link", { name: "Back to the account" }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}$`));
  const history = page.getByRole("region", { name: "Account history" });
  await expect(history).toContainText("Dec 31, 2025");
  await expect(history).toContainText("1,046");
  await expect(page.getByText(`Morning run, day 1 "no excuses"`).first()).toBeVisible();

  // The timeline: the follower milestone dated by its first reading.
  await page.goto(`${accountPath}/timeline`);
  await expect(page.getByText(/1,000 followers/).first()).toBeVisible();

  // One summary notice.
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 8_000 });
  await page.goto("/notifications");
  const notices = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(notices).toHaveCount(1);
  await expect(notices.first()).toContainText("@import.me: your import found");
});

test("an unreadable file is named in the preview at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, uniqueEmail("import-bad"));
  const accountPath = await addAccount(page, "import.bad", "UTC");
  await page.goto(`${accountPath}/import`);
  await page.getByLabel("TikTok Studio files").setInputFiles({
    name: "Overview.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("not a workbook"),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  const problems = page.getByRole("region", { name: "Rows that cannot be imported", exact: true });
  await expect(problems.getByRole("row", { name: /^Overview\.xlsx — .*skipped\.$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test("a nested ZIP bomb is refused with one sentence under the form, while the server keeps answering", async ({
  page,
}) => {
  const { nestedBomb } = await import("../scripts/lib/upload-payloads");
  const bomb = Buffer.from(nestedBomb({ harder: true, entryBytes: 20 * 1024 * 1024 })); // 4 ZIPs × 4 × 20 MB
  await signUp(page, uniqueEmail("import-bomb"));
  const accountPath = await addAccount(page, "import.bomb", "UTC");
  await page.goto(`${accountPath}/import`);
  await page
    .getByLabel("TikTok Studio files")
    .setInputFiles({ name: "export.zip", mimeType: "application/zip", buffer: bomb });
  const refused = page.waitForResponse((response) => response.url().endsWith("/api/imports/preview"));
  await page.getByRole("button", { name: "Preview" }).click();
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await refused).status()).toBe(413);
  await expect(page.getByRole("alert").filter({ hasText: "unpacks to more than" })).toHaveText(
    /^export\.zip\/export-1\.zip unpacks to more than 64 MB; a TikTok upload may hold at most 25 MB sent, .* and 10,000 characters a cell\.\s*$/,
  );
  await expect(page.getByRole("heading", { name: "Preview" })).toHaveCount(0);
});
