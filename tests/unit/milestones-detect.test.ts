import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { detectAll, detectVideoCrossings } from "@/lib/milestones/detect";
import type {
  AccountHistoryInput,
  AccountReadingInput,
  Crossing,
  GoalInput,
  RuleSetKey,
  VideoHistoryInput,
} from "@/lib/milestones/types";

const D0 = "2026-03-01";
const SETS: RuleSetKey[] = ["article", "tiktok_current"];
const day = (offset: number) => addDays(D0, offset);

function video(id: string, postedOffset: number | null, readings: [number, number][]): VideoHistoryInput {
  return {
    id,
    postedOn: postedOffset === null ? null : day(postedOffset),
    readings: readings.map(([offset, views]) => ({ day: day(offset), views })),
  };
}

function account(readings: [number, number, (number | null)?][]): AccountReadingInput[] {
  return readings.map(([offset, followers, videoViews]) => ({
    day: day(offset),
    followers,
    videoViews: videoViews ?? null,
  }));
}

function history(overrides: Partial<AccountHistoryInput>): AccountHistoryInput {
  return { ruleSet: "article", isAdult: true, accountReadings: [], videos: [], goals: [], ...overrides };
}

/** "ruleKey subjectId day value [by]" for compact exact assertions. */
const show = (c: Crossing) => `${c.ruleKey} ${c.subjectId} ${c.day} ${c.value}${c.reachedBy ? " by" : ""}`;
const crossingsOf = (input: AccountHistoryInput, prefix = "") =>
  detectAll("acc", input)
    .crossings.filter((c) => c.ruleKey.startsWith(prefix))
    .map(show);

describe("video.views thresholds", () => {
  const THRESHOLDS: [string, number][] = [
    ["video.views.100", 100],
    ["video.views.1k", 1_000],
    ["video.views.10k", 10_000],
    ["video.views.100k", 100_000],
    ["video.views.1m", 1_000_000],
  ];

  test.each(SETS.flatMap((set) => THRESHOLDS.map(([key, t]) => [set, key, t] as const)))(
    "%s %s: %i−1 is not enough, the next day's exact threshold crosses it",
    (set, key, t) => {
      const crossings = detectVideoCrossings(
        set,
        video("v", 0, [
          [1, t - 1],
          [2, t],
          [3, t + 1],
        ]),
      );
      expect(crossings.filter((c) => c.ruleKey === key)).toEqual([
        { ruleKey: key, subjectType: "video", subjectId: "v", day: day(2), value: t, reachedBy: false },
      ]);
    },
  );

  test.each(THRESHOLDS)("%s: threshold+1 as the first reading crosses on that day", (key, t) => {
    const crossings = detectVideoCrossings("tiktok_current", video("v", 0, [[1, t + 1]]));
    expect(crossings.find((c) => c.ruleKey === key)).toMatchObject({ day: day(1), value: t + 1, reachedBy: false });
  });

  test.each(THRESHOLDS)("%s: never crossed at threshold−1", (key, t) => {
    expect(detectVideoCrossings("article", video("v", 0, [[1, t - 1]])).some((c) => c.ruleKey === key)).toBe(false);
  });

  test.each<[string, number | null, [number, number][], string[]]>([
    [
      "posted the day before: on the day",
      4,
      [[5, 1_500]],
      ["video.views.100 v 2026-03-06 1500", "video.views.1k v 2026-03-06 1500"],
    ],
    ["posted the same day: on the day", 5, [[5, 150]], ["video.views.100 v 2026-03-06 150"]],
    ["posted 3 days before: reached by", 2, [[5, 150]], ["video.views.100 v 2026-03-06 150 by"]],
    ["no posted day, first reading: reached by", null, [[5, 150]], ["video.views.100 v 2026-03-06 150 by"]],
    ["posted after the first reading (bad data): reached by", 9, [[5, 150]], ["video.views.100 v 2026-03-06 150 by"]],
    [
      "consecutive readings: on the day",
      null,
      [
        [5, 50],
        [6, 150],
      ],
      ["video.views.100 v 2026-03-07 150"],
    ],
    [
      "a 2-day gap: reached by the later reading, never the interpolated day",
      null,
      [
        [5, 50],
        [7, 150],
      ],
      ["video.views.100 v 2026-03-08 150 by"],
    ],
    [
      "one reading crossing three thresholds",
      0,
      [
        [1, 20],
        [2, 12_000],
      ],
      ["video.views.100 v 2026-03-03 12000", "video.views.10k v 2026-03-03 12000", "video.views.1k v 2026-03-03 12000"],
    ],
    [
      "a dip keeps the crossing",
      0,
      [
        [1, 1_000],
        [2, 990],
        [3, 995],
      ],
      ["video.views.100 v 2026-03-02 1000", "video.views.1k v 2026-03-02 1000"],
    ],
  ])("%s", (_name, posted, readings, expected) => {
    expect(detectVideoCrossings("article", video("v", posted, readings)).map(show)).toEqual(expected);
  });

  test("backfill: an older reading at or above the threshold moves the crossing earlier", () => {
    const before = video("v", 0, [
      [1, 400],
      [10, 1_200],
    ]);
    const after = video("v", 0, [
      [1, 400],
      [6, 1_050],
      [10, 1_200],
    ]);
    const onlyK = (v: VideoHistoryInput) =>
      detectVideoCrossings("article", v)
        .filter((c) => c.ruleKey === "video.views.1k")
        .map(show);
    expect(onlyK(before)).toEqual(["video.views.1k v 2026-03-11 1200 by"]);
    expect(onlyK(after)).toEqual(["video.views.1k v 2026-03-07 1050 by"]);
  });

  test("deletion: removing the crossing reading moves the crossing to the next one, or removes it", () => {
    const onlyK = (v: VideoHistoryInput) =>
      detectVideoCrossings("article", v)
        .filter((c) => c.ruleKey === "video.views.1k")
        .map(show);
    expect(
      onlyK(
        video("v", 0, [
          [1, 400],
          [2, 1_000],
          [3, 1_100],
        ]),
      ),
    ).toEqual(["video.views.1k v 2026-03-03 1000"]);
    expect(
      onlyK(
        video("v", 0, [
          [1, 400],
          [3, 1_100],
        ]),
      ),
    ).toEqual(["video.views.1k v 2026-03-04 1100 by"]);
    expect(onlyK(video("v", 0, [[1, 400]]))).toEqual([]);
  });
});

