import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { detectAll } from "@/lib/milestones/detect";
import type { AccountHistoryInput, RuleSetKey, StateChange, VideoHistoryInput } from "@/lib/milestones/types";

const D0 = "2026-03-01";
const day = (offset: number) => addDays(D0, offset);

/** Account readings as [dayOffset, followers, reported videoViews?]. */
function history(
  ruleSet: RuleSetKey,
  readings: [number, number, number?][],
  options: { isAdult?: boolean; videos?: VideoHistoryInput[] } = {},
): AccountHistoryInput {
  return {
    ruleSet,
    isAdult: options.isAdult ?? true,
    accountReadings: readings.map(([offset, followers, videoViews]) => ({
      day: day(offset),
      followers,
      videoViews: videoViews ?? null,
    })),
    videos: options.videos ?? [],
    goals: [],
  };
}

const show = (c: StateChange) => `${c.ruleKey} ${c.kind} ${c.day}`;
const changes = (input: AccountHistoryInput, ruleKey: string) =>
  detectAll("acc", input)
    .stateChanges.filter((c) => c.ruleKey === ruleKey)
    .map(show);

describe("every eligibility rule at its edges", () => {
  // [set, rule, readings that fall one short, readings that meet it exactly, isAdult needed]
  test.each<[RuleSetKey, string, [number, number, number?][], [number, number, number?][]]>([
    ["article", "eligible.live", [[0, 999, 10_000]], [[0, 1_000, 10_000]]],
    ["article", "eligible.live", [[0, 1_000, 9_999]], [[0, 1_001, 10_001]]],
    ["article", "eligible.creator_fund", [[0, 9_999]], [[0, 10_000]]],
    ["tiktok_current", "eligible.live", [[0, 999]], [[0, 1_000]]],
    ["tiktok_current", "eligible.creator_rewards", [[0, 9_999, 100_000]], [[0, 10_000, 100_000]]],
    ["tiktok_current", "eligible.creator_rewards", [[0, 10_000, 99_999]], [[0, 10_001, 100_001]]],
    ["tiktok_current", "eligible.shop_affiliate", [[0, 999]], [[0, 1_000]]],
  ])("%s %s: one short is not eligible, the threshold is", (set, ruleKey, short, exact) => {
    expect(changes(history(set, short), ruleKey)).toEqual([]);
    expect(changes(history(set, exact), ruleKey)).toEqual([`${ruleKey} gained ${D0}`]);
  });

  test.each<[RuleSetKey, string, boolean, string[]]>([
    ["article", "eligible.creator_fund", true, ["eligible.creator_fund gained 2026-03-01"]],
    ["article", "eligible.creator_fund", false, []],
    ["article", "eligible.live", false, ["eligible.live gained 2026-03-01"]], // no age rule in the article
    ["tiktok_current", "eligible.live", false, []],
    ["tiktok_current", "eligible.creator_rewards", false, []],
    ["tiktok_current", "eligible.shop_affiliate", false, []],
    ["tiktok_current", "eligible.shop_affiliate", true, ["eligible.shop_affiliate gained 2026-03-01"]],
  ])("%s %s with 18+ %s", (set, ruleKey, isAdult, expected) => {
    expect(changes(history(set, [[0, 20_000, 200_000]], { isAdult }), ruleKey)).toEqual(expected);
  });

  test("the rule sets do not share eligibility keys they do not have", () => {
    const input = history("article", [[0, 20_000, 200_000]]);
    expect(detectAll("acc", input).stateChanges.map((c) => c.ruleKey)).toEqual([
      "eligible.creator_fund",
      "eligible.live",
    ]);
    const tiktok = history("tiktok_current", [[0, 20_000, 200_000]]);
    expect(detectAll("acc", tiktok).stateChanges.map((c) => c.ruleKey)).toEqual([
      "eligible.creator_rewards",
      "eligible.live",
      "eligible.shop_affiliate",
    ]);
  });
});

