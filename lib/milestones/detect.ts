// The detector, composed so persistence can run it per subject: detectVideoCrossings for the video that changed,
// detectAccountMilestones from the account's readings and the per-day video aggregates. detectAll is the full
// recomputation; detection after any write must equal it.
import { RULE_SETS } from "./catalog";
import { compareStrings } from "./day-math";
import { accountDailyViews, aggregateVideoGains } from "./gains";
import { accountSeries, firstCrossing, goalSeries, videoViewSeries, type FirstCrossing } from "./series";
import { detectStateChanges } from "./states";
import type {
  AccountHistoryInput,
  AccountMilestonesInput,
  Crossing,
  Detection,
  RuleSet,
  RuleSetKey,
  StateChange,
  StateRule,
  SubjectType,
  ThresholdRule,
  VideoHistoryInput,
} from "./types";

export function resolveRuleSet(ruleSet: RuleSet | RuleSetKey): RuleSet {
  return typeof ruleSet === "string" ? RULE_SETS[ruleSet] : ruleSet;
}

function thresholdRules(ruleSet: RuleSet): ThresholdRule[] {
  return ruleSet.rules.filter((rule): rule is ThresholdRule => rule.type === "threshold");
}

function crossing(ruleKey: string, subjectType: SubjectType, subjectId: string, found: FirstCrossing): Crossing {
  return { ruleKey, subjectType, subjectId, day: found.day, value: found.value, reachedBy: found.reachedBy };
}

/** By day, then ruleKey, subjectId, subjectType (code-unit order): the same output on every machine. */
export function compareCrossings(a: Crossing, b: Crossing): number {
  return (
    compareStrings(a.day, b.day) ||
    compareStrings(a.ruleKey, b.ruleKey) ||
    compareStrings(a.subjectId, b.subjectId) ||
    compareStrings(a.subjectType, b.subjectType)
  );
}

export function compareStateChanges(a: StateChange, b: StateChange): number {
  return compareStrings(a.day, b.day) || compareStrings(a.ruleKey, b.ruleKey);
}

export function sortDetection(detection: Detection): Detection {
  return {
    crossings: [...detection.crossings].sort(compareCrossings),
    stateChanges: [...detection.stateChanges].sort(compareStateChanges),
  };
}

/** video.views.* of one video (subjectType "video"); its posted day counts as a reading of 0 for "reached by". */
export function detectVideoCrossings(ruleSet: RuleSet | RuleSetKey, video: VideoHistoryInput): Crossing[] {
  const points = videoViewSeries(video);
  const crossings: Crossing[] = [];
  for (const rule of thresholdRules(resolveRuleSet(ruleSet))) {
    if (rule.metric !== "video.views") continue;
    const found = firstCrossing(points, rule.threshold, video.postedOn);
    if (found !== null) crossings.push(crossing(rule.key, "video", video.id, found));
  }
  return crossings.sort(compareCrossings);
}

/** video.views.max: the earliest crossing of the video rule with the same threshold (ties: the lowest video id). */
function maxVideoCrossing(
  ruleSet: RuleSet,
  rule: ThresholdRule,
  videoCrossings: readonly Crossing[],
): FirstCrossing | null {
  const videoRule = thresholdRules(ruleSet).find((r) => r.metric === "video.views" && r.threshold === rule.threshold);
  if (videoRule === undefined)
    throw new Error(`${rule.key}: the rule set has no video.views rule at ${rule.threshold}`);
  let earliest: Crossing | null = null;
  for (const candidate of videoCrossings) {
    if (candidate.ruleKey !== videoRule.key || candidate.subjectType !== "video") continue;
    if (earliest === null || compareCrossings(candidate, earliest) < 0) earliest = candidate;
  }
  return earliest;
}

/**
 * Everything but the per-video crossings: followers and account.views thresholds, unlock.analytics,
 * ready.brand_deals, custom goals (subjectType "goal", ruleKey "goal") and the rule set's eligibility states.
 */
export function detectAccountMilestones(accountId: string, input: AccountMilestonesInput): Detection {
  const ruleSet = resolveRuleSet(input.ruleSet);
  const series = accountSeries(input.accountReadings, input.gainsByDay, input.videoReadingDays);
  const crossings: Crossing[] = [];

  for (const rule of thresholdRules(ruleSet)) {
    let found: FirstCrossing | null;
    switch (rule.metric) {
      case "video.views":
        continue; // per video: detectVideoCrossings
      case "video.views.max":
        found = maxVideoCrossing(ruleSet, rule, input.videoCrossings);
        break;
      case "account.followers":
        found = firstCrossing(series.followers, rule.threshold);
        break;
      case "account.views":
        found = firstCrossing(series.total, rule.threshold);
        break;
      case "account.views30":
        found = firstCrossing(series.trailing30, rule.threshold);
        break;
    }
    if (found !== null) crossings.push(crossing(rule.key, "account", accountId, found));
  }

  for (const goal of input.goals) {
    const { points, origin } = goalSeries(goal, series, input.goalVideos);
    const found = firstCrossing(points, goal.threshold, origin);
    if (found !== null) crossings.push(crossing("goal", "goal", goal.id, found));
  }

  const states = ruleSet.rules.filter((rule): rule is StateRule => rule.type === "state");
  const dailyViews = accountDailyViews(input.accountReadings, input.gainsByDay);
  const stateChanges = detectStateChanges(
    states,
    input.isAdult,
    input.accountReadings,
    dailyViews,
    input.videoReadingDays,
  );
  return sortDetection({ crossings, stateChanges });
}

/** The full recomputation from all of an account's readings. */
export function detectAll(accountId: string, input: AccountHistoryInput): Detection {
  const ruleSet = RULE_SETS[input.ruleSet];
  const videoCrossings = input.videos.flatMap((video) => detectVideoCrossings(ruleSet, video));
  const { gainsByDay, videoReadingDays } = aggregateVideoGains(input.videos);
  const goalVideoIds = new Set(input.goals.map((goal) => goal.videoId));
  const account = detectAccountMilestones(accountId, {
    ruleSet,
    isAdult: input.isAdult,
    accountReadings: input.accountReadings,
    gainsByDay,
    videoReadingDays,
    videoCrossings,
    goals: input.goals,
    goalVideos: input.videos.filter((video) => goalVideoIds.has(video.id)),
  });
  return sortDetection({ crossings: [...videoCrossings, ...account.crossings], stateChanges: account.stateChanges });
}