describe("account thresholds", () => {
  const FOLLOWERS: [string, number][] = [
    ["account.followers.100", 100],
    ["account.followers.1k", 1_000],
    ["account.followers.10k", 10_000],
    ["account.followers.100k", 100_000],
    ["account.followers.1m", 1_000_000],
    ["ready.brand_deals", 10_000],
  ];
  test.each(SETS.flatMap((set) => FOLLOWERS.map(([key, t]) => [set, key, t] as const)))(
    "%s %s at %i: 999-style below, exact, 1,001-style above, then a dip",
    (ruleSet, key, t) => {
      const input = history({
        ruleSet,
        accountReadings: account([
          [0, t - 1],
          [1, t],
          [2, t + 1],
          [3, t - 5],
        ]),
      });
      expect(crossingsOf(input, key)).toEqual([`${key} acc ${day(1)} ${t}`]);
      expect(crossingsOf(history({ ruleSet, accountReadings: account([[0, t - 1]]) }), key)).toEqual([]);
    },
  );

  test("followers: the first account reading is 'reached by'; a gap too; backfill moves earlier", () => {
    const gap = history({
      accountReadings: account([
        [0, 1_500],
        [3, 2_500],
      ]),
    });
    expect(crossingsOf(gap, "account.followers")).toEqual([
      "account.followers.100 acc 2026-03-01 1500 by",
      "account.followers.1k acc 2026-03-01 1500 by",
    ]);
    const later = history({
      accountReadings: account([
        [0, 500],
        [3, 1_000],
      ]),
    });
    expect(crossingsOf(later, "account.followers.1k")).toEqual(["account.followers.1k acc 2026-03-04 1000 by"]);
    const backfilled = history({
      accountReadings: account([
        [0, 500],
        [2, 1_001],
        [3, 1_000],
      ]),
    });
    expect(crossingsOf(backfilled, "account.followers.1k")).toEqual(["account.followers.1k acc 2026-03-03 1001 by"]);
  });

  const VIEWS: [string, number][] = [
    ["account.views.1k", 1_000],
    ["account.views.10k", 10_000],
    ["account.views.100k", 100_000],
    ["account.views.1m", 1_000_000],
    ["account.views.10m", 10_000_000],
  ];
  test.each(SETS.flatMap((set) => VIEWS.map(([key, t]) => [set, key, t] as const)))(
    "%s %s at %i: cumulative reported views, exact threshold on the second day",
    (ruleSet, key, t) => {
      const input = history({
        ruleSet,
        accountReadings: account([
          [0, 5, t - 1],
          [1, 5, 1],
          [2, 5, 1],
        ]),
      });
      expect(crossingsOf(input, key)).toEqual([`${key} acc ${day(1)} ${t}`]);
      expect(
        crossingsOf(
          history({
            ruleSet,
            accountReadings: account([
              [0, 5, t - 1],
              [1, 5, 0],
            ]),
          }),
          key,
        ),
      ).toEqual([]);
    },
  );

  test("account views are dated on real reading days only, never an interpolated day", () => {
    // Spread over days 1…10 the gains pass 1,000 on day 7, but the first real reading is day 10.
    const input = history({ videos: [video("v", 0, [[10, 1_500]])] });
    expect(crossingsOf(input, "account.views")).toEqual(["account.views.1k acc 2026-03-11 1500 by"]);
  });

  test("an account reading without videoViews is not a views reading day", () => {
    const input = history({
      accountReadings: account([[5, 10]]),
      videos: [
        video("v", null, [
          [1, 600],
          [9, 1_400],
        ]),
      ],
    });
    expect(crossingsOf(input, "account.views")).toEqual(["account.views.1k acc 2026-03-10 1400 by"]);
  });

  test("reported videoViews override the gains of their day", () => {
    const input = history({
      accountReadings: account([[2, 10, 900]]),
      videos: [
        video("v", null, [
          [1, 50],
          [2, 60],
          [3, 70],
        ]),
      ],
    });
    // Day 1: 50 (gains), day 2: 900 (reported, not 10), day 3: 10 (gains) → 950, then 960.
    expect(crossingsOf(input, "account.views")).toEqual([]);
    const more = history({ ...input, accountReadings: account([[2, 10, 950]]) });
    expect(crossingsOf(more, "account.views")).toEqual(["account.views.1k acc 2026-03-03 1000"]);
  });

  test("a dip in reported daily views (negative) keeps the crossing", () => {
    const input = history({
      accountReadings: account([
        [0, 5, 1_000],
        [1, 5, -50],
      ]),
    });
    expect(crossingsOf(input, "account.views")).toEqual(["account.views.1k acc 2026-03-01 1000 by"]);
  });
});

