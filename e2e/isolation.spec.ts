import { expect, test } from "@playwright/test";
import { addDays, dayIn } from "../lib/days";
import { addAccount, addVideo, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("another creator gets a 404 for every page and action of a creator's account, video and readings", async ({ page }) => {
  const today = dayIn("UTC", new Date());
  // Creator A: an account, a video, one reading of each.
  const alice = uniqueEmail("alice");
  await signUp(page, alice);
  const accountPath = await addAccount(page, "alice.private", "UTC");
  const videoPath = await addVideo(page, accountPath, { url: "https://www.tiktok.com/@alice.private/video/7300000000000000100", title: "Alice only", postedOn: addDays(today, -2) });
  await page.getByLabel("Views", { exact: true }).fill("5000");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  const videoSnapshotEdit = await page.getByRole("table").getByRole("link", { name: "Edit" }).getAttribute("href");
  await page.goto(`${accountPath}/record`);
  await page.getByLabel("Followers").fill("777");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText("Recorded")).toBeVisible();
  await page.goto(accountPath);
  const accountSnapshotEdit = await page.getByRole("table").filter({ hasText: "Followers" }).getByRole("link", { name: "Edit" }).getAttribute("href");
  expect(videoSnapshotEdit).toBeTruthy();
  expect(accountSnapshotEdit).toBeTruthy();
  await signOut(page);

  // Creator B.
  await signUp(page, uniqueEmail("bob"));
  const pages = [
    accountPath,
    `${accountPath}/edit`,
    `${accountPath}/record`,
    `${accountPath}/videos/new`,
    accountSnapshotEdit!,
    videoPath,
    `${videoPath}/edit`,
    videoSnapshotEdit!,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page.getByText("alice.private")).toHaveCount(0);
  }

  // Actions: B opens B's own forms and points their hidden ids at A's records.
  const bobAccount = await addAccount(page, "bob.own", "UTC");
  const bobVideo = await addVideo(page, bobAccount, { url: "https://www.tiktok.com/@bob.own/video/7300000000000000200", title: "Bob's video" });
  const aliceAccountId = accountPath.split("/")[2]!;
  const aliceVideoId = videoPath.split("/")[4]!;
  const aliceAccountSnapshotId = accountSnapshotEdit!.split("/")[4]!;
  const aliceVideoSnapshotId = videoSnapshotEdit!.split("/")[6]!;

  async function tamper(values: Record<string, string>) {
    await page.evaluate((entries) => {
      for (const [name, value] of Object.entries(entries)) {
        document.querySelectorAll<HTMLInputElement>(`input[type=hidden][name="${name}"]`).forEach((input) => (input.value = value));
      }
    }, values);
  }

  // Record a reading into A's account.
  await page.goto(`${bobAccount}/record`);
  await tamper({ accountId: aliceAccountId });
  await page.getByLabel("Followers").fill("1");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  // Record a reading of A's video through B's video page.
  await page.goto(bobVideo);
  await tamper({ accountId: aliceAccountId, videoId: aliceVideoId });
  await page.getByLabel("Views", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  // Rename A's account through B's edit form.
  await page.goto(`${bobAccount}/edit`);
  await tamper({ accountId: aliceAccountId });
  await page.getByLabel("Handle").fill("stolen");
  await page.getByRole("button", { name: "Save account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  // Delete A's video through B's delete button.
  await page.goto(`${bobVideo}/edit`);
  await page.getByRole("button", { name: "Delete" }).click();
  await tamper({ accountId: aliceAccountId, videoId: aliceVideoId });
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  // Delete A's account reading through B's delete button in B's history.
  await page.goto(`${bobAccount}/record`);
  await page.getByLabel("Followers").fill("5");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText("Recorded")).toBeVisible();
  await page.goto(bobAccount);
  await page.getByRole("table").filter({ hasText: "Followers" }).getByRole("button", { name: "Delete" }).click();
  await tamper({ accountId: aliceAccountId, snapshotId: aliceAccountSnapshotId });
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  // Edit A's video reading through B's edit form.
  await page.goto(bobVideo);
  await page.getByLabel("Views", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await page.getByRole("table").getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/snapshots\/[^/]+\/edit$/);
  await tamper({ accountId: aliceAccountId, videoId: aliceVideoId, snapshotId: aliceVideoSnapshotId });
  await page.getByLabel("Views", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await signOut(page);

  // A's data is exactly as A left it.
  await signIn(page, alice);
  await page.goto(accountPath);
  await expect(page.getByRole("heading", { level: 1, name: "@alice.private" })).toBeVisible();
  const history = page.getByRole("table").filter({ hasText: "Followers" }).locator("tbody tr");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("777");
  await page.goto(videoPath);
  const videoHistory = page.getByRole("table").locator("tbody tr");
  await expect(videoHistory).toHaveCount(1);
  await expect(videoHistory.first()).toContainText("5,000");
});
