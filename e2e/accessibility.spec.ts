import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { addDays, dayIn } from "../lib/time/days";
import { harness } from "../lib/config/harness";
import { fakeTikTokControl, fakeTikTokPort } from "../tests/support/fake-tiktok-e2e";
import { addAccount, addVideo, expectAccessible, signUp, uniqueEmail } from "./helpers";

// Every page a signed-in creator can reach, with data in it, scanned with axe on a desktop and a phone.
// One creator and its data are made once; each page is a test of its own, so that every test does a
// bounded amount of work (a page load and a scan) however busy the machine is. The tests of a viewport
// share one signed-in page: axe is injected and the app's scripts are loaded once, not per test.

interface Paths {
  account: string;
  video: string;
  accountSnapshotEdit: string;
  videoSnapshotEdit: string;
  goalEdit: string;
  /** An account connected to the fake TikTok, with one run in its collection log. */
  connected: string;
}

let cookies: Cookie[] = [];
let paths: Paths;

async function makeCreatorWithData(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const today = dayIn("UTC", new Date());
  await signUp(page, uniqueEmail("a11y"));
  const account = await addAccount(page, "a11y.scan", "UTC");
  const video = await addVideo(page, account, {
    url: "https://www.tiktok.com/@a11y/video/7300000000000000399",
    title: "Scanned video",
    postedOn: addDays(today, -3),
  });
  await page.getByLabel("Views", { exact: true }).fill("1500");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  const videoSnapshotEdit = (await page.getByRole("table").getByRole("link", { name: "Edit" }).getAttribute("href"))!;
  await page.goto(`${account}/record`);
  await page.getByLabel("Followers").fill("1200");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText("Recorded")).toBeVisible();
  await page.goto(account);
  const accountSnapshotEdit = (await page
    .getByRole("table")
    .filter({ hasText: "Followers" })
    .getByRole("link", { name: "Edit" })
    .getAttribute("href"))!;
  await page.goto(`${account}/goals`);
  await page.getByLabel("Target", { exact: true }).fill("5000");
  await page.getByLabel("Target date").fill(addDays(today, 30));
  await page.getByRole("button", { name: "Save goal" }).click();
  await expect(page.getByText("Saved the goal.")).toBeVisible();
  const goalEdit = (await page
    .getByRole("list", { name: "Goals" })
    .getByRole("link", { name: "Edit" })
    .getAttribute("href"))!;
  const connected = await connectedAccount(page);
  paths = { account, video, accountSnapshotEdit, videoSnapshotEdit, goalEdit, connected };
  cookies = await context.cookies();
  await context.close();
}

/** An account connected through the fake TikTok's authorize page, with "Collect now" pressed once. */
async function connectedAccount(page: Page): Promise<string> {
  const fake = fakeTikTokControl(`http://127.0.0.1:${fakeTikTokPort(harness("E2E_PORT"))}`);
  const displayName = `A11y Scanner ${Date.now().toString(36)}`;
  await fake.seedUser({ display_name: displayName, follower_count: 1200, videos: 3 });
  const connected = await addAccount(page, "a11y.connected", "UTC");
  await page.goto(`${connected}/edit`);
  await page.getByRole("link", { name: "Connect TikTok" }).click();
  await page.getByRole("button", { name: `Continue as ${displayName}` }).click();
  await expect(page.locator("#connection").getByRole("status")).toHaveText(`Connected as ${displayName}.`);
  await page.goto(connected);
  await page.getByRole("button", { name: "Collect now" }).click();
  await expect(page.getByRole("region", { name: "Collection log" }).getByRole("row")).toHaveCount(2);
  return connected;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await makeCreatorWithData(browser);
});

const PAGES: [string, (p: Paths) => string][] = [
  ["dashboard", () => "/dashboard"],
  ["dashboard, all time", () => "/dashboard?range=all"],
  ["accounts", () => "/accounts"],
  ["new account", () => "/accounts/new"],
  ["settings", () => "/settings"],
  ["settings: notifications", () => "/settings/notifications"],
  ["settings: API", () => "/settings/api"],
  ["settings: your data", () => "/settings/data"],
  ["settings: sign-in and sessions", () => "/settings/security"],
  ["settings: delivery log", () => "/settings/notifications/deliveries"],
  ["settings: e-mail outbox", () => "/settings/notifications/outbox"],
  ["notifications", () => "/notifications"],
  ["account", (p) => p.account],
  ["account edit", (p) => `${p.account}/edit`],
  ["record today", (p) => `${p.account}/record`],
  ["new video", (p) => `${p.account}/videos/new`],
  ["account reading edit", (p) => p.accountSnapshotEdit],
  ["video", (p) => p.video],
  ["video edit", (p) => `${p.video}/edit`],
  ["video reading edit", (p) => p.videoSnapshotEdit],
  ["timeline", (p) => `${p.account}/timeline`],
  ["timeline, eligibility", (p) => `${p.account}/timeline?kind=eligibility`],
  ["goals", (p) => `${p.account}/goals`],
  ["goal edit", (p) => p.goalEdit],
  ["earnings", (p) => `${p.account}/earnings`],
  ["import", (p) => `${p.account}/import`],
  ["account edit: connected to TikTok", (p) => `${p.connected}/edit`],
  ["account edit: a refused connection", (p) => `${p.connected}/edit?tiktok=taken`],
  ["account: collection and its log", (p) => p.connected],
  ["not found", () => "/accounts/does-not-exist"],
];

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test.describe(viewport.name, () => {
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      await context.addCookies(cookies);
      page = await context.newPage();
    });
    test.afterAll(async () => {
      await page.context().close();
    });

    for (const [name, path] of PAGES) {
      test(`${name} passes the accessibility scan and fits the screen`, async () => {
        await page.goto(path(paths));
        await expectAccessible(page);
        // Nothing wider than the screen: tables scroll inside their own box.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal overflow on ${path(paths)}`).toBeLessThanOrEqual(0);
      });
    }

    test("record today with a success message, and with a field error", async () => {
      await page.goto(`${paths.account}/record`);
      await page.getByLabel("Followers").fill("1200");
      await page.getByRole("button", { name: "Record" }).click();
      await expect(page.getByText("Recorded")).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel("Followers").fill("-1");
      await page.getByRole("button", { name: "Record" }).click();
      await expect(page.locator("#field-followers-error")).toBeVisible();
      await expectAccessible(page);
    });

    test("the goal form with its errors and the video picker showing", async () => {
      await page.goto(`${paths.account}/goals`);
      await page.getByLabel("Metric").selectOption("video.views");
      await page.getByLabel("Target", { exact: true }).fill("5000");
      await page.getByRole("button", { name: "Save goal" }).click();
      await expect(page.locator("#field-videoId-error")).toBeVisible();
      await expectAccessible(page);
    });
  });
}
