// The series milestones are dated on: real readings only, never interpolated days (docs/domain.md "Crossing semantics").
// They also feed "next up".
import type { Day } from "@/lib/time/days";
import { dayNumber, daysBetween } from "./day-math";
import { accountDailyViews } from "./gains";
import type { AccountReadingInput, GoalInput, SeriesPoint, VideoHistoryInput } from "./types";

/** Days in the trailing window of account.views30: d−29 … d. */
export const WINDOW_DAYS = 30;

/** A video's cumulative views on the days it was read. */
export function videoViewSeries(video: VideoHistoryInput): SeriesPoint[] {
  return video.readings.map((reading) => ({ day: reading.day, value: reading.views }));
}

/** Followers on the days the account was read. */
export function followerSeries(accountReadings: readonly AccountReadingInput[]): SeriesPoint[] {
  return accountReadings.map((reading) => ({ day: reading.day, value: reading.followers }));
}

/**
 * The days the account's views were really read: an account reading with videoViews, or a reading of any
 * of its videos. Ascending.
 */
export function accountViewDays(
  accountReadings: readonly AccountReadingInput[],
  videoReadingDays: ReadonlySet<Day>,
): Day[] {
  const days = new Set(videoReadingDays);
  for (const reading of accountReadings) if (reading.videoViews !== null) days.add(reading.day);
  return [...days].sort();
}

/**
 * Cumulative account views (Σ account views of every day ≤ d) and trailing-30-day views (Σ over d−29 … d),
 * each evaluated on the real reading days only.
 */
export function accountViewSeries(
  accountReadings: readonly AccountReadingInput[],
  gainsByDay: ReadonlyMap<Day, number>,
  videoReadingDays: ReadonlySet<Day>,
): { total: SeriesPoint[]; trailing30: SeriesPoint[] } {
  const daily = [...accountDailyViews(accountReadings, gainsByDay)].map(
    ([day, views]) => [dayNumber(day), views] as const,
  );
  const total: SeriesPoint[] = [];
  const trailing30: SeriesPoint[] = [];
  let upTo = 0; // index of the first daily entry after d
  let before = 0; // index of the first daily entry inside the window
  let sumUpTo = 0;
  let sumBefore = 0;
  for (const day of accountViewDays(accountReadings, videoReadingDays)) {
    const n = dayNumber(day);
    while (upTo < daily.length && daily[upTo]![0] <= n) sumUpTo += daily[upTo++]![1];
    while (before < daily.length && daily[before]![0] <= n - WINDOW_DAYS) sumBefore += daily[before++]![1];
    total.push({ day, value: sumUpTo });
    trailing30.push({ day, value: sumUpTo - sumBefore });
  }
  return { total, trailing30 };
}

/** The account's series on its real reading days: followers, cumulative views, trailing-30-day views. */
export interface AccountSeries {
  followers: SeriesPoint[];
  total: SeriesPoint[];
  trailing30: SeriesPoint[];
}

export function accountSeries(
  accountReadings: readonly AccountReadingInput[],
  gainsByDay: ReadonlyMap<Day, number>,
  videoReadingDays: ReadonlySet<Day>,
): AccountSeries {
  return {
    followers: followerSeries(accountReadings),
    ...accountViewSeries(accountReadings, gainsByDay, videoReadingDays),
  };
}

/**
 * The series a goal is measured on, and its origin (a video's posted day counts as a reading of 0).
 * A video.views goal whose video is not among `goalVideos` has no readings.
 */
export function goalSeries(
  goal: GoalInput,
  series: AccountSeries,
  goalVideos: readonly VideoHistoryInput[],
): { points: SeriesPoint[]; origin: Day | null } {
  switch (goal.metric) {
    case "account.followers":
      return { points: series.followers, origin: null };
    case "account.views":
      return { points: series.total, origin: null };
    case "account.views30":
      return { points: series.trailing30, origin: null };
    case "video.views": {
      const video = goalVideos.find((v) => v.id === goal.videoId);
      return video === undefined
        ? { points: [], origin: null }
        : { points: videoViewSeries(video), origin: video.postedOn };
    }
  }
}

export interface FirstCrossing {
  day: Day;
  value: number;
  reachedBy: boolean;
}

/**
 * The first point at or above `threshold` (inclusive). reachedBy: the point before it is more than a day older,
 * or there is none — the value was reached at some unknown time up to that day. `origin` is a day known to be
 * 0 before the first point (a video's posted day); it counts when it is not after the first point.
 */
export function firstCrossing(
  points: readonly SeriesPoint[],
  threshold: number,
  origin: Day | null = null,
): FirstCrossing | null {
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.value < threshold) continue;
    const before = i > 0 ? points[i - 1]!.day : origin !== null && origin <= point.day ? origin : null;
    return { day: point.day, value: point.value, reachedBy: before === null || daysBetween(before, point.day) > 1 };
  }
  return null;
}
