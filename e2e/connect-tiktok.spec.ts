import { expect, test, type Page } from "@playwright/test";
import { harness } from "../lib/config/harness";
import { fakeTikTokControl, fakeTikTokPort } from "../tests/support/fake-tiktok-e2e";
import { addAccount, expectAccessible, recordDay, signUp, uniqueEmail } from "./helpers";
import { addDays, dayIn } from "../lib/time/days";

// Connecting TikTok in Chromium, through the fake TikTok's authorize page (tests/support/fake-tiktok-server.ts, which
// playwright.config.ts starts beside the app and gives the app as its TikTok).
const fake = fakeTikTokControl(`http://127.0.0.1:${fakeTikTokPort(harness("E2E_PORT"))}`);
const TAKEN = "This TikTok account is already connected to another Milepost account.";
const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, \d+ unread$/ });

/** A TikTok user on the fake with a unique display name. */
async function tiktokUser(name: string, counts: { follower_count?: number; videos?: number } = {}) {
  const displayName = `${name} ${Date.now().toString(36)}`;
  return { displayName, openId: await fake.seedUser({ display_name: displayName, ...counts }) };
}

/** Settings → Connect TikTok → the fake's consent page → "Continue as …" (or Cancel) → back on the settings page. */
async function connect(page: Page, accountPath: string, choice: string) {
  await page.goto(`${accountPath}/edit`);
  await page.getByRole("link", { name: "Connect TikTok" }).click();
  await expect(page.getByRole("heading", { name: "Authorize with TikTok (fake)" })).toBeVisible();
  await page.getByRole("button", { name: choice }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}/edit\\?tiktok=`));
}

test("a creator connects TikTok through the authorize page; a second account cannot take the same TikTok user", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tiktok = await tiktokUser("Ana Dances");
  await signUp(page, uniqueEmail("connect"));
  const account = await addAccount(page, "ana.dances", "Europe/Berlin");
  await page.goto(`${account}/edit`);
  await expect(page.getByRole("heading", { name: "Connection" })).toBeVisible();
  await expectAccessible(page);

  await connect(page, account, `Continue as ${tiktok.displayName}`);
  await expect(page.locator("#connection").getByRole("status")).toHaveText(`Connected as ${tiktok.displayName}.`);
  const connection = page.locator("#connection");
  await expect(connection.getByText("Connected as", { exact: true })).toBeVisible();
  await expect(connection.getByText(new RegExp(`${tiktok.displayName} \\(since`))).toBeVisible();
  await expect(connection.getByText("Next run")).toBeVisible();
  await expect(connection.getByRole("button", { name: "Disconnect" })).toBeVisible();
  await expectAccessible(page);

  // The account page shows the connection, Collect now and the (empty) log.
  await page.goto(account);
  const collection = page.locator("#collection");
  await expect(collection.getByText(`Collected from TikTok as ${tiktok.displayName}.`)).toBeVisible();
  await expect(collection.getByRole("button", { name: "Collect now" })).toBeVisible();
  await expectAccessible(page);

  const second = await addAccount(page, "ana.backup", "UTC");
  await connect(page, second, `Continue as ${tiktok.displayName}`);
  await expect(page.locator("#connection").getByRole("alert")).toHaveText(TAKEN);
  await expect(page.getByRole("link", { name: "Connect TikTok" })).toBeVisible();
});

test("declining on TikTok's page connects nothing and says so", async ({ page }) => {
  test.setTimeout(90_000);
  await tiktokUser("Declining Dan");
  await signUp(page, uniqueEmail("decline"));
  const account = await addAccount(page, "dan.declines", "UTC");
  await connect(page, account, "Cancel");
  await expect(page.locator("#connection").getByRole("alert")).toHaveText(
    "You did not allow Milepost to read your TikTok account, so nothing was connected.",
  );
  await expect(page.getByRole("link", { name: "Connect TikTok" })).toBeVisible();
  // TikTok failing to exchange the code: the service's sentence, nothing connected.
  await fake.failNext("/v2/oauth/token/", 500);
  const fay = await tiktokUser("Failing Fay");
  await connect(page, account, `Continue as ${fay.displayName}`);
  await expect(page.locator("#connection").getByRole("alert")).toContainText("Could not connect TikTok");
  await expect(page.getByRole("link", { name: "Connect TikTok" })).toBeVisible();
  // A callback whose state is not the flow's is refused.
  await page.goto(`${account}/edit`);
  await page.getByRole("link", { name: "Connect TikTok" }).click();
  await expect(page.getByRole("heading", { name: "Authorize with TikTok (fake)" })).toBeVisible();
  await page.goto("/api/connections/tiktok/callback?code=forged&state=not-the-state");
  await expect(page.locator("#connection").getByRole("alert")).toContainText("did not match the request Milepost sent");
});

test("disconnecting keeps every reading and offers Connect TikTok again", async ({ page }) => {
  test.setTimeout(90_000);
  const tiktok = await tiktokUser("Kept Kim");
  await signUp(page, uniqueEmail("disconnect"));
  const account = await addAccount(page, "kim.keeps", "UTC");
  await recordDay(page, account, dayIn("UTC", new Date()), { followers: 321 });
  await connect(page, account, `Continue as ${tiktok.displayName}`);
  await expect(page.locator("#connection").getByRole("status")).toHaveText(`Connected as ${tiktok.displayName}.`);

  await page.getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByText("Every reading collected so far is kept.")).toBeVisible();
  await page.getByRole("button", { name: "Confirm disconnect" }).click();
  await expect(page.getByRole("link", { name: "Connect TikTok" })).toBeVisible();
  await page.goto(account);
  await expect(page.getByRole("region", { name: "Account history" }).getByText("321")).toBeVisible();
});

test("Collect now shows progress, then the result; the log lists the run; crossing 1,000 followers rings the bell", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const tiktok = await tiktokUser("Collected Cleo", { follower_count: 950, videos: 45 });
  await signUp(page, uniqueEmail("collect"));
  const account = await addAccount(page, "cleo.collects", "UTC");
  const today = dayIn("UTC", new Date());
  await recordDay(page, account, addDays(today, -1), { followers: 940 });
  await connect(page, account, `Continue as ${tiktok.displayName}`);
  await page.goto(account);
  const collection = page.locator("#collection");
  await expect(collection.getByText("No collection has run yet.")).toBeVisible();
  await collection.getByRole("button", { name: "Collect now" }).click();
  await expect(
    collection.getByText(/^(Waiting for the collector to start…|Reading the account…|Reading videos… \d+ of 45)$/),
  ).toBeVisible();
  await expect(collection.getByText("Collected: 950 followers, 45 videos (45 new).")).toBeVisible({ timeout: 60_000 });
  const log = page.getByRole("region", { name: "Collection log" });
  await expect(log.getByRole("row")).toHaveCount(2);
  await expect(log.getByRole("row").nth(1)).toContainText("Collect now");
  await expect(log.getByRole("row").nth(1)).toContainText("Collected");
  await expect(log.getByRole("row").nth(1)).toContainText("950");
  // The first collection's notices (the new videos' view milestones) are counted; the crossing adds its own.
  const unread = async () => Number(/(\d+) unread/.exec((await bell(page).getAttribute("aria-label")) ?? "")![1]);
  await page.reload();
  const unreadAfterFirst = await unread();

  // The same day collected again, now with 1,000 followers: today's reading crosses 1,000 and the bell shows it.
  await fake.setFollowers(tiktok.openId, 1_000);
  await collection.getByRole("button", { name: "Collect now" }).click();
  await expect(collection.getByText("Collected: 1,000 followers, 45 videos.")).toBeVisible({ timeout: 60_000 });
  await expect(log.getByRole("row")).toHaveCount(3);
  await page.reload();
  await expect.poll(unread).toBeGreaterThan(unreadAfterFirst);
  await expectAccessible(page);
  await bell(page).click();
  const notices = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(notices.filter({ hasText: "1,000 followers" }).first()).toBeVisible();

  // Disconnecting keeps the collected readings and the log; the settings page offers Connect again.
  await page.goto(`${account}/edit`);
  await page.getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("button", { name: "Confirm disconnect" }).click();
  await expect(page.getByRole("link", { name: "Connect TikTok" })).toBeVisible();
  await page.goto(account);
  const history = page.getByRole("region", { name: "Account history" });
  await expect(history.getByText("1,000", { exact: true })).toBeVisible();
  await expect(history.getByText("940", { exact: true })).toBeVisible();
  await expect(collection.getByText(/Not connected to TikTok/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Collection log" }).getByRole("row")).toHaveCount(3);
});

test("a revoked authorisation shows needs reconnecting; Reconnect connects again", async ({ page }) => {
  test.setTimeout(120_000);
  const tiktok = await tiktokUser("Revoking Rita", { follower_count: 400, videos: 2 });
  await signUp(page, uniqueEmail("reconnect"));
  const account = await addAccount(page, "rita.revokes", "UTC");
  await connect(page, account, `Continue as ${tiktok.displayName}`);
  await fake.revoke(tiktok.openId); // the creator removed the app in TikTok
  await page.goto(account);
  const collection = page.locator("#collection");
  await collection.getByRole("button", { name: "Collect now" }).click();
  await expect(collection.getByText(/reconnect TikTok in the account's settings/)).toBeVisible({ timeout: 60_000 });
  await expect(collection.getByText(/needs reconnecting/)).toBeVisible();
  await expect(collection.getByRole("button", { name: "Collect now" })).toBeDisabled();

  await page.goto(`${account}/edit`);
  const connection = page.locator("#connection");
  await expect(connection.getByText("TikTok needs reconnecting.")).toBeVisible();
  await expectAccessible(page);
  await connection.getByRole("link", { name: "Reconnect" }).click();
  await page.getByRole("button", { name: `Continue as ${tiktok.displayName}` }).click();
  await expect(connection.getByRole("status")).toHaveText(`Connected as ${tiktok.displayName}.`);
  await expect(connection.getByText("TikTok needs reconnecting.")).toHaveCount(0);
});
