import { describe, expect, test } from "vitest";
import type { TimelineItem } from "@/lib/models/timeline";
import { findRule, type StateRule } from "@/lib/milestones";
import {
  eligibilityPeriods,
  goalTitle,
  itemSentence,
  percent,
  periodText,
  projectionText,
  readingText,
  requirementText,
  sourceDate,
} from "@/lib/format/describe-milestones";

function item(over: Partial<TimelineItem>): TimelineItem {
  return {
    id: "1",
    kind: "crossed",
    day: "2026-11-20",
    ruleKey: "video.views.1k",
    category: "views",
    subject: { type: "video", id: "v1", label: "Morning routine" },
    value: 1250,
    reachedBy: false,
    goal: null,
    ...over,
  };
}

const none = new Map<string, string>();

describe("itemSentence and readingText", () => {
  test.each([
    [item({}), "Your video “Morning routine” reached 1,000 views", "Reading: 1,250 views"],
    [item({ ruleKey: "account.followers.1k", value: 1020 }), "You reached 1,000 followers", "Reading: 1,020 followers"],
    [
      item({ ruleKey: "account.views.10k", value: 10_400 }),
      "Your account reached 10,000 views",
      "Reading: 10,400 views",
    ],
    [
      item({ ruleKey: "unlock.analytics" }),
      "Your first video reached 1,000 views: detailed analytics unlocked",
      "Reading: 1,250 views",
    ],
    [
      item({ ruleKey: "ready.brand_deals", value: 10_000 }),
      "You reached 10,000 followers: ready for brand deals",
      "Reading: 10,000 followers",
    ],
    [item({ kind: "gained", ruleKey: "eligible.live", value: null }), "Eligible for LIVE", null],
    [item({ kind: "lost", ruleKey: "eligible.live", value: null }), "No longer eligible for LIVE", null],
  ])("%#: %s", (event, sentence, reading) => {
    const rule = findRule("article", event.ruleKey);
    expect(itemSentence(event, rule, none)).toBe(sentence);
    expect(readingText(event, rule)).toBe(reading);
  });

  test("a goal names its metric, its video and its label", () => {
    const goal = item({
      ruleKey: "goal",
      subject: { type: "goal", id: "g1", label: "Summer push" },
      goal: { metric: "video.views", threshold: 5000, targetDay: null, videoId: "v1" },
      value: 5100,
    });
    expect(itemSentence(goal, undefined, new Map([["v1", "Morning routine"]]))).toBe(
      "Goal reached: 5,000 views on “Morning routine” (“Summer push”)",
    );
    expect(readingText(goal, undefined)).toBe("Reading: 5,100 views");
  });
});

test.each([
  ["account.followers", "5,000 followers"],
  ["account.views", "5,000 total views"],
  ["account.views30", "5,000 views in the last 30 days"],
] as const)("goalTitle(%s)", (metric, title) => {
  expect(goalTitle(metric, 5000, null)).toBe(title);
});

describe("eligibility periods", () => {
  const changes = [
    item({ id: "a", kind: "gained", ruleKey: "eligible.live", day: "2026-11-01", value: null }),
    item({ id: "b", kind: "lost", ruleKey: "eligible.live", day: "2026-11-10", value: null }),
    item({ id: "c", kind: "gained", ruleKey: "eligible.live", day: "2026-11-20", value: null }),
    item({ id: "d", kind: "gained", ruleKey: "eligible.creator_fund", day: "2026-11-05", value: null }),
  ].reverse(); // the timeline is newest first

  test("a gain pairs with the next loss of the same rule; an open period is still eligible", () => {
    const periods = eligibilityPeriods(changes);
    expect(periodText("gained", periods.get("a")!)).toBe("Gained on Nov 1, 2026 · lost on Nov 10, 2026");
    expect(periodText("lost", periods.get("b")!)).toBe("Lost on Nov 10, 2026 · gained on Nov 1, 2026");
    expect(periodText("gained", periods.get("c")!)).toBe("Gained on Nov 20, 2026 · still eligible");
    expect(periodText("gained", periods.get("d")!)).toBe("Gained on Nov 5, 2026 · still eligible");
  });
});

test("requirementText lists the age rule and the conditions", () => {
  expect(requirementText(findRule("article", "eligible.live") as StateRule)).toBe(
    "Requires 1,000 followers and 10,000 views in the last 30 days.",
  );
  expect(requirementText(findRule("tiktok_current", "eligible.creator_rewards") as StateRule)).toBe(
    "Requires 18 or older, 10,000 followers and 100,000 views in the last 30 days.",
  );
});

test.each([
  [{ basis: "7-day", day: "2026-12-12" } as const, "Around Dec 12, 2026 at the 7-day pace"],
  [{ basis: "28-day", day: "2027-01-03" } as const, "Around Jan 3, 2027 at the 28-day pace"],
  [{ reason: "not enough data" } as const, "Not enough data yet — record at least 3 readings in a week"],
  [{ reason: "not growing" } as const, "Not growing right now"],
  [{ reason: "reached" } as const, "Reached"],
  [{ reason: "too far" } as const, "More than ten years away at the current pace"],
])("projectionText(%j)", (projection, text) => {
  expect(projectionText(projection)).toBe(text);
});

test.each([
  ["2022-11-23", "Nov 23, 2022"],
  ["2024-05", "May 2024"],
  ["2023", "2023"],
])("sourceDate(%s)", (date, text) => {
  expect(sourceDate(date)).toBe(text);
});

test.each([
  [0.999, 99],
  [1, 100],
  [1.5, 100],
  [-0.1, 0],
  [0.1, 10],
  [0.29, 29],
  [0.57, 57],
])("percent(%s) = %s", (progress, value) => {
  expect(percent(progress)).toBe(value);
});