describe("unlock.analytics", () => {
  test.each<[string, VideoHistoryInput[], string[]]>([
    ["no video at 1,000", [video("a", 0, [[1, 999]])], []],
    [
      "the earliest video.views.1k, with its value and reachedBy",
      [
        video("b", 0, [
          [1, 10],
          [2, 1_001],
        ]),
        video("a", null, [[5, 4_000]]),
      ],
      ["unlock.analytics acc 2026-03-03 1001"],
    ],
    [
      "from a gap: reached by",
      [
        video("a", 0, [
          [1, 10],
          [4, 1_000],
        ]),
      ],
      ["unlock.analytics acc 2026-03-05 1000 by"],
    ],
    [
      "a same-day tie goes to the lowest video id",
      [video("b", 2, [[3, 5_000]]), video("a", 2, [[3, 1_000]])],
      ["unlock.analytics acc 2026-03-04 1000"],
    ],
  ])("%s", (_name, videos, expected) => {
    expect(crossingsOf(history({ videos }), "unlock")).toEqual(expected);
  });
});

describe("custom goals", () => {
  const goal = (
    id: string,
    metric: GoalInput["metric"],
    threshold: number,
    videoId: string | null = null,
  ): GoalInput => ({
    id,
    metric,
    videoId,
    threshold,
    targetDay: null,
  });

  test.each<[string, GoalInput, string[]]>([
    ["followers, exact", goal("g", "account.followers", 1_234), ["goal g 2026-03-03 1234"]],
    ["followers, not reached", goal("g", "account.followers", 1_235), []],
    ["a video's views, with its posted day", goal("g", "video.views", 500, "v"), ["goal g 2026-03-02 500"]],
    ["a video that is not there", goal("g", "video.views", 1, "gone"), []],
    ["account views", goal("g", "account.views", 700), ["goal g 2026-03-03 800"]],
    ["trailing-30-day views, on real reading days", goal("g", "account.views30", 800), ["goal g 2026-03-03 800"]],
    ["trailing-30-day views, no more than the window holds", goal("g", "account.views30", 801), []],
  ])("%s", (_name, g, expected) => {
    const input = history({
      accountReadings: account([
        [0, 1_000],
        [1, 1_100],
        [2, 1_234],
      ]),
      videos: [
        video("v", 0, [
          [1, 500],
          [2, 800],
        ]),
      ],
      goals: [g],
    });
    expect(
      detectAll("acc", input)
        .crossings.filter((c) => c.subjectType === "goal")
        .map(show),
    ).toEqual(expected);
  });
});

test("output is sorted by day, ruleKey, subjectId and the subject types are right", () => {
  const input = history({
    accountReadings: account([[0, 1_000]]),
    videos: [video("b", 0, [[1, 150]]), video("a", 0, [[1, 150]])],
  });
  expect(detectAll("acc", input).crossings.map((c) => `${c.day} ${c.ruleKey} ${c.subjectType}:${c.subjectId}`)).toEqual(
    [
      "2026-03-01 account.followers.100 account:acc",
      "2026-03-01 account.followers.1k account:acc",
      "2026-03-02 video.views.100 video:a",
      "2026-03-02 video.views.100 video:b",
    ],
  );
});
