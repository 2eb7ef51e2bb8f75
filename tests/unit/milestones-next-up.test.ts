import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { accountNextUp, goalNextUp, goalStatus, nextUp, videoNextUp, type NextUp } from "@/lib/milestones/next-up";
import type { Crossing, SeriesPoint } from "@/lib/milestones/types";

const D0 = "2026-03-01";
const day = (offset: number) => addDays(D0, offset);
const points = (pairs: [number, number][]): SeriesPoint[] =>
  pairs.map(([offset, value]) => ({ day: day(offset), value }));
const CATALOG = [100, 1_000, 10_000];

describe("next threshold and progress", () => {
  test.each<[string, [number, number][], number[], Pick<NextUp, "current" | "next" | "progress">]>([
    ["no readings", [], CATALOG, { current: 0, next: 100, progress: 0 }],
    ["999: next is 1,000", [[0, 999]], CATALOG, { current: 999, next: 1_000, progress: 0.999 }],
    [
      "1,000 reached (inclusive): next is 10,000",
      [[0, 1_000]],
      CATALOG,
      { current: 1_000, next: 10_000, progress: 0.1 },
    ],
    ["1,001", [[0, 1_001]], CATALOG, { current: 1_001, next: 10_000, progress: 0.1001 }],
    ["every threshold reached", [[0, 20_000]], CATALOG, { current: 20_000, next: null, progress: 1 }],
    ["thresholds in any order", [[0, 150]], [10_000, 100, 1_000], { current: 150, next: 1_000, progress: 0.15 }],
    [
      "the latest reading counts, not the highest",
      [
        [0, 1_200],
        [1, 900],
      ],
      CATALOG,
      { current: 900, next: 1_000, progress: 0.9 },
    ],
  ])("%s", (_name, readings, thresholds, expected) => {
    expect(nextUp({ readings: points(readings), thresholds, today: day(30) })).toMatchObject(expected);
  });
});

describe("projection", () => {
  test.each<[string, [number, number][], string, NextUp["projection"]]>([
    [
      "7-day: 100 a day from 800, 200 to go → 2 days after the latest reading",
      [
        [0, 100],
        [1, 200],
        [2, 300],
        [3, 400],
        [4, 500],
        [5, 600],
        [6, 700],
        [7, 800],
      ],
      day(7),
      { basis: "7-day", day: day(9) },
    ],
    [
      "7-day: the reading exactly 7 days before the latest is in the span",
      [
        [0, 100],
        [3, 400],
        [7, 800],
      ],
      day(7),
      { basis: "7-day", day: day(9) },
    ],
    [
      "7-day: rounds up to whole days (3 a day, 10 to go → 4 days)",
      [
        [0, 984],
        [1, 987],
        [2, 990],
      ],
      day(2),
      { basis: "7-day", day: day(6) },
    ],
    [
      "a reading 8 days before the latest is outside the 7-day span",
      [
        [0, 100],
        [2, 300],
        [8, 900],
      ],
      day(8),
      { basis: "28-day", day: day(9) },
    ],
    [
      "28-day fallback when the last 7 days hold fewer than three readings",
      [
        [0, 100],
        [14, 240],
        [28, 380],
      ],
      day(28),
      { basis: "28-day", day: day(90) },
    ],
    [
      "28-day: the reading 28 days before is in the span",
      [
        [0, 400],
        [20, 500],
        [28, 540],
      ],
      day(28),
      { basis: "28-day", day: day(120) },
    ],
    // 2 views in 7 days: 150 to go is 525 days ahead, still a date; 9,000 to go (31,500 days) is not.
    [
      "a slow but dated projection (about a year and a half)",
      [
        [0, 848],
        [4, 849],
        [7, 850],
      ],
      day(7),
      { basis: "7-day", day: day(7 + 525) },
    ],
    [
      "too far: more than ten years at this pace",
      [
        [0, 998],
        [4, 999],
        [7, 1_000],
      ],
      day(7),
      { reason: "too far" },
    ],
    [
      "not enough data: two readings",
      [
        [0, 100],
        [1, 200],
      ],
      day(1),
      { reason: "not enough data" },
    ],
    [
      "not enough data: the third reading is 29 days old",
      [
        [0, 100],
        [27, 200],
        [29, 300],
      ],
      day(29),
      { reason: "not enough data" },
    ],
    ["not enough data: no readings", [], day(0), { reason: "not enough data" }],
    [
      "not growing: a shrinking 7-day trend",
      [
        [0, 500],
        [3, 450],
        [6, 400],
      ],
      day(6),
      { reason: "not growing" },
    ],
    [
      "not growing: flat",
      [
        [0, 500],
        [3, 520],
        [6, 500],
      ],
      day(6),
      { reason: "not growing" },
    ],
    [
      "a shrinking 7-day trend is not rescued by a growing 28-day one",
      [
        [0, 100],
        [20, 900],
        [22, 880],
        [24, 870],
        [25, 860],
      ],
      day(25),
      { reason: "not growing" },
    ],
    [
      "never a past day: an old trend that would have arrived already projects today",
      [
        [0, 100],
        [1, 200],
        [2, 300],
      ],
      day(40),
      { basis: "7-day", day: day(40) },
    ],
    [
      "a projection after today stays as it is",
      [
        [0, 100],
        [1, 200],
        [2, 300],
      ],
      day(5),
      { basis: "7-day", day: day(9) },
    ],
    [
      "reached: nothing left to project",
      [
        [0, 10_000],
        [1, 10_500],
        [2, 11_000],
      ],
      day(2),
      { reason: "reached" },
    ],
  ])("%s", (_name, readings, today, expected) => {
    expect(nextUp({ readings: points(readings), thresholds: CATALOG, today }).projection).toEqual(expected);
  });
});

