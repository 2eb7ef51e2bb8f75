import { expect, test, type Page } from "@playwright/test";
import { addDays, dayIn, formatDay } from "../lib/time/days";
import { findRule } from "../lib/milestones/catalog";
import { addAccount, addVideo, recordDay, signUp, uniqueEmail } from "./helpers";

const ZONE = "Europe/Berlin";
const meaning = (key: string) => findRule("article", key)!.meaning;
const milestones = (page: Page) => page.getByRole("list", { name: "Milestones" }).getByRole("listitem");

test("crossings show on the timeline with their days and meanings, and a deleted crossing reading retracts its event", async ({
  page,
}) => {
  const today = dayIn(ZONE, new Date());
  const [d4, d2, d1] = [addDays(today, -4), addDays(today, -2), addDays(today, -1)];
  await signUp(page, uniqueEmail("milestones"));
  const accountPath = await addAccount(page, "@Mile.Stones", ZONE);
  const videoPath = await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@mile.stones/video/7300000000000000101",
    title: "Morning routine",
    postedOn: addDays(today, -6),
  });

  // Both 1,000s are crossed on d2 only: followers dip below 1,000 again on d1, the video keeps growing.
  await recordDay(page, accountPath, d4, { followers: 900, views: { "Morning routine": 600 } });
  await recordDay(page, accountPath, d2, { followers: 1050, views: { "Morning routine": 1250 } });
  await recordDay(page, accountPath, d1, { followers: 990, views: { "Morning routine": 1400 } });

  // The account page: next up, and the way to the timeline.
  await page.goto(accountPath);
  const followersBar = page.getByRole("progressbar", { name: "Followers progress" });
  await expect(followersBar).toHaveAttribute("aria-valuenow", "99");
  await expect(page.getByText("990 of 1,000 followers · 99%")).toBeVisible();
  // 900 → 990 over d4 … d1 (three readings in a week): 10 more at 30 a day, so today.
  await expect(page.getByRole("list", { name: "Next up" }).getByRole("listitem").first()).toContainText(
    `Around ${formatDay(today)} at the 7-day pace`,
  );
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Timeline of @mile.stones" })).toBeVisible();

  const video1k = milestones(page).filter({ hasText: "Your video “Morning routine” reached 1,000 views" });
  await expect(video1k).toHaveCount(1);
  await expect(video1k).toContainText(formatDay(d2));
  await expect(video1k).toContainText("Reading: 1,250 views");
  await expect(video1k).toContainText(`Reached by ${formatDay(d2)} — there is no reading of the day before`);
  await expect(video1k).toContainText(meaning("video.views.1k"));

  const followers1k = milestones(page).filter({ hasText: "You reached 1,000 followers" });
  await expect(followers1k).toHaveCount(1);
  await expect(followers1k).toContainText(formatDay(d2));
  await expect(followers1k).toContainText("Reading: 1,050 followers");
  await expect(followers1k).toContainText(meaning("account.followers.1k"));
  await expect(
    milestones(page).filter({ hasText: "Your first video reached 1,000 views: detailed analytics unlocked" }),
  ).toContainText(formatDay(d2));
  // Newest first: d2's events come before d4's.
  await expect(milestones(page).last()).toContainText(formatDay(d4));

  // Only followers.
  await page.getByRole("link", { name: "Followers", exact: true }).click();
  await expect(page).toHaveURL(/\?kind=followers$/);
  await expect(page.getByRole("link", { name: "Followers", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(milestones(page)).toHaveCount(2);
  await expect(milestones(page).nth(0)).toContainText("You reached 1,000 followers");
  await expect(milestones(page).nth(1)).toContainText("You reached 100 followers");
  await expect(milestones(page).nth(1)).toContainText(formatDay(d4));
  await page.getByRole("link", { name: "Eligibility" }).click();
  await expect(page.getByText("No eligibility milestones yet.")).toBeVisible();

  // The video's own milestones.
  await page.goto(videoPath);
  await expect(milestones(page)).toHaveCount(2);
  await expect(milestones(page).nth(0)).toContainText("Your video “Morning routine” reached 1,000 views");
  await expect(page.getByRole("progressbar", { name: "Morning routine progress" })).toHaveAttribute(
    "aria-valuenow",
    "14",
  );

  // A goal: 2,000 followers in 60 days. At 30 a day from 990, around 34 days after d1: on track.
  await page.goto(accountPath);
  await page.getByRole("link", { name: "Goals" }).click();
  await expect(page.getByText("No goals yet.")).toBeVisible();
  await expect(page.getByLabel("Metric")).toHaveValue("account.followers");
  await page.getByLabel("Target", { exact: true }).fill("2,000");
  await page.getByLabel("Target date").fill(addDays(today, 60));
  await page.getByRole("button", { name: "Save goal" }).click();
  await expect(page.getByText("Saved the goal.")).toBeVisible();
  const goal = page.getByRole("list", { name: "Goals" }).getByRole("listitem");
  await expect(goal).toHaveCount(1);
  await expect(goal).toContainText("2,000 followers");
  await expect(goal).toContainText(`target date ${formatDay(addDays(today, 60))}`);
  await expect(goal).toContainText("On track");
  await expect(goal).toContainText(`Around ${formatDay(addDays(d1, 34))} at the 7-day pace`);
  await expect(page.getByRole("progressbar", { name: "2,000 followers progress" })).toHaveAttribute(
    "aria-valuenow",
    "49",
  );

  // The "TikTok, current" rules: LIVE and Shop affiliate at 1,000 followers (the creator is 18+), held on d2 only.
  await page.goto(`${accountPath}/edit`);
  await page.getByLabel("Rule set").selectOption("tiktok_current");
  await page.getByRole("button", { name: "Save account" }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}$`));
  await page.goto(`${accountPath}/timeline?kind=eligibility`);
  const live = milestones(page).filter({ hasText: /Eligible for LIVE/ }); // case-sensitive: not "No longer eligible"
  await expect(live).toContainText(formatDay(d2));
  await expect(live).toContainText(`Gained on ${formatDay(d2)} · lost on ${formatDay(d1)}`);
  await expect(live).toContainText(`Source: ${findRule("tiktok_current", "eligible.live")!.source.name}`);
  await expect(live).toContainText("Requires 18 or older and 1,000 followers.");
  const liveLost = milestones(page).filter({ hasText: "No longer eligible for LIVE" });
  await expect(liveLost).toContainText(formatDay(d1));
  await expect(liveLost).toContainText(`Lost on ${formatDay(d1)} · gained on ${formatDay(d2)}`);

  // Delete d2's reading: no account reading reaches 1,000 followers any more.
  await page.goto(accountPath);
  const history = page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Followers" }) })
    .locator("tbody tr");
  await history
    .filter({ hasText: formatDay(d2) })
    .getByRole("button", { name: "Delete" })
    .click();
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(history).toHaveCount(2);

  await page.goto(`${accountPath}/timeline`);
  await expect(milestones(page).filter({ hasText: "You reached 100 followers" })).toHaveCount(1);
  await expect(milestones(page).filter({ hasText: "You reached 1,000 followers" })).toHaveCount(0);
  await expect(milestones(page).filter({ hasText: "Eligible for LIVE" })).toHaveCount(0);
  await expect(video1k).toHaveCount(1);

  // Two readings in four weeks are too few to project: the goal falls behind.
  await page.goto(`${accountPath}/goals`);
  await expect(goal).toContainText("Behind");
  await expect(goal).toContainText("Not enough data yet");
});
