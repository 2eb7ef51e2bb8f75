// "Next up": the next threshold of a series, progress toward it, and a projected day from the recent trend.
// Never a day in the past, never a projection from a flat or shrinking trend.
import type { Day } from "@/lib/time/days";
import { thresholdsFor } from "./catalog";
import { dayName, dayNumber } from "./day-math";
import { accountSeries, videoViewSeries } from "./series";
import type {
  AccountReadingInput,
  Crossing,
  GoalInput,
  Metric,
  RuleSetKey,
  SeriesPoint,
  VideoHistoryInput,
} from "./types";

export type Projection =
  { basis: "7-day" | "28-day"; day: Day } | { reason: "not enough data" | "not growing" | "reached" | "too far" };

export interface NextUp {
  current: number; // the latest reading (0 without readings)
  next: number | null; // the lowest threshold above current; null when every threshold is reached
  progress: number; // current ÷ next, clamped to 0…1; 1 when next is null
  projection: Projection;
}

export interface NextUpInput {
  readings: readonly SeriesPoint[]; // real readings, ascending by day
  thresholds: readonly number[];
  today: Day;
}

/** A span of N days ends at the latest reading and reaches back N days: readings on latest−N … latest. */
const SPANS = [
  { basis: "7-day", days: 7 },
  { basis: "28-day", days: 28 },
] as const;
const MIN_READINGS = 3;
/** Further out than this, a date is noise ("Jun 18, 2817"): the projection says "too far" instead. */
export const MAX_PROJECTION_DAYS = 3653; // about ten years
/** The longest span next up looks back over: what a caller must load before the latest reading. */
export const NEXT_UP_SPAN_DAYS = SPANS[SPANS.length - 1]!.days;

export function nextUp({ readings, thresholds, today }: NextUpInput): NextUp {
  const latest = readings.at(-1);
  const current = latest?.value ?? 0;
  const next = [...thresholds].sort((a, b) => a - b).find((t) => t > current) ?? null;
  const progress = next === null ? 1 : Math.min(1, Math.max(0, current / next));
  if (next === null) return { current, next, progress, projection: { reason: "reached" } };
  if (latest === undefined) return { current, next, progress, projection: { reason: "not enough data" } };

  const latestDay = dayNumber(latest.day);
  for (const span of SPANS) {
    const inSpan = readings.filter((r) => dayNumber(r.day) >= latestDay - span.days);
    if (inSpan.length < MIN_READINGS) continue; // fall back to the longer span
    const first = inSpan[0]!;
    const gain = current - first.value;
    const elapsed = latestDay - dayNumber(first.day);
    if (gain <= 0) return { current, next, progress, projection: { reason: "not growing" } };
    const projected = latestDay + Math.ceil(((next - current) * elapsed) / gain);
    if (projected - dayNumber(today) > MAX_PROJECTION_DAYS)
      return { current, next, progress, projection: { reason: "too far" } };
    const day = dayName(Math.max(projected, dayNumber(today)));
    return { current, next, progress, projection: { basis: span.basis, day } };
  }
  return { current, next, progress, projection: { reason: "not enough data" } };
}

/** Next up on a metric against the catalog thresholds of a rule set (thresholdsFor). */
export function nextUpForMetric(
  metric: Metric,
  readings: readonly SeriesPoint[],
  ruleSet: RuleSetKey,
  today: Day,
): NextUp {
  return nextUp({ readings, thresholds: thresholdsFor(metric, ruleSet), today });
}

/** The account's next-up panel: followers, total views and trailing-30-day views. */
export function accountNextUp(input: {
  ruleSet: RuleSetKey;
  accountReadings: readonly AccountReadingInput[];
  gainsByDay: ReadonlyMap<Day, number>;
  videoReadingDays: ReadonlySet<Day>;
  today: Day;
}): { followers: NextUp; views: NextUp; views30: NextUp } {
  const series = accountSeries(input.accountReadings, input.gainsByDay, input.videoReadingDays);
  return {
    followers: nextUpForMetric("account.followers", series.followers, input.ruleSet, input.today),
    views: nextUpForMetric("account.views", series.total, input.ruleSet, input.today),
    views30: nextUpForMetric("account.views30", series.trailing30, input.ruleSet, input.today),
  };
}

export function videoNextUp(ruleSet: RuleSetKey, video: VideoHistoryInput, today: Day): NextUp {
  return nextUpForMetric("video.views", videoViewSeries(video), ruleSet, today);
}

/** Next up toward a custom goal; `readings` is the series of the goal's metric (and video, for video.views). */
export function goalNextUp(goal: Pick<GoalInput, "threshold">, readings: readonly SeriesPoint[], today: Day): NextUp {
  return nextUp({ readings, thresholds: [goal.threshold], today });
}

export type GoalStatus = "achieved" | "on track" | "behind" | "no target date";

/**
 * achieved: crossed (or the latest reading is at the goal); no target date: nothing to be on track for;
 * on track: the projected day is on or before the target day; behind: otherwise — including a target day
 * already past, a flat or shrinking trend, and too few readings to project.
 */
export function goalStatus(
  goal: Pick<GoalInput, "targetDay">,
  crossing: Crossing | null,
  next: NextUp,
  today: Day,
): GoalStatus {
  if (crossing !== null || ("reason" in next.projection && next.projection.reason === "reached")) return "achieved";
  if (goal.targetDay === null) return "no target date";
  if (goal.targetDay < today) return "behind";
  return "day" in next.projection && next.projection.day <= goal.targetDay ? "on track" : "behind";
}
