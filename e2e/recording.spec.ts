import { expect, test } from "@playwright/test";
import { addDays, dayIn, formatDay } from "../lib/time/days";
import { addAccount, addVideo, expectAccessible, recordDay, signUp, uniqueEmail } from "./helpers";

const ZONE = "Europe/Berlin";

test("sign up, add an account and two videos, record two days, and find both in the history", async ({ page }) => {
  const today = dayIn(ZONE, new Date());
  const yesterday = addDays(today, -1);
  await signUp(page, uniqueEmail());
  const accountPath = await addAccount(page, "@Dance.Daily", ZONE);
  const morning = await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@dance.daily/video/7300000000000000001",
    title: "Morning routine",
    postedOn: addDays(today, -5),
  });
  const kitchen = await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@dance.daily/video/7300000000000000002",
    title: "Kitchen dance",
  });

  // Day 1 (yesterday), with the mouse.
  await page.goto(accountPath);
  await page.getByRole("link", { name: "Record today" }).click();
  await expect(page).toHaveURL(/\/record$/);
  await page.getByLabel("Day").fill(yesterday);
  await page.getByLabel("Followers").fill("980");
  await page.getByLabel("Views of Morning routine").fill("850");
  await page.getByLabel("Views of Kitchen dance").fill("120");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText(`for ${formatDay(yesterday)}.`)).toBeVisible();

  // Day 2 (today, the default day), with the keyboard alone: Tab through the boxes in order, Enter saves.
  await page.reload();
  await expect(page.getByLabel("Day")).toHaveValue(today);
  await expect(page.getByText(`Last: 850 on ${formatDay(yesterday)}`)).toBeVisible();
  await page.getByLabel("Followers").focus();
  await page.keyboard.type("1,020");
  for (const value of ["15,400", "210", "3,300", "41", "12"]) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(value);
  }
  await page.keyboard.press("Tab");
  await page.keyboard.type("1250");
  await page.keyboard.press("Tab");
  await page.keyboard.type("90");
  await page.keyboard.press("Enter");
  await expect(page.getByText(`for ${formatDay(today)}.`)).toBeVisible();
  // Kitchen dance went from 120 to 90: saved, with a warning.
  await expect(page.getByText("Kitchen dance: Views went down from 120 to 90")).toBeVisible();

  // The account's history: both days, newest first.
  await page.goto(accountPath);
  const accountRows = page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Followers" }) })
    .locator("tbody tr");
  await expect(accountRows).toHaveCount(2);
  await expect(accountRows.nth(0)).toContainText(formatDay(today));
  await expect(accountRows.nth(0)).toContainText("1,020");
  await expect(accountRows.nth(0)).toContainText("15,400");
  await expect(accountRows.nth(1)).toContainText(formatDay(yesterday));
  await expect(accountRows.nth(1)).toContainText("980");
  await expect(accountRows.nth(0).getByRole("cell", { name: "Typed", exact: true })).toBeVisible();

  // A video's history.
  await page.goto(morning);
  const videoRows = page.getByRole("table").locator("tbody tr");
  await expect(videoRows).toHaveCount(2);
  await expect(videoRows.nth(0)).toContainText("1,250");
  await expect(videoRows.nth(1)).toContainText("850");
  await expect(videoRows.nth(0).getByRole("cell", { name: "Typed", exact: true })).toBeVisible();

  // Recording a day again replaces it: still two rows, the new value.
  await page.getByLabel("Day").fill(yesterday);
  await page.getByLabel("Views", { exact: true }).fill("900");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByText(`Saved the reading for ${formatDay(yesterday)}.`)).toBeVisible();
  await expect(videoRows).toHaveCount(2);
  await expect(videoRows.nth(1)).toContainText("900");

  // A video reading's edit page is named by its day; moved onto a day of another month, then deleted.
  const earlier = addDays(today, -40);
  await page.goto(kitchen);
  const kitchenRows = page.getByRole("table").locator("tbody tr");
  await expect(kitchenRows).toHaveCount(2);
  await kitchenRows.nth(1).getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/snapshots/${yesterday}/edit$`));
  await page.getByLabel("Day").fill(earlier);
  await page.getByLabel("Views", { exact: true }).fill("60");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page).toHaveURL(new RegExp(`${kitchen}$`));
  await expect(kitchenRows).toHaveCount(2);
  await expect(kitchenRows.nth(1)).toContainText(formatDay(earlier));
  await expect(kitchenRows.nth(1)).toContainText("60");
  await kitchenRows.nth(1).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(kitchenRows).toHaveCount(1);
  await expect(kitchenRows.nth(0)).toContainText(formatDay(today));

  // Edit a reading, then delete one.
  await page.goto(accountPath);
  await accountRows.nth(1).getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/snapshots\/[^/]+\/edit$/);
  await page.getByLabel("Followers").fill("990");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}$`));
  await expect(accountRows.nth(1)).toContainText("990");
  await accountRows.nth(1).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(accountRows).toHaveCount(1);
  await expect(accountRows.nth(0)).toContainText(formatDay(today));
});

