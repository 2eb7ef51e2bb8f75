// The rule catalog as data: the milestones of docs/domain.md ("Milestones"), shared by both rule sets, plus each set's
// eligibility states. Thresholds are inclusive. Meanings paraphrase the source article unless a rule cites another source.
import { formatCount } from "@/lib/format/numbers";
import type { Metric, Rule, RuleSet, RuleSetKey, RuleSource, StateRule, ThresholdRule } from "./types";

const ARTICLE: RuleSource = {
  name: "What happens after 1000 views on TikTok? (the source article)",
  url: "https://www.restonyc.com/what-happens-after-1000-views-on-tiktok/",
  date: "2023", // undated; it predates the Creator Fund's closure on 2023-12-16
};
const TIKTOK_LIVE_AGE: RuleSource = {
  name: "TikTok: LIVE hosts must be 18 or older from 23 Nov 2022 (as reported by FOX 5 DC)",
  url: "https://fox5dc.com/news/tiktok-raises-age-requirement-for-live-adds-adult-only-streams",
  date: "2022-11-23",
};
const TIKTOK_CREATOR_REWARDS: RuleSource = {
  name: "TikTok Support: Creator Rewards Program",
  url: "https://support.tiktok.com/en/business-and-creator/creator-rewards-program/creator-rewards-program",
  date: "2024",
};
const TIKTOK_SHOP_AFFILIATE: RuleSource = {
  name: "TikTok lowers the threshold for creators to join its affiliate program (PYMNTS, after Bloomberg)",
  url: "https://www.pymnts.com/news/social-commerce/2024/tiktok-lowers-threshold-for-creators-to-join-affiliate-program",
  date: "2024-05",
};

const CREATOR_FUND_CLOSED =
  "The Creator Fund closed in the US, UK, Germany and France on 16 Dec 2023; the article predates that.";

/** 1000 → "1k", 1000000 → "1m": the suffix of a rule key. */
function keySuffix(threshold: number): string {
  if (threshold >= 1_000_000 && threshold % 1_000_000 === 0) return `${threshold / 1_000_000}m`;
  if (threshold >= 1_000 && threshold % 1_000 === 0) return `${threshold / 1_000}k`;
  return String(threshold);
}

function videoViews(threshold: number, meaning: string): ThresholdRule {
  return {
    type: "threshold",
    key: `video.views.${keySuffix(threshold)}`,
    category: "views",
    metric: "video.views",
    threshold,
    title: `${formatCount(threshold)} views on a video`,
    meaning,
    source: ARTICLE,
  };
}

function followers(threshold: number, meaning: string, note?: string): ThresholdRule {
  return {
    type: "threshold",
    key: `account.followers.${keySuffix(threshold)}`,
    category: "followers",
    metric: "account.followers",
    threshold,
    title: `${formatCount(threshold)} followers`,
    meaning,
    ...(note === undefined ? {} : { note }),
    source: ARTICLE,
  };
}

function accountViews(threshold: number): ThresholdRule {
  return {
    type: "threshold",
    key: `account.views.${keySuffix(threshold)}`,
    category: "views",
    metric: "account.views",
    threshold,
    title: `${formatCount(threshold)} views across your videos`,
    meaning: `Your videos have been watched ${formatCount(threshold)} times in all: that is your reach.`,
    source: ARTICLE,
  };
}

const COMMON_RULES: ThresholdRule[] = [
  videoViews(
    100,
    "A start, but still too low for any significant earnings: this is the phase to test and build foundations.",
  ),
  videoViews(
    1_000,
    "TikTok's algorithm starts recommending your videos more, and the first Creator Fund cents can come in.",
  ),
  videoViews(10_000, "Brands take notice: videos at this level make you an attractive partner for sponsorships."),
  videoViews(100_000, "Major earning potential: top videos like this can earn hundreds to thousands a month."),
  videoViews(1_000_000, "A million views: major earning potential through sponsorships, affiliates and LIVE gifts."),
  followers(100, "A first audience, though the article sees no revenue potential at this size yet."),
  followers(
    1_000,
    "Eligibility for monetization starts at this size.",
    "The article's table puts Creator Fund eligibility here; its main text says 10,000 followers, which the rules follow.",
  ),
  followers(10_000, "You can partner with brands."),
  followers(100_000, "Major sponsorship deals come within reach."),
  followers(1_000_000, "Top-tier brand deals and gifts."),
  accountViews(1_000),
  accountViews(10_000),
  accountViews(100_000),
  accountViews(1_000_000),
  accountViews(10_000_000),
  {
    type: "threshold",
    key: "unlock.analytics",
    category: "unlock",
    metric: "video.views.max",
    threshold: 1_000,
    title: "Detailed analytics",
    meaning:
      "With a video at 1,000 views you get more detailed analytics: traffic sources, audience demographics and engagement.",
    source: ARTICLE,
  },
  {
    type: "threshold",
    key: "ready.brand_deals",
    category: "unlock",
    metric: "account.followers",
    threshold: 10_000,
    title: "Ready for brand deals",
    meaning: "Brands start looking at accounts like yours: with 10,000 followers you can partner with them.",
    source: ARTICLE,
  },
];

