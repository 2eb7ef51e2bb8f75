import { describe, expect, test } from "vitest";
import { DEFAULT_EARNINGS_SETTINGS, whatIfInputFrom, type WhatIfHistory } from "@/lib/earnings";
import { WINDOW_DAYS } from "@/lib/milestones";
import { addDays } from "@/lib/time/days";

const TODAY = "2026-11-20";
const HISTORY: WhatIfHistory = {
  dailyViews: new Map([
    [addDays(TODAY, -40), 1_000], // before the 30-day window
    [addDays(TODAY, -29), 200], // the window's first day
    [addDays(TODAY, -1), -50], // the platform took views away
    [TODAY, 300],
  ]),
  isAdult: true,
  ruleSet: "tiktok_current",
  settings: DEFAULT_EARNINGS_SETTINGS,
  videoViews: [120, null, 4_000, 900],
  crossedRuleKeys: ["video.views.1k", "account.followers.100"],
};

describe("the what-if calculator's starting point", () => {
  test("the account's figures so far", () => {
    const input = whatIfInputFrom({ viewsPerDay: 500, followers: 2_000 }, HISTORY, TODAY);
    expect(input).toMatchObject({
      viewsPerDay: 500,
      followers: 2_000,
      isAdult: true,
      startingAccountViews: 1_450,
      bestVideoViews: 4_000,
      reachedKeys: ["video.views.1k", "account.followers.100"],
      ruleSet: "tiktok_current",
      settings: DEFAULT_EARNINGS_SETTINGS,
    });
  });

  test("the 30-day window ends today, oldest day first, a day without views counting 0", () => {
    const { recentDailyViews } = whatIfInputFrom({ viewsPerDay: 1 }, HISTORY, TODAY);
    expect(recentDailyViews).toHaveLength(WINDOW_DAYS);
    expect(recentDailyViews![0]).toBe(200);
    expect(recentDailyViews!.at(-2)).toBe(-50);
    expect(recentDailyViews!.at(-1)).toBe(300);
    expect(recentDailyViews!.reduce((sum, v) => sum + v, 0)).toBe(450);
  });

  test("followers not given are unknown; views so far never start below 0; no videos, no best video", () => {
    const input = whatIfInputFrom(
      { viewsPerDay: 1 },
      { ...HISTORY, dailyViews: new Map([[TODAY, -10]]), videoViews: [] },
      TODAY,
    );
    expect(input).toMatchObject({ followers: null, startingAccountViews: 0, bestVideoViews: 0 });
  });
});
