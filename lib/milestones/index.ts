// The milestone detector's public API. Pure: no Next, no Prisma, no clock ("today" is a parameter).
export * from "./types";
export { DEFAULT_RULE_SET, RULE_SETS, findRule, rulesFor, thresholdsFor } from "./catalog";
export { accountDailyViews, aggregateVideoGains, sortByDay, videoDailyGains } from "./gains";
export {
  WINDOW_DAYS,
  accountSeries,
  accountViewDays,
  accountViewSeries,
  firstCrossing,
  followerSeries,
  goalSeries,
  videoViewSeries,
  type AccountSeries,
  type FirstCrossing,
} from "./series";
export { detectStateChanges, readingSpan } from "./states";
export {
  compareCrossings,
  compareStateChanges,
  detectAccountMilestones,
  detectAll,
  detectVideoCrossings,
  resolveRuleSet,
  sortDetection,
} from "./detect";
export {
  NEXT_UP_SPAN_DAYS,
  accountNextUp,
  goalNextUp,
  goalStatus,
  nextUp,
  nextUpForMetric,
  videoNextUp,
  type GoalStatus,
  type NextUp,
  type NextUpInput,
  type Projection,
} from "./next-up";
export {
  accountNextUps,
  goalStanding,
  videoNextUpOf,
  type AccountNextUp,
  type GoalStanding,
  type NextUpInputs,
  type NextUpVideo,
  type VideoNextUp,
} from "./next-up-inputs";
export { TIMELINE_CATEGORIES, crossingCategory, ruleKeysOf, type TimelineCategory } from "./timeline";
