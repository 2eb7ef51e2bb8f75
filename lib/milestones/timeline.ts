// The timeline's categories: which kind of milestone an event is, by its rule key and subject. A rule key keeps its
// category whichever rule set the account uses; goals are their own category, eligibility changes theirs.
import { RULE_SETS } from "./catalog";
import type { Metric, SubjectType } from "./types";

export const TIMELINE_CATEGORIES = ["views", "followers", "eligibility", "goals"] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

const VIEW_METRICS: readonly Metric[] = ["video.views", "video.views.max", "account.views", "account.views30"];

function collectRuleKeys(category: "views" | "followers"): string[] {
  const keys = new Set<string>();
  for (const set of Object.values(RULE_SETS)) {
    for (const rule of set.rules) {
      if (rule.type !== "threshold") continue;
      if (category === "views" ? VIEW_METRICS.includes(rule.metric) : rule.metric === "account.followers")
        keys.add(rule.key);
    }
  }
  return [...keys];
}

const RULE_KEYS = { views: collectRuleKeys("views"), followers: collectRuleKeys("followers") } as const;

/** The threshold rule keys of both rule sets in a category (a filter on crossings). */
export function ruleKeysOf(category: "views" | "followers"): readonly string[] {
  return RULE_KEYS[category];
}

/** The category of a crossing: a goal's is "goals", a follower threshold's "followers", any other "views". */
export function crossingCategory(ruleKey: string, subjectType: SubjectType): Exclude<TimelineCategory, "eligibility"> {
  return subjectType === "goal" ? "goals" : RULE_KEYS.followers.includes(ruleKey) ? "followers" : "views";
}
