import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { addDays, dayIn } from "../lib/time/days";
import { addAccount, addVideo, signUp, uniqueEmail } from "./helpers";

// Another creator gets a 404 for every page and action of a creator's account, video and readings.
// Both creators and their data are made once; each attempt is a test of its own (a bounded amount of work).

interface Alice {
  cookies: Cookie[];
  accountPath: string;
  videoPath: string;
  accountSnapshotEdit: string;
  videoSnapshotEdit: string;
}
interface Bob {
  cookies: Cookie[];
  accountPath: string;
  videoPath: string;
}
let alice: Alice;
let bob: Bob;

async function makeAlice(browser: Browser): Promise<Alice> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const today = dayIn("UTC", new Date());
  await signUp(page, uniqueEmail("alice"));
  const accountPath = await addAccount(page, "alice.private", "UTC");
  const videoPath = await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@alice.private/video/7300000000000000100",
    title: "Alice only",
    postedOn: addDays(today, -2),
  });
  await page.getByLabel("Views", { exact: true }).fill("5000");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  const videoSnapshotEdit = (await page.getByRole("table").getByRole("link", { name: "Edit" }).getAttribute("href"))!;
  await page.goto(`${accountPath}/record`);
  await page.getByLabel("Followers").fill("777");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText("Recorded")).toBeVisible();
  await page.goto(accountPath);
  const accountSnapshotEdit = (await page
    .getByRole("table")
    .filter({ hasText: "Followers" })
    .getByRole("link", { name: "Edit" })
    .getAttribute("href"))!;
  const cookies = await context.cookies();
  await context.close();
  return { cookies, accountPath, videoPath, accountSnapshotEdit, videoSnapshotEdit };
}

async function makeBob(browser: Browser): Promise<Bob> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, uniqueEmail("bob"));
  const accountPath = await addAccount(page, "bob.own", "UTC");
  const videoPath = await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@bob.own/video/7300000000000000200",
    title: "Bob's video",
  });
  // One reading of each, so that Bob's history shows edit and delete buttons to point at Alice's.
  await page.getByLabel("Views", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await page.goto(`${accountPath}/record`);
  await page.getByLabel("Followers").fill("5");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText("Recorded")).toBeVisible();
  const cookies = await context.cookies();
  await context.close();
  return { cookies, accountPath, videoPath };
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  alice = await makeAlice(browser);
  bob = await makeBob(browser);
});

const ids = () => ({
  accountId: alice.accountPath.split("/")[2]!,
  videoId: alice.videoPath.split("/")[4]!,
  accountSnapshotId: alice.accountSnapshotEdit.split("/")[4]!,
  videoSnapshotId: alice.videoSnapshotEdit.split("/")[6]!,
});

/**
 * Points the ids the page's forms submit at Alice's records. It rewrites the form data as it is built
 * (the formdata event), so that a re-render of the form after hydration cannot put Bob's ids back.
 */
async function tamper(page: Page, values: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    window.addEventListener(
      "formdata",
      (event) => {
        for (const [name, value] of Object.entries(entries))
          if (event.formData.has(name)) event.formData.set(name, value);
      },
      { capture: true },
    );
  }, values);
}

async function expectNotFound(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
}

test.describe("as the other creator", () => {
  test.beforeEach(async ({ page }) => {
    await page.context().addCookies(bob.cookies);
  });

  const PAGES: [string, () => string][] = [
    ["account", () => alice.accountPath],
    ["account edit", () => `${alice.accountPath}/edit`],
    ["record today", () => `${alice.accountPath}/record`],
    ["new video", () => `${alice.accountPath}/videos/new`],
    ["account reading edit", () => alice.accountSnapshotEdit],
    ["video", () => alice.videoPath],
    ["video edit", () => `${alice.videoPath}/edit`],
    ["video reading edit", () => alice.videoSnapshotEdit],
  ];
  for (const [name, path] of PAGES) {
    test(`the ${name} page is a 404 that names nothing of the owner's`, async ({ page }) => {
      const response = await page.goto(path());
      expect(response?.status()).toBe(404);
      await expectNotFound(page);
      await expect(page.getByText("alice.private")).toHaveCount(0);
    });
  }

  test("recording a reading into the owner's account", async ({ page }) => {
    await page.goto(`${bob.accountPath}/record`);
    await tamper(page, { accountId: ids().accountId });
    await page.getByLabel("Followers").fill("1");
    await page.getByRole("button", { name: "Record" }).click();
    await expectNotFound(page);
  });

  test("recording a reading of the owner's video", async ({ page }) => {
    await page.goto(bob.videoPath);
    await tamper(page, { accountId: ids().accountId, videoId: ids().videoId });
    await page.getByLabel("Views", { exact: true }).fill("1");
    await page.getByRole("button", { name: "Save reading" }).click();
    await expectNotFound(page);
  });

  test("renaming the owner's account", async ({ page }) => {
    await page.goto(`${bob.accountPath}/edit`);
    await tamper(page, { accountId: ids().accountId });
    await page.getByLabel("Handle").fill("stolen");
    await page.getByRole("button", { name: "Save account" }).click();
    await expectNotFound(page);
  });

  test("deleting the owner's video", async ({ page }) => {
    await page.goto(`${bob.videoPath}/edit`);
    await page.getByRole("button", { name: "Delete" }).click();
    await tamper(page, { accountId: ids().accountId, videoId: ids().videoId });
    await page.getByRole("button", { name: "Confirm delete" }).click();
    await expectNotFound(page);
  });

  test("deleting the owner's account reading", async ({ page }) => {
    await page.goto(bob.accountPath);
    await page.getByRole("table").filter({ hasText: "Followers" }).getByRole("button", { name: "Delete" }).click();
    await tamper(page, { accountId: ids().accountId, snapshotId: ids().accountSnapshotId });
    await page.getByRole("button", { name: "Confirm delete" }).click();
    await expectNotFound(page);
  });

  test("editing the owner's video reading", async ({ page }) => {
    await page.goto(bob.videoPath);
    await page.getByRole("table").getByRole("link", { name: "Edit" }).click();
    await expect(page).toHaveURL(/\/snapshots\/[^/]+\/edit$/);
    await tamper(page, { accountId: ids().accountId, videoId: ids().videoId, snapshotId: ids().videoSnapshotId });
    await page.getByLabel("Views", { exact: true }).fill("1");
    await page.getByRole("button", { name: "Save reading" }).click();
    await expectNotFound(page);
  });
});

// Runs after the attempts above (tests of a file run in order).
test("the owner's data is exactly as the owner left it", async ({ page }) => {
  await page.context().addCookies(alice.cookies);
  await page.goto(alice.accountPath);
  await expect(page.getByRole("heading", { level: 1, name: "@alice.private" })).toBeVisible();
  const history = page.getByRole("table").filter({ hasText: "Followers" }).locator("tbody tr");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("777");
  await page.goto(alice.videoPath);
  const videoHistory = page.getByRole("table").locator("tbody tr");
  await expect(videoHistory).toHaveCount(1);
  await expect(videoHistory.first()).toContainText("5,000");
});
