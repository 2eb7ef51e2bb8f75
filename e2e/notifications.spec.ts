import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { addDays, dayIn } from "../lib/time/days";
import { addAccount, addVideo, expectAccessible, recordDay, signOut, signUp, uniqueEmail } from "./helpers";

const ZONE = "Europe/Berlin";
const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
const notices = (page: Page) => page.getByRole("list", { name: "Notifications" }).getByRole("listitem");

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

// One creator's story in steps, each a test of its own (a bounded amount of work) on one shared browser.
test.describe.serial("notices of a creator", () => {
  const today = dayIn(ZONE, new Date());
  let context: BrowserContext;
  let page: Page;
  let accountPath: string;
  let openPath: string | null;
  const title = "@bell.ringer: Your video “Evening walk” reached 1,000 views";

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await context.close();
  });

  test("a crossing today rings the bell of an open page without a reload", async () => {
    const old = addDays(today, -5);
    await signUp(page, uniqueEmail("bell"));
    accountPath = await addAccount(page, "@Bell.Ringer", ZONE);
    await addVideo(page, accountPath, {
      url: "https://www.tiktok.com/@bell.ringer/video/7300000000000000201",
      title: "Morning routine",
      postedOn: addDays(today, -10),
    });
    await addVideo(page, accountPath, {
      url: "https://www.tiktok.com/@bell.ringer/video/7300000000000000202",
      title: "Evening walk",
      postedOn: addDays(today, -10),
    });
    // History older than yesterday is recorded quietly: its crossings (100 and 1,000 views, analytics) notify no one.
    await recordDay(page, accountPath, old, {
      followers: 50,
      views: { "Morning routine": 1_500, "Evening walk": 400 },
    });

    await page.goto("/notifications");
    await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
    await expect(page.getByText("No notifications yet.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
    await page.evaluate(() => Object.assign(window, { milepostNotReloaded: true }));

    // Another tab records today's reading: "Evening walk" crosses 1,000 views, the only new event.
    const other = await context.newPage();
    await recordDay(other, accountPath, today, { followers: 60, views: { "Evening walk": 1_200 } });
    await expect(bell(other)).toHaveAccessibleName("Notifications, 1 unread");

    // The first tab's bell follows by polling (every 3 s while visible), without a reload.
    expect(await page.evaluate(() => document.visibilityState)).toBe("visible");
    await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 8_000 });
    await expect(bell(page)).toHaveText("1");
    expect(await page.evaluate(() => "milepostNotReloaded" in window)).toBe(true);
    await other.close();
  });

  test("the notice is listed unread, and opening it leads to the timeline event and reads it", async () => {
    await bell(page).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(notices(page)).toHaveCount(1);
    const notice = notices(page).first();
    await expect(notice).toContainText("Unread");
    await expect(notice).toContainText("1,200 views");
    await expect(notice).toContainText("just now");
    await expect(notice.getByRole("button", { name: "Mark as read" })).toBeVisible();
    await expectAccessible(page);
    openPath = await notice.getByRole("link", { name: title }).getAttribute("href");
    expect(openPath).toMatch(/^\/notifications\/[^/]+\/open$/);

    // Opening it lands on the timeline, scrolled to the event, and reads it.
    await notice.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${accountPath}/timeline#event-crossed-video-views-1k-video-`));
    const target = page.locator("li:target");
    await expect(target).toContainText("Your video “Evening walk” reached 1,000 views");
    await expect(target).toBeInViewport();
    await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
    await expect(bell(page)).toHaveText("");
    await page.goto("/notifications");
    await expect(notices(page).first()).not.toContainText("Unread");
    await expect(page.getByRole("button", { name: /^Mark (all )?as read$/ })).toHaveCount(0);
  });

  test("more crossings: one marked read, then all, on a phone-sized screen", async () => {
    // Three more: 100 followers (one notice), then "Morning routine" at 10,000 views (its 10k and the account's 10k).
    await recordDay(page, accountPath, today, { followers: 120 });
    await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread");
    await page.goto("/notifications");
    await notices(page)
      .filter({ hasText: "You reached 100 followers" })
      .getByRole("button", { name: "Mark as read" })
      .click();
    await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
    await expect(notices(page).filter({ hasText: "Unread" })).toHaveCount(0);

    await recordDay(page, accountPath, today, { followers: 120, views: { "Morning routine": 10_000 } });
    await expect(bell(page)).toHaveAccessibleName("Notifications, 2 unread");
    await page.goto("/notifications");
    await expect(notices(page)).toHaveCount(4);
    await expect(notices(page).filter({ hasText: "Unread" })).toHaveCount(2);
    await expect(page.getByText("2 unread of 4.")).toBeVisible();

    // A phone-sized screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(bell(page)).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
    await expect(notices(page).filter({ hasText: "Unread" })).toHaveCount(0);
    await page.goto(`${accountPath}/timeline`);
    await expectNoHorizontalOverflow(page);
  });

  test("signed out the count is a 401; another creator's open link is a 404 and reads nothing", async () => {
    // Signed out, the count is a 401; another creator's open link is a 404 and reads nothing.
    await signOut(page);
    const signedOut = await page.request.get("/api/notifications/unread");
    expect(signedOut.status()).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    await signUp(page, uniqueEmail("bell-other"));
    await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
    const foreign = await page.goto(openPath!);
    expect(foreign?.status()).toBe(404);
    const own = await page.request.get("/api/notifications/unread");
    expect(await own.json()).toEqual({ unread: 0 });
  });
});