const ARTICLE_STATES: StateRule[] = [
  {
    type: "state",
    key: "eligible.live",
    category: "eligibility",
    requiresAdult: false,
    conditions: [
      { metric: "account.followers", atLeast: 1_000 },
      { metric: "account.views30", atLeast: 10_000 },
    ],
    title: "LIVE",
    meaning: "You can now go LIVE and receive gifts from your viewers.",
    source: ARTICLE,
  },
  {
    type: "state",
    key: "eligible.creator_fund",
    category: "eligibility",
    requiresAdult: true,
    conditions: [{ metric: "account.followers", atLeast: 10_000 }],
    title: "Creator Fund",
    meaning:
      "You meet the Creator Fund's bar: 18 or older with 10,000 followers, paid by views (about 2–4 cents per 1,000).",
    note: CREATOR_FUND_CLOSED,
    source: ARTICLE,
  },
];

const TIKTOK_CURRENT_STATES: StateRule[] = [
  {
    type: "state",
    key: "eligible.live",
    category: "eligibility",
    requiresAdult: true,
    conditions: [{ metric: "account.followers", atLeast: 1_000 }],
    title: "LIVE",
    meaning: "You can now go LIVE and receive gifts from your viewers.",
    note: "TikTok raised the minimum age to host a LIVE from 16 to 18 on 23 Nov 2022.",
    source: TIKTOK_LIVE_AGE,
    effectiveFrom: "2022-11-23",
  },
  {
    type: "state",
    key: "eligible.creator_rewards",
    category: "eligibility",
    requiresAdult: true,
    conditions: [
      { metric: "account.followers", atLeast: 10_000 },
      { metric: "account.views30", atLeast: 100_000 },
    ],
    title: "Creator Rewards Program",
    meaning: "You can join the Creator Rewards Program, which pays for qualified views of videos longer than a minute.",
    note: "It replaced the Creator Fund, which closed in the US, UK, Germany and France on 16 Dec 2023.",
    source: TIKTOK_CREATOR_REWARDS,
  },
  {
    type: "state",
    key: "eligible.shop_affiliate",
    category: "eligibility",
    requiresAdult: true,
    conditions: [{ metric: "account.followers", atLeast: 1_000 }],
    title: "TikTok Shop affiliate",
    meaning: "You can earn commission by promoting TikTok Shop products in your videos.",
    note: "TikTok lowered this threshold from 5,000 followers in 2024.",
    source: TIKTOK_SHOP_AFFILIATE,
  },
];

export const RULE_SETS: Record<RuleSetKey, RuleSet> = {
  article: {
    key: "article",
    name: "Article",
    description: 'The numbers of the source article, "What happens after 1000 views on TikTok?".',
    rules: [...COMMON_RULES, ...ARTICLE_STATES],
  },
  tiktok_current: {
    key: "tiktok_current",
    name: "TikTok, current",
    description: "TikTok's public requirements from 2022 to 2025: LIVE, Creator Rewards and Shop affiliate.",
    rules: [...COMMON_RULES, ...TIKTOK_CURRENT_STATES],
  },
};

export const DEFAULT_RULE_SET: RuleSetKey = "article";

export function rulesFor(key: RuleSetKey): Rule[] {
  return RULE_SETS[key].rules;
}

/** The rule behind a stored event's ruleKey; undefined for "goal" and for keys the set does not have. */
export function findRule(ruleSetKey: RuleSetKey, ruleKey: string): Rule | undefined {
  return RULE_SETS[ruleSetKey].rules.find((rule) => rule.key === ruleKey);
}

/** The catalog's thresholds on a metric, ascending and distinct (threshold rules and state conditions): "next up". */
export function thresholdsFor(metric: Metric, ruleSetKey: RuleSetKey = DEFAULT_RULE_SET): number[] {
  const values = new Set<number>();
  for (const rule of RULE_SETS[ruleSetKey].rules) {
    if (rule.type === "threshold" && rule.metric === metric) values.add(rule.threshold);
    if (rule.type === "state") {
      for (const condition of rule.conditions) if (condition.metric === metric) values.add(condition.atLeast);
    }
  }
  return [...values].sort((a, b) => a - b);
}
