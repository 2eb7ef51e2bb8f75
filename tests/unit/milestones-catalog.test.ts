import { describe, expect, test } from "vitest";
import { findRule, RULE_SETS, rulesFor, thresholdsFor } from "@/lib/milestones/catalog";
import type { Rule, RuleSetKey } from "@/lib/milestones/types";

const SETS: RuleSetKey[] = ["article", "tiktok_current"];

function summary(rule: Rule): string {
  if (rule.type === "threshold") return `${rule.key} ${rule.metric}>=${rule.threshold}`;
  const conditions = rule.conditions.map((c) => `${c.metric}>=${c.atLeast}`).join(" & ");
  return `${rule.key} ${rule.requiresAdult ? "18+ & " : ""}${conditions}`;
}

const COMMON = [
  "video.views.100 video.views>=100",
  "video.views.1k video.views>=1000",
  "video.views.10k video.views>=10000",
  "video.views.100k video.views>=100000",
  "video.views.1m video.views>=1000000",
  "account.followers.100 account.followers>=100",
  "account.followers.1k account.followers>=1000",
  "account.followers.10k account.followers>=10000",
  "account.followers.100k account.followers>=100000",
  "account.followers.1m account.followers>=1000000",
  "account.views.1k account.views>=1000",
  "account.views.10k account.views>=10000",
  "account.views.100k account.views>=100000",
  "account.views.1m account.views>=1000000",
  "account.views.10m account.views>=10000000",
  "unlock.analytics video.views.max>=1000",
  "ready.brand_deals account.followers>=10000",
];

describe("the rule catalog", () => {
  test.each([
    [
      "article" as const,
      [
        ...COMMON,
        "eligible.live account.followers>=1000 & account.views30>=10000",
        "eligible.creator_fund 18+ & account.followers>=10000",
      ],
    ],
    [
      "tiktok_current" as const,
      [
        ...COMMON,
        "eligible.live 18+ & account.followers>=1000",
        "eligible.creator_rewards 18+ & account.followers>=10000 & account.views30>=100000",
        "eligible.shop_affiliate 18+ & account.followers>=1000",
      ],
    ],
  ])("%s holds exactly its rules", (key, expected) => {
    expect(rulesFor(key).map(summary)).toEqual(expected);
    expect(RULE_SETS[key].key).toBe(key);
  });

  test.each(SETS)("every rule of %s has a unique key, a title, a one-sentence meaning and a dated source", (key) => {
    const rules = rulesFor(key);
    expect(new Set(rules.map((r) => r.key)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.meaning).toMatch(/^[A-Z].*\.$/);
      expect(rule.meaning.slice(0, -1)).not.toMatch(/\.\s/);
      expect(rule.source.name.length).toBeGreaterThan(0);
      expect(rule.source.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  test.each([
    ["video.views.1k", "1,000 views on a video"],
    ["account.followers.10k", "10,000 followers"],
    ["account.views.10m", "10,000,000 views across your videos"],
  ])("%s is titled %j", (ruleKey, title) => {
    expect(findRule("article", ruleKey)?.title).toBe(title);
  });

  test.each([
    ["article" as const, "eligible.live", "You can now go LIVE and receive gifts from your viewers."],
    [
      "article" as const,
      "ready.brand_deals",
      "Brands start looking at accounts like yours: with 10,000 followers you can partner with them.",
    ],
  ])("%s %s means %j", (set, ruleKey, meaning) => {
    expect(findRule(set, ruleKey)?.meaning).toBe(meaning);
  });

  test("the Creator Fund's closure is noted; the TikTok LIVE age rule carries its date", () => {
    expect(findRule("article", "eligible.creator_fund")?.note).toContain("16 Dec 2023");
    const live = findRule("tiktok_current", "eligible.live");
    expect(live?.type === "state" && live.effectiveFrom).toBe("2022-11-23");
    expect(live?.source.date).toBe("2022-11-23");
  });

  test.each([
    ["article" as const, "goal"],
    ["article" as const, "eligible.creator_rewards"],
    ["tiktok_current" as const, "eligible.creator_fund"],
  ])("findRule(%s, %s) is undefined", (set, ruleKey) => {
    expect(findRule(set, ruleKey)).toBeUndefined();
  });

  test.each([
    ["video.views" as const, "article" as const, [100, 1_000, 10_000, 100_000, 1_000_000]],
    ["account.followers" as const, "article" as const, [100, 1_000, 10_000, 100_000, 1_000_000]],
    ["account.views" as const, "article" as const, [1_000, 10_000, 100_000, 1_000_000, 10_000_000]],
    ["account.views30" as const, "article" as const, [10_000]],
    ["account.views30" as const, "tiktok_current" as const, [100_000]],
    ["video.views.max" as const, "tiktok_current" as const, [1_000]],
  ])("thresholdsFor(%s, %s)", (metric, set, expected) => {
    expect(thresholdsFor(metric, set)).toEqual(expected);
  });

  test("thresholdsFor defaults to the article set", () => {
    expect(thresholdsFor("account.views30")).toEqual([10_000]);
  });
});
