// The contract of the milestone detector (pure: no Next, no Prisma, no clock — "today" is a parameter).
// docs/domain.md ("Words", "Milestones", "Crossing semantics") is the spec; these types are how the code says it.
import type { Day } from "@/lib/time/days";

export type RuleSetKey = "article" | "tiktok_current";

/** What a threshold is measured on. */
export type Metric =
  | "video.views" //        one video's cumulative views (subject: the video)
  | "video.views.max" //    the highest cumulative views of any of the account's videos (unlock.analytics)
  | "account.followers" //  followers (latest reading on or before the day)
  | "account.views" //      cumulative account views: Σ account views of every day ≤ d
  | "account.views30"; //   trailing-30-day views: Σ account views over d−29 … d

export type RuleCategory = "views" | "followers" | "eligibility" | "unlock" | "goal";

export interface RuleSource {
  name: string; // "What happens after 1000 views on TikTok? (the source article)"
  url?: string;
  date: string; // when the rule was stated or last checked, "2023-06" or "2022-11-23"
}

/** Crossed once per subject, on the first day with a real reading ≥ threshold; kept when the value dips. */
export interface ThresholdRule {
  type: "threshold";
  key: string; // "video.views.1k", "account.followers.10k", "unlock.analytics", "ready.brand_deals"
  category: RuleCategory;
  metric: Metric;
  threshold: number; // inclusive
  title: string; // "1,000 views on a video"
  meaning: string; // one sentence: what it means or unlocks
  note?: string; // a caveat shown beside it ("the article's table says 1,000 followers")
  source: RuleSource;
}

/** A state on a sliding window: every condition holds on the day. Gained, lost and gained again. */
export interface StateRule {
  type: "state";
  key: string; // "eligible.live", "eligible.creator_fund", "eligible.creator_rewards", "eligible.shop_affiliate"
  category: "eligibility";
  requiresAdult: boolean; // the creator's "I am 18 or older" confirmation
  conditions: { metric: "account.followers" | "account.views30"; atLeast: number }[];
  title: string;
  meaning: string;
  note?: string; // "The Creator Fund closed in the US, UK, Germany and France on 16 Dec 2023 …"
  source: RuleSource;
  effectiveFrom?: Day; // e.g. the age rule for LIVE since 2022-11-23 (shown, not applied to history)
}

export type Rule = ThresholdRule | StateRule;

export interface RuleSet {
  key: RuleSetKey;
  name: string; // "Article" / "TikTok, current"
  description: string;
  rules: Rule[];
}

// ---- Inputs ----

export interface AccountReadingInput {
  day: Day;
  followers: number;
  /** That day's video views as the platform reports them (TikTok's Overview), when known. */
  videoViews: number | null;
}

export interface VideoReadingInput {
  day: Day;
  views: number; // cumulative
}

export interface VideoHistoryInput {
  id: string;
  postedOn: Day | null; // counts as a reading of 0 views
  readings: VideoReadingInput[]; // ascending by day, one per day
}

export interface GoalInput {
  id: string;
  metric: "account.followers" | "video.views" | "account.views" | "account.views30";
  videoId: string | null; // for video.views
  threshold: number;
  targetDay: Day | null;
}

/** Everything the detector needs about one account. */
export interface AccountHistoryInput {
  ruleSet: RuleSetKey;
  isAdult: boolean;
  accountReadings: AccountReadingInput[]; // ascending by day
  videos: VideoHistoryInput[];
  goals: GoalInput[];
}

/** The per-day aggregates of an account's videos (the persistence layer keeps these in a table). */
export interface VideoGainAggregates {
  gainsByDay: Map<Day, number>; // Σ daily gains of the account's videos; a missing day means 0
  videoReadingDays: Set<Day>; // days on which at least one video has a real reading
}

/** What detectAccountMilestones needs: account-level series, not every video's readings. */
export interface AccountMilestonesInput {
  ruleSet: RuleSet | RuleSetKey;
  isAdult: boolean;
  accountReadings: AccountReadingInput[]; // ascending by day
  gainsByDay: ReadonlyMap<Day, number>;
  videoReadingDays: ReadonlySet<Day>;
  videoCrossings: Crossing[]; // every video's crossings (unlock.analytics = the earliest video.views.1k)
  goals: GoalInput[];
  goalVideos: VideoHistoryInput[]; // the histories of the videos that goals name
}

/** One real reading of a series (followers, cumulative views, trailing-30-day views …). */
export interface SeriesPoint {
  day: Day;
  value: number;
}

// ---- Outputs ----

export type SubjectType = "account" | "video" | "goal";

/** A threshold rule (or goal) crossed by a subject. At most one per (ruleKey, subjectType, subjectId). */
export interface Crossing {
  ruleKey: string; // for goals: "goal"
  subjectType: SubjectType;
  subjectId: string; // the account id, video id or goal id
  day: Day; // the first day with a real reading ≥ threshold
  value: number; // that reading
  /** The reading before it is more than a day older: the timeline says "reached by" this day. */
  reachedBy: boolean;
}

/** An eligibility state gained or lost by the account on a day. At most one per (ruleKey, day). */
export interface StateChange {
  ruleKey: string;
  kind: "gained" | "lost";
  day: Day;
}

export interface Detection {
  crossings: Crossing[];
  stateChanges: StateChange[];
}
