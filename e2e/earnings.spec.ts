import { expect, test } from "@playwright/test";
import { addDays, dayIn } from "../lib/time/days";
import { addAccount, addVideo, expectAccessible, recordDay, signUp, uniqueEmail } from "./helpers";

const ZONE = "Europe/Berlin";

test("a creator with views sees the estimate, changes a rate and sees the figure change; logged income stays beside it", async ({
  page,
}) => {
  const today = dayIn(ZONE, new Date());
  await signUp(page, uniqueEmail("earnings"));
  const accountPath = await addAccount(page, "@Earns.Money", ZONE);
  await addVideo(page, accountPath, {
    url: "https://www.tiktok.com/@earns.money/video/7300000000000000201",
    title: "First take",
    postedOn: addDays(today, -3),
  });
  await recordDay(page, accountPath, addDays(today, -2), { followers: 100, views: { "First take": 2_000 } });

  await page.goto(accountPath);
  await page.getByRole("link", { name: "Earnings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Earnings for @earns.money" })).toBeVisible();
  // 100 followers: no Creator Fund yet; sponsorships and affiliate are off until switched on.
  await expect(page.getByTestId("estimate-total")).toHaveText("$0.00");
  await expect(page.getByLabel("Creator Fund low")).toHaveValue("0.02");
  await expect(page.getByLabel("Creator Fund high")).toHaveValue("0.04");

  // Affiliate on at $1–$5 per 1,000 views: 2,000 views make $2.00–$10.00.
  await page.getByLabel("Affiliate links").check();
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByText("Saved the rates.")).toBeVisible();
  await expect(page.getByTestId("estimate-affiliate")).toHaveText("$2.00–$10.00");
  await expect(page.getByTestId("estimate-total")).toHaveText("$2.00–$10.00");

  // A rate edit changes the figure.
  await page.getByLabel("Affiliate high").fill("6");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByTestId("estimate-affiliate")).toHaveText("$2.00–$12.00");

  // Low above high is an inline error, and nothing changes.
  await page.getByLabel("Affiliate low").fill("7");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByText("The high rate must be at least the low rate.")).toBeVisible();
  await expect(page.getByTestId("estimate-affiliate")).toHaveText("$2.00–$12.00");

  // Logged income is listed beside the estimate, never added into it.
  await page.getByLabel("Stream").selectOption("brand_deal");
  await page.getByLabel("Amount").fill("150");
  await page.getByLabel("Note").fill("Sneaker brand");
  await page.getByRole("button", { name: "Log income" }).click();
  await expect(page.getByRole("list", { name: "Logged income" })).toContainText("$150.00");
  await expect(page.getByRole("list", { name: "Logged income" })).toContainText("Sneaker brand");
  await expect(page.getByTestId("estimate-total")).toHaveText("$2.00–$12.00");

  // What if: 1,000 views a day for a month, affiliate at $1–$6. The account has 2,000 views (all on its one video)
  // and a trailing 30 days of 2,000; without followers, the Creator Fund is not counted and LIVE depends on them.
  await page.getByLabel("Views per day").fill("1000");
  await page.getByRole("button", { name: "Calculate" }).click();
  await expect(page.getByTestId("what-if-total")).toHaveText("$30.00–$180.00");
  await expect(page.getByText("Counted with your settings (Affiliate marketing)")).toBeVisible();
  const onTheWay = page.getByRole("list", { name: "On the way" }).getByRole("listitem");
  await expect(onTheWay).toHaveText([
    "Day 8: 10,000 views on a video (best case)",
    "Day 8: 10,000 views across your videos",
    "Day 8: eligible for LIVE, if you have 1,000 followers",
  ]);
  const eligibility = page.getByRole("list", { name: "Eligibility in the period" });
  await expect(eligibility).toContainText("LIVE: depends on your followers: with 1,000 followers, from day 8");
  await expectAccessible(page);

  // With 12,000 followers (kept in the URL): the Creator Fund counts from the start, and the follower milestones show.
  await page.getByLabel("Followers (optional)").fill("12,000");
  await page.getByRole("button", { name: "Calculate" }).click();
  await expect(page).toHaveURL(/viewsPerDay=1000&followers=12%2C000/);
  await expect(page.getByTestId("what-if-total")).toHaveText("$30.60–$181.20");
  await expect(
    page.getByText("12,000 followers meet 1,000 followers, 10,000 followers and Ready for brand deals"),
  ).toBeVisible();
  await expect(onTheWay.last()).toHaveText("Day 8: eligible for LIVE");
  await expect(eligibility).toContainText("Creator Fund: from the start");
});
