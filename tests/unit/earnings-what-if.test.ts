import { describe, expect, test } from "vitest";
import {
  DEFAULT_EARNINGS_SETTINGS,
  whatIf,
  type EarningsSettings,
  type WhatIfInput,
  type WhatIfResult,
} from "@/lib/earnings";

const ALL_ON: EarningsSettings = { ...DEFAULT_EARNINGS_SETTINGS, sponsorships: true, affiliate: true };
const BASE: WhatIfInput = { viewsPerDay: 1_000, ruleSet: "article", settings: DEFAULT_EARNINGS_SETTINGS };

/** "day key kind" per event, e.g. "10 eligible.live gained"; best-case ones end in "*", follower-dependent in "?1000". */
function events(result: WhatIfResult): string[] {
  return result.onTheWay.map(
    (e) => `${e.day} ${e.key} ${e.kind}${e.bestCase ? "*" : ""}${e.ifFollowers === null ? "" : `?${e.ifFollowers}`}`,
  );
}

const stateOf = (result: WhatIfResult, key: string) => result.states.find((s) => s.key === key)!;
const streamOf = (result: WhatIfResult, stream: string) => result.streams.find((s) => s.stream === stream)!;

describe("on the way, in day order", () => {
  test.each<[string, Partial<WhatIfInput>, string[]]>([
    [
      "article, 12,000 followers, adult, from nothing",
      { followers: 12_000, isAdult: true },
      [
        "1 video.views.100 crossed*",
        "1 video.views.1k crossed*",
        "1 account.views.1k crossed",
        "1 unlock.analytics crossed*",
        "10 video.views.10k crossed*",
        "10 account.views.10k crossed",
        "10 eligible.live gained",
      ],
    ],
    [
      "article, followers omitted: LIVE's day holds if the followers do",
      {},
      [
        "1 video.views.100 crossed*",
        "1 video.views.1k crossed*",
        "1 account.views.1k crossed",
        "1 unlock.analytics crossed*",
        "10 video.views.10k crossed*",
        "10 account.views.10k crossed",
        "10 eligible.live gained?1000",
      ],
    ],
    [
      "start views near a threshold: 999 → 1,000 on day 1; what the account has crossed is not listed",
      {
        viewsPerDay: 1,
        startingAccountViews: 999,
        bestVideoViews: 999,
        reachedKeys: ["video.views.100", "unlock.analytics"],
        followers: 50,
      },
      ["1 video.views.1k crossed*", "1 account.views.1k crossed"],
    ],
    [
      "a value already at a threshold is not listed even when no crossing was passed",
      { viewsPerDay: 100, startingAccountViews: 10_000, bestVideoViews: 1_000, followers: 50 },
      [],
    ],
    [
      "TikTok current, 20,000 followers, adult, 5,000 a day: Creator Rewards mid-period",
      {
        ruleSet: "tiktok_current",
        viewsPerDay: 5_000,
        followers: 20_000,
        isAdult: true,
        startingAccountViews: 990_000,
        bestVideoViews: 120_000,
        reachedKeys: ["video.views.100", "video.views.1k", "video.views.10k", "unlock.analytics"],
      },
      ["2 account.views.1m crossed", "20 eligible.creator_rewards gained"],
    ],
    [
      "TikTok current, not 18+: only views; no eligibility is gained",
      {
        ruleSet: "tiktok_current",
        followers: 20_000,
        isAdult: false,
        startingAccountViews: 5_000,
        bestVideoViews: 5_000,
      },
      ["5 video.views.10k crossed*", "5 account.views.10k crossed"],
    ],
    ["zero views a day: nothing is crossed", { viewsPerDay: 0, followers: 12_000, isAdult: true }, []],
    [
      "zero views a day: LIVE is lost as last month's views leave the 30-day window",
      { viewsPerDay: 0, followers: 2_000, recentDailyViews: Array<number>(30).fill(500) },
      ["11 eligible.live lost"],
    ],
    [
      "real trailing views count: 5,000 today + 1,000 a day reach 10,000 on day 5",
      {
        followers: 1_000,
        startingAccountViews: 20_000,
        bestVideoViews: 20_000,
        recentDailyViews: [...Array<number>(29).fill(0), 5_000],
      },
      ["5 eligible.live gained"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(events(whatIf({ ...BASE, ...input }))).toEqual(expected);
  });

  test("a shorter period only lists what falls inside it", () => {
    expect(events(whatIf({ ...BASE, followers: 12_000, days: 5 }))).toEqual([
      "1 video.views.100 crossed*",
      "1 video.views.1k crossed*",
      "1 account.views.1k crossed",
      "1 unlock.analytics crossed*",
    ]);
  });
});

describe("eligibility over the period", () => {
  test.each<[string, Partial<WhatIfInput>, string, Partial<ReturnType<typeof stateOf>>]>([
    [
      "article, LIVE gained on day 10",
      { followers: 12_000 },
      "eligible.live",
      {
        heldNow: false,
        changes: [{ kind: "gained", day: 10 }],
        heldAtEnd: true,
        daysHeld: 21,
        missing: [],
        ifFollowers: null,
      },
    ],
    [
      "article, Creator Fund with 18+ and 12,000 followers: already",
      { followers: 12_000, isAdult: true },
      "eligible.creator_fund",
      { heldNow: true, changes: [], daysHeld: 30, missing: [] },
    ],
    [
      "article, Creator Fund without 18+",
      { followers: 12_000, isAdult: false },
      "eligible.creator_fund",
      { heldNow: false, changes: [], daysHeld: 0, missing: [{ kind: "adult" }] },
    ],
    [
      "article, not within the period: the missing followers are named",
      { followers: 500, isAdult: true },
      "eligible.live",
      { heldNow: false, changes: [], heldAtEnd: false, missing: [{ kind: "followers", atLeast: 1_000 }] },
    ],
    [
      "article, followers omitted: depends on followers, the rest judged",
      { isAdult: true },
      "eligible.creator_fund",
      { ifFollowers: 10_000, heldNow: true, changes: [], missing: [] },
    ],
    [
      "TikTok current, followers omitted and too few views: both named",
      { ruleSet: "tiktok_current", isAdult: true },
      "eligible.creator_rewards",
      {
        ifFollowers: 10_000,
        heldNow: false,
        changes: [],
        daysHeld: 0,
        missing: [{ kind: "views30", atLeast: 100_000 }],
      },
    ],
    [
      "TikTok current, LIVE needs 18+ whatever the followers",
      { ruleSet: "tiktok_current", followers: 5_000, isAdult: false },
      "eligible.live",
      { heldNow: false, changes: [], missing: [{ kind: "adult" }] },
    ],
    [
      "TikTok current, Creator Rewards from day 20 at 5,000 a day",
      { ruleSet: "tiktok_current", viewsPerDay: 5_000, followers: 20_000, isAdult: true },
      "eligible.creator_rewards",
      { heldNow: false, changes: [{ kind: "gained", day: 20 }], heldAtEnd: true, daysHeld: 11 },
    ],
    [
      "zero views a day: LIVE held now, lost on day 11",
      { viewsPerDay: 0, followers: 2_000, recentDailyViews: Array<number>(30).fill(500) },
      "eligible.live",
      {
        heldNow: true,
        changes: [{ kind: "lost", day: 11 }],
        heldAtEnd: false,
        daysHeld: 10,
        missing: [{ kind: "views30", atLeast: 10_000 }],
      },
    ],
  ])("%s", (_name, input, key, expected) => {
    expect(stateOf(whatIf({ ...BASE, ...input }), key)).toMatchObject(expected);
  });

  test("the window on the last day is the pace alone once the real days have aged out", () => {
    expect(whatIf({ ...BASE, viewsPerDay: 700, recentDailyViews: Array<number>(30).fill(9_999) }).views30End).toBe(
      21_000,
    );
    expect(
      whatIf({ ...BASE, viewsPerDay: 700, days: 10, recentDailyViews: Array<number>(30).fill(100) }).views30End,
    ).toBe(2_000 + 7_000);
  });
});

describe("streams and the total", () => {
  test("1,000 a day, 12,000 followers, adult, all streams on: everything counts for the whole month", () => {
    const result = whatIf({ ...BASE, followers: 12_000, isAdult: true, settings: ALL_ON });
    expect(result.views).toBe(30_000);
    expect(streamOf(result, "creator_fund")).toEqual({
      stream: "creator_fund",
      range: { low: 600_000, high: 1_200_000 },
      applies: true,
      daysApplied: 30,
      counted: { low: 600_000, high: 1_200_000 },
      notCounted: null,
    });
    expect(streamOf(result, "sponsorships").counted).toEqual({ low: 300_000_000, high: 3_000_000_000 });
    expect(streamOf(result, "affiliate").counted).toEqual({ low: 30_000_000, high: 150_000_000 });
    expect(result.total).toEqual({ low: 330_600_000, high: 3_151_200_000 });
  });

  test.each<[string, Partial<WhatIfInput>, boolean | null, number, string | null, number]>([
    // name, input, applies, daysApplied, notCounted, counted low (micro-dollars)
    ["followers omitted", { isAdult: true }, null, 0, "depends_on_followers", 0],
    ["not 18+", { followers: 12_000 }, false, 0, "not_eligible", 0],
    [
      "not enrolled",
      { followers: 12_000, isAdult: true, settings: { ...DEFAULT_EARNINGS_SETTINGS, enrolledCreatorFund: false } },
      false,
      0,
      "not_enrolled",
      0,
    ],
    ["too few followers", { followers: 9_999, isAdult: true }, false, 0, "not_eligible", 0],
    // 5,000 views × 11 eligible days × $0.02 per 1,000 = $1.10
    [
      "Creator Rewards from day 20",
      { ruleSet: "tiktok_current", viewsPerDay: 5_000, followers: 20_000, isAdult: true },
      true,
      11,
      null,
      1_100_000,
    ],
    ["zero views a day", { viewsPerDay: 0, followers: 12_000, isAdult: true }, true, 30, null, 0],
  ])("Creator Fund: %s", (_name, input, applies, daysApplied, notCounted, countedLow) => {
    const fund = streamOf(whatIf({ ...BASE, ...input }), "creator_fund");
    expect({
      applies: fund.applies,
      daysApplied: fund.daysApplied,
      notCounted: fund.notCounted,
      countedLow: fund.counted.low,
    }).toEqual({
      applies,
      daysApplied,
      notCounted,
      countedLow,
    });
  });

  test("the total adds only what counts; a switched-off stream still shows its range", () => {
    const result = whatIf({ ...BASE, ruleSet: "tiktok_current", viewsPerDay: 5_000, followers: 20_000, isAdult: true });
    expect(streamOf(result, "sponsorships")).toMatchObject({
      applies: false,
      notCounted: "off",
      range: { low: 1_500_000_000, high: 15_000_000_000 },
      counted: { low: 0, high: 0 },
    });
    expect(result.total).toEqual({ low: 1_100_000, high: 2_200_000 });
  });

  test("money is exact: Σ views × RPM / 1000, truncated once", () => {
    const settings: EarningsSettings = {
      ...DEFAULT_EARNINGS_SETTINGS,
      enrolledCreatorFund: false,
      affiliate: true,
      rpm: { ...DEFAULT_EARNINGS_SETTINGS.rpm, affiliate: { low: 33_333, high: 33_334 } },
    };
    const result = whatIf({ ...BASE, viewsPerDay: 1, settings });
    expect(result.total).toEqual({ low: 999, high: 1_000 }); // 30 × 33,333 / 1000 = 999.99
  });
});

describe("followers are fixed", () => {
  test.each<[string, Partial<WhatIfInput>, string[]]>([
    [
      "12,000 met: three follower milestones and brand deals",
      { followers: 12_000 },
      ["account.followers.100", "account.followers.1k", "account.followers.10k", "ready.brand_deals"],
    ],
    [
      "those the account recorded are left out",
      { followers: 12_000, reachedKeys: ["account.followers.100", "account.followers.1k"] },
      ["account.followers.10k", "ready.brand_deals"],
    ],
    ["500 followers", { followers: 500 }, ["account.followers.100"]],
    ["omitted: nothing can be said", {}, []],
  ])("%s", (_name, input, expected) => {
    expect(whatIf({ ...BASE, ...input }).metByFollowers.map((m) => m.key)).toEqual(expected);
  });
});