test("invalid readings show their errors next to the fields and save nothing", async ({ page }) => {
  const today = dayIn(ZONE, new Date());
  await signUp(page, uniqueEmail());
  const accountPath = await addAccount(page, "errors.shown", ZONE);
  await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@errors.shown/video/7300000000000000009",
    title: "Fresh upload",
    postedOn: today,
  });

  await page.goto(`${accountPath}/record`);
  await page.getByLabel("Day").fill(addDays(today, 1));
  await page.getByLabel("Followers").fill("12.5");
  await page.getByLabel("Likes").fill("-3");
  await page.getByLabel("Views of Fresh upload").fill("9000000000000001");
  await page.getByRole("button", { name: "Record" }).click();

  await expect(page.locator("#field-followers-error")).toHaveText("Enter a whole number, without decimals.");
  await expect(page.locator("#field-likes-error")).toHaveText("Counts cannot be negative.");
  await expect(page.getByLabel("Views of Fresh upload")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That number is too large (at most 9,000,000,000,000,000).")).toBeVisible();
  // What was typed stays in the form.
  await expect(page.getByLabel("Followers")).toHaveValue("12.5");

  // Fix the numbers; the future day is caught by the account's time zone.
  await page.getByLabel("Followers").fill("100");
  await page.getByLabel("Likes").fill("3");
  await page.getByLabel("Views of Fresh upload").fill("40");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.locator("#field-day-error")).toContainText(`has not come yet in ${ZONE}`);

  await page.goto(accountPath);
  await expect(page.getByText("No readings yet.")).toBeVisible();
});

test("a reading from the API over a typed one wins and its row says what it replaced, at 390 px", async ({ page }) => {
  const today = dayIn(ZONE, new Date());
  await signUp(page, uniqueEmail("sources"));
  const accountPath = await addAccount(page, "sources.e2e", ZONE);
  const videoPath = await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@sources.e2e/video/7300000000000000009",
    title: "Source check",
  });
  await recordDay(page, accountPath, today, { followers: 1_020, views: { "Source check": 400 } });

  await page.goto("/settings/api");
  await page.getByLabel("Token name").fill("sources");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("api-token").inputValue();
  const accountId = accountPath.split("/").pop()!;
  const videoId = videoPath.split("/").pop()!;
  const put = await page.request.put(`/api/v1/accounts/${accountId}/snapshots`, {
    headers: { authorization: `Bearer ${token}` },
    data: { account: [{ day: today, followers: 1_034 }], videos: [{ videoId, day: today, views: 412 }] },
  });
  expect(put.status()).toBe(200);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(accountPath);
  const accountRow = page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Followers" }) })
    .locator("tbody tr");
  await expect(accountRow).toHaveCount(1);
  await expect(accountRow).toContainText("1,034");
  await expect(accountRow.getByRole("cell", { name: "API · replaced typed 1,020" })).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto(videoPath);
  const videoRow = page.getByRole("table").locator("tbody tr");
  await expect(videoRow).toContainText("412");
  await expect(videoRow.getByRole("cell", { name: "API · replaced a typed reading" })).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});
