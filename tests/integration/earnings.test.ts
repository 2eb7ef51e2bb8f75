// Earnings settings, logged income and the estimate against a real PostgreSQL.
import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { getEarningsSettings } from "@/lib/db/earnings-settings";
import { listIncome } from "@/lib/db/logged-income";
import { cumulativeEstimates, DEFAULT_EARNINGS_SETTINGS } from "@/lib/earnings";
import { accountDailyViews } from "@/lib/milestones";
import { getCumulativeEstimates, getEarningsInputs } from "@/lib/queries/earnings";
import { createAccount } from "@/lib/services/manage-accounts";
import { deleteIncome, logIncome } from "@/lib/services/manage-income";
import { createVideo } from "@/lib/services/manage-videos";
import { recordDay } from "@/lib/services/record-snapshots";
import { updateEarningsSettings } from "@/lib/services/update-earnings-settings";
import { earningsSettingsSchema, incomeSchema } from "@/lib/validation/earnings";
import { appErrorOf, createCreator, parse } from "./fixtures";

const NOW = new Date("2026-11-24T12:00:00Z");
const account = { platform: "tiktok", handle: "earner", timeZone: "UTC", ruleSet: "article" } as const;
const form = {
  creatorFundLow: "0.02",
  creatorFundHigh: "0.04",
  sponsorshipsLow: "10",
  sponsorshipsHigh: "100",
  affiliateLow: "1",
  affiliateHigh: "5",
};

describe("earnings settings", () => {
  test("defaults without a row; an update is read back; a second update replaces it", async () => {
    const creator = await createCreator("earn-settings");
    const { id: accountId } = await createAccount(creator, account);
    expect(await getEarningsSettings(creator, accountId)).toEqual(DEFAULT_EARNINGS_SETTINGS);

    const input = parse(earningsSettingsSchema, { accountId, ...form, creatorFundHigh: "$2.50", sponsorships: "on" });
    await updateEarningsSettings(creator, input);
    const saved = await getEarningsSettings(creator, accountId);
    expect(saved.rpm.creator_fund).toEqual({ low: 20_000, high: 2_500_000 });
    expect(saved).toMatchObject({ enrolledCreatorFund: false, sponsorships: true, affiliate: false });

    await updateEarningsSettings(
      creator,
      parse(earningsSettingsSchema, { accountId, ...form, affiliateLow: "4.99", affiliate: "on" }),
    );
    const again = await getEarningsSettings(creator, accountId);
    expect(again.rpm.affiliate).toEqual({ low: 4_990_000, high: 5_000_000 });
    expect(again.affiliate).toBe(true);
    expect(await prisma.earningsSettings.count({ where: { accountId } })).toBe(1);
  });

  test.each([
    [
      { creatorFundLow: "0.05", creatorFundHigh: "0.04" },
      "creatorFundHigh",
      "The high rate must be at least the low rate.",
    ],
    [{ sponsorshipsLow: "1.2345" }, "sponsorshipsLow", "Use at most two decimals (whole cents), like 0.02."],
    [{ affiliateLow: "-1" }, "affiliateLow", "A rate cannot be negative."],
    [{ affiliateHigh: "" }, "affiliateHigh", "Enter a rate in dollars per 1,000 views."],
  ])("invalid rates %o: an inline error on %s", (change, field, message) => {
    const result = earningsSettingsSchema.safeParse({ accountId: "a", ...form, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });
});

describe("logged income", () => {
  test("log, list newest first, delete; another account's id is NOT_FOUND", async () => {
    const creator = await createCreator("earn-income");
    const { id: accountId } = await createAccount(creator, account);
    const gifts = await logIncome(
      creator,
      parse(incomeSchema, { accountId, day: "2026-11-01", stream: "live_gifts", amount: "3.40", note: " gifts " }),
      NOW,
    );
    const deal = await logIncome(
      creator,
      parse(incomeSchema, { accountId, day: "2026-11-10", stream: "brand_deal", amount: "1,250.00" }),
      NOW,
    );
    expect(await listIncome(creator, accountId)).toEqual([
      { id: deal.id, accountId, day: "2026-11-10", stream: "brand_deal", amount: 1_250_000_000, note: null },
      { id: gifts.id, accountId, day: "2026-11-01", stream: "live_gifts", amount: 3_400_000, note: "gifts" },
    ]);
    await deleteIncome(creator, { accountId, incomeId: gifts.id });
    expect((await listIncome(creator, accountId)).map((row) => row.id)).toEqual([deal.id]);
    await appErrorOf(deleteIncome(creator, { accountId, incomeId: gifts.id }), "NOT_FOUND");
  });

  test("a day that has not come yet in the account's time zone is refused on `day`, and nothing is logged", async () => {
    const creator = await createCreator("earn-future");
    // 23:30 UTC on Nov 24 is already Nov 25 in Berlin, still Nov 24 in Los Angeles.
    const late = new Date("2026-11-24T23:30:00Z");
    const { id: berlin } = await createAccount(creator, {
      ...account,
      handle: "earner.berlin",
      timeZone: "Europe/Berlin",
    });
    const { id: la } = await createAccount(creator, {
      ...account,
      handle: "earner.la",
      timeZone: "America/Los_Angeles",
    });
    await logIncome(
      creator,
      parse(incomeSchema, { accountId: berlin, day: "2026-11-25", stream: "other", amount: "5" }),
      late,
    );
    const error = await appErrorOf(
      logIncome(creator, parse(incomeSchema, { accountId: la, day: "2026-11-25", stream: "other", amount: "5" }), late),
      "VALIDATION",
    );
    expect(error.fields).toEqual({
      day: ["Nov 25, 2026 has not come yet in America/Los_Angeles (today is Nov 24, 2026)."],
    });
    expect(await listIncome(creator, la)).toEqual([]);
  });

  test("an ambiguous amount is refused naming both readings, never multiplied", () => {
    const result = incomeSchema.safeParse({ accountId: "a", day: "2026-11-01", stream: "other", amount: "1,500" });
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["amount", "1,500 could mean 1500.00 or 1.50: write 1500 or 1.50."],
    ]);
    expect(incomeSchema.parse({ accountId: "a", day: "2026-11-01", stream: "other", amount: "1,5" }).amount).toBe(
      1_500_000,
    );
  });

  test("an amount must be positive, with at most cents", () => {
    expect(incomeSchema.safeParse({ accountId: "a", day: "2026-11-01", stream: "other", amount: "0" }).success).toBe(
      false,
    );
    expect(
      incomeSchema.safeParse({ accountId: "a", day: "2026-11-01", stream: "other", amount: "1.001" }).success,
    ).toBe(false);
    expect(incomeSchema.safeParse({ accountId: "a", day: "2026-11-01", stream: "gifts", amount: "1" }).success).toBe(
      false,
    );
  });
});