describe("the trailing-30-day window", () => {
  // 10,000 views reported on day 0, nothing after; the last reading decides how far we evaluate.
  test.each<[string, number, string[]]>([
    ["a 10,000-view day exactly 29 days before still counts", 29, ["eligible.live gained 2026-03-01"]],
    ["30 days before it no longer does", 30, ["eligible.live gained 2026-03-01", "eligible.live lost 2026-03-31"]],
    ["days after the latest reading are unknown, not zero", 10, ["eligible.live gained 2026-03-01"]],
  ])("%s", (_name, lastOffset, expected) => {
    expect(
      changes(
        history("article", [
          [0, 1_000, 10_000],
          [lastOffset, 1_000, 0],
        ]),
        "eligible.live",
      ),
    ).toEqual(expected);
  });

  test("the window's first day: views of day d−29 count on d, so a later big day gains it on that day", () => {
    const input = history("article", [
      [0, 1_000, 4_000],
      [29, 1_000, 6_000],
      [30, 1_000, 0],
    ]);
    expect(changes(input, "eligible.live")).toEqual([
      "eligible.live gained 2026-03-30",
      "eligible.live lost 2026-03-31",
    ]);
  });

  test("spread video gains feed the window (days posted+1 … reading), account readings give followers", () => {
    // 12,000 views spread over days 1…4 (3,000 a day); the window reaches 10,000 on day 4.
    const videos = [{ id: "v", postedOn: day(0), readings: [{ day: day(4), views: 12_000 }] }];
    expect(changes(history("article", [[0, 1_000]], { videos }), "eligible.live")).toEqual([
      "eligible.live gained 2026-03-05",
    ]);
  });

  test("followers before the first account reading are 0; between readings, the latest earlier one", () => {
    const videos = [
      {
        id: "v",
        postedOn: null,
        readings: [
          { day: day(0), views: 50_000 },
          { day: day(6), views: 50_001 },
        ],
      },
    ];
    const input = history(
      "article",
      [
        [3, 1_000],
        [5, 999],
      ],
      { videos },
    );
    expect(changes(input, "eligible.live")).toEqual([
      "eligible.live gained 2026-03-04",
      "eligible.live lost 2026-03-06",
    ]);
  });
});

describe("states are gained, lost and gained again", () => {
  test.each<[RuleSetKey, string, [number, number, number?][], string[]]>([
    [
      "article",
      "eligible.creator_fund",
      [
        [0, 9_000],
        [2, 10_000],
        [5, 9_999],
        [6, 9_999],
        [9, 10_500],
      ],
      [
        "eligible.creator_fund gained 2026-03-03",
        "eligible.creator_fund lost 2026-03-06",
        "eligible.creator_fund gained 2026-03-10",
      ],
    ],
    [
      "tiktok_current",
      "eligible.creator_rewards",
      [
        [0, 10_000, 100_000],
        [30, 10_000, 0],
        [31, 10_000, 100_000],
      ],
      [
        "eligible.creator_rewards gained 2026-03-01",
        "eligible.creator_rewards lost 2026-03-31",
        "eligible.creator_rewards gained 2026-04-01",
      ],
    ],
    [
      "tiktok_current",
      "eligible.shop_affiliate",
      [
        [0, 1_200],
        [1, 800],
        [2, 1_000],
      ],
      [
        "eligible.shop_affiliate gained 2026-03-01",
        "eligible.shop_affiliate lost 2026-03-02",
        "eligible.shop_affiliate gained 2026-03-03",
      ],
    ],
    [
      "article",
      "eligible.creator_fund",
      [
        [0, 10],
        [4, 20],
      ],
      [],
    ], // the initial "not eligible" is not an event
    ["article", "eligible.creator_fund", [], []],
  ])("%s %s", (set, ruleKey, readings, expected) => {
    expect(changes(history(set, readings), ruleKey)).toEqual(expected);
  });

  test("a day without a reading keeps the latest earlier followers (no loss in the gap)", () => {
    expect(
      changes(
        history("article", [
          [0, 10_000],
          [20, 10_000],
        ]),
        "eligible.creator_fund",
      ),
    ).toEqual(["eligible.creator_fund gained 2026-03-01"]);
  });
});