describe("next up for accounts, videos and goals", () => {
  test("accountNextUp uses the real reading days and the rule set's thresholds", () => {
    const result = accountNextUp({
      ruleSet: "tiktok_current",
      accountReadings: [0, 1, 2].map((offset) => ({
        day: day(offset),
        followers: 900 + offset * 20,
        videoViews: 3_000,
      })),
      gainsByDay: new Map(),
      videoReadingDays: new Set(),
      today: day(2),
    });
    expect(result.followers).toEqual({
      current: 940,
      next: 1_000,
      progress: 0.94,
      projection: { basis: "7-day", day: day(5) },
    });
    expect(result.views).toMatchObject({ current: 9_000, next: 10_000, projection: { basis: "7-day", day: day(3) } });
    expect(result.views30).toMatchObject({ current: 9_000, next: 100_000 });
  });

  test("videoNextUp", () => {
    const video = {
      id: "v",
      postedOn: day(0),
      readings: points([
        [1, 50],
        [2, 80],
        [3, 95],
      ]).map((p) => ({ day: p.day, views: p.value })),
    };
    expect(videoNextUp("article", video, day(3))).toEqual({
      current: 95,
      next: 100,
      progress: 0.95,
      projection: { basis: "7-day", day: day(4) },
    });
  });

  test("goalNextUp measures against the goal's own threshold", () => {
    expect(
      goalNextUp(
        { threshold: 500 },
        points([
          [0, 100],
          [1, 200],
          [2, 300],
        ]),
        day(2),
      ),
    ).toMatchObject({
      next: 500,
      projection: { basis: "7-day", day: day(4) },
    });
  });
});

describe("goalStatus", () => {
  const crossing: Crossing = {
    ruleKey: "goal",
    subjectType: "goal",
    subjectId: "g",
    day: day(3),
    value: 500,
    reachedBy: false,
  };
  const projected = (offset: number): NextUp => ({
    current: 1,
    next: 2,
    progress: 0.5,
    projection: { basis: "7-day", day: day(offset) },
  });
  const reason = (r: "not enough data" | "not growing" | "reached"): NextUp => ({
    current: 1,
    next: 2,
    progress: 0.5,
    projection: { reason: r },
  });

  test.each<[string, string | null, Crossing | null, NextUp, string]>([
    ["crossed", day(1), crossing, reason("not growing"), "achieved"],
    ["at the goal, not yet stored as a crossing", day(20), null, reason("reached"), "achieved"],
    ["no target date", null, null, projected(9), "no target date"],
    ["projected before the target", day(10), null, projected(9), "on track"],
    ["projected on the target day", day(9), null, projected(9), "on track"],
    ["projected after the target", day(8), null, projected(9), "behind"],
    ["not growing", day(30), null, reason("not growing"), "behind"],
    ["not enough data", day(30), null, reason("not enough data"), "behind"],
    ["the target day has passed", day(4), null, projected(5), "behind"],
  ])("%s → %s", (_name, targetDay, crossingOrNull, next, expected) => {
    expect(goalStatus({ targetDay }, crossingOrNull, next, day(5))).toBe(expected);
  });
});