describe("the estimate for a seeded account", () => {
  test("equals the pure computation on the account's views, eligibility and rates; logged income stays out", async () => {
    const creator = await createCreator("earn-estimate");
    await prisma.creator.update({ where: { id: creator }, data: { isAdult: true } });
    const { id: accountId } = await createAccount(creator, account);
    const video = await createVideo(creator, { accountId, platformId: "1", postedOn: "2026-10-01" }, NOW);
    await recordDay(
      creator,
      { accountId, day: "2026-10-05", followers: 9_000, videos: [{ videoId: video.id, views: 4_000 }] },
      NOW,
    );
    await recordDay(
      creator,
      { accountId, day: "2026-10-10", followers: 11_000, videos: [{ videoId: video.id, views: 9_000 }] },
      NOW,
    );
    await recordDay(creator, { accountId, day: "2026-10-12", followers: 9_500, videoViews: 3_000, videos: [] }, NOW);
    await recordDay(
      creator,
      { accountId, day: "2026-10-20", followers: 12_000, videos: [{ videoId: video.id, views: 20_000 }] },
      NOW,
    );
    await updateEarningsSettings(
      creator,
      parse(earningsSettingsSchema, { accountId, ...form, enrolledCreatorFund: "on", affiliate: "on" }),
    );
    await logIncome(
      creator,
      parse(incomeSchema, { accountId, day: "2026-10-20", stream: "affiliate", amount: "99" }),
      NOW,
    );

    const inputs = await getEarningsInputs(creator, accountId);
    expect(
      inputs.stateChanges.filter((c) => c.ruleKey === "eligible.creator_fund").map((c) => [c.kind, c.day]),
    ).toEqual([
      ["gained", "2026-10-10"],
      ["lost", "2026-10-12"],
      ["gained", "2026-10-20"],
    ]);
    const estimates = await getCumulativeEstimates(creator, accountId);
    const readings = [
      { day: "2026-10-05", followers: 9_000, videoViews: null },
      { day: "2026-10-10", followers: 11_000, videoViews: null },
      { day: "2026-10-12", followers: 9_500, videoViews: 3_000 },
      { day: "2026-10-20", followers: 12_000, videoViews: null },
    ];
    const expected = cumulativeEstimates({ ...inputs, dailyViews: accountDailyViews(readings, inputs.dailyViews) });
    expect(estimates).toEqual(expected);
    const last = estimates[estimates.length - 1]!;
    const totalViews = [...inputs.dailyViews.values()].reduce((s, v) => s + v, 0);
    expect(last.streams.affiliate).toEqual({ low: totalViews * 1_000, high: totalViews * 5_000 }); // $1–$5 per 1,000, income not added
    expect(last.streams.sponsorships).toEqual({ low: 0, high: 0 });
    expect(last.streams.creator_fund.low).toBeGreaterThan(0);
    expect(last.streams.creator_fund.low).toBeLessThan(totalViews * 20);
  });
});
