import { describe, expect, test } from "vitest";
import { RULE_SETS } from "@/lib/milestones";
import { crossingCategory, ruleKeysOf, TIMELINE_CATEGORIES } from "@/lib/milestones/timeline";

describe("timeline categories", () => {
  test("are views, followers, eligibility and goals", () => {
    expect(TIMELINE_CATEGORIES).toEqual(["views", "followers", "eligibility", "goals"]);
  });

  test.each<[string, "account" | "video" | "goal", string]>([
    ["video.views.1k", "video", "views"],
    ["account.views.10k", "account", "views"],
    ["unlock.analytics", "account", "views"], // video.views.max is a view metric
    ["account.followers.1k", "account", "followers"],
    ["ready.brand_deals", "account", "followers"], // a threshold on followers, whatever its catalog category
    ["goal", "goal", "goals"],
    ["account.followers.1k", "goal", "goals"], // a goal's crossing is the goal's, whatever its key
  ])("%s on a %s is %s", (ruleKey, subjectType, category) => {
    expect(crossingCategory(ruleKey, subjectType)).toBe(category);
  });

  test("the rule keys of a category cover both rule sets' thresholds, each in one category", () => {
    const views = ruleKeysOf("views");
    const followers = ruleKeysOf("followers");
    expect(views).toContain("video.views.1m");
    expect(views).toContain("account.views.10m");
    expect(followers).toEqual(expect.arrayContaining(["account.followers.100", "ready.brand_deals"]));
    expect(views.filter((key) => followers.includes(key))).toEqual([]);
    const thresholds = Object.values(RULE_SETS).flatMap((set) => set.rules.filter((r) => r.type === "threshold"));
    for (const rule of thresholds) expect([...views, ...followers]).toContain(rule.key);
    // Eligibility rules are states, never crossings.
    expect([...views, ...followers].some((key) => key.startsWith("eligible."))).toBe(false);
  });
});
