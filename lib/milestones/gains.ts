// Daily gains, per docs/domain.md "Words": a gain across a gap of k days is spread ⌊gain ÷ k⌋ a day, the last day
// the rest, so a video's gains always add up to its latest cumulative total. Negative gains stay negative.
// Maps hold only days whose value is not 0 (a missing day means 0) and iterate in ascending day order.
import type { Day } from "@/lib/time/days";
import { dayName, dayNumber } from "./day-math";
import type { AccountReadingInput, VideoGainAggregates, VideoHistoryInput } from "./types";

function addTo(map: Map<Day, number>, day: Day, amount: number): void {
  if (amount === 0) return;
  const sum = (map.get(day) ?? 0) + amount;
  if (sum === 0) map.delete(day);
  else map.set(day, sum);
}

/** Spreads `gain` over the days after `from` up to and including `to` (day numbers, from < to). */
function spread(gains: Map<Day, number>, from: number, to: number, gain: number): void {
  const days = to - from;
  const perDay = Math.floor(gain / days);
  if (perDay !== 0) for (let n = from + 1; n < to; n++) addTo(gains, dayName(n), perDay);
  addTo(gains, dayName(to), gain - perDay * (days - 1));
}

/**
 * One video's views gained per day. Views before the first reading are spread from the posted day (a reading
 * of 0) over the days after it up to the first reading; with no posted day, or one on or after the first
 * reading's day, they all land on the first reading's day. `video.readings` must be ascending, one per day.
 */
export function videoDailyGains(video: VideoHistoryInput): Map<Day, number> {
  const gains = new Map<Day, number>();
  const first = video.readings[0];
  if (first === undefined) return gains;
  let previousDay = dayNumber(first.day);
  let previousViews = first.views;
  const posted = video.postedOn === null ? null : dayNumber(video.postedOn);
  if (posted !== null && posted < previousDay) spread(gains, posted, previousDay, first.views);
  else addTo(gains, first.day, first.views);
  for (let i = 1; i < video.readings.length; i++) {
    const reading = video.readings[i]!;
    const day = dayNumber(reading.day);
    if (day <= previousDay)
      throw new Error(`video ${video.id}: readings must be ascending, one per day (${reading.day})`);
    spread(gains, previousDay, day, reading.views - previousViews);
    previousDay = day;
    previousViews = reading.views;
  }
  return gains;
}

/** Ascending copy of a day-keyed map. */
export function sortByDay<V>(map: ReadonlyMap<Day, V>): Map<Day, V> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The account-level aggregates of its videos: Σ daily gains per day, and the days with at least one real
 * video reading. Both are plain sums/unions over videos, so they can be maintained incrementally:
 * subtract a video's old videoDailyGains and add its new ones.
 */
export function aggregateVideoGains(videos: readonly VideoHistoryInput[]): VideoGainAggregates {
  const gainsByDay = new Map<Day, number>();
  const videoReadingDays = new Set<Day>();
  for (const video of videos) {
    for (const [day, gain] of videoDailyGains(video)) addTo(gainsByDay, day, gain);
    for (const reading of video.readings) videoReadingDays.add(reading.day);
  }
  return { gainsByDay: sortByDay(gainsByDay), videoReadingDays: new Set([...videoReadingDays].sort()) };
}

/**
 * Account views per day: the reported videoViews of the account reading where it has them, else the summed
 * video gains. Ascending by day; days with a reported value are kept even when it is 0.
 */
export function accountDailyViews(
  accountReadings: readonly AccountReadingInput[],
  gainsByDay: ReadonlyMap<Day, number>,
): Map<Day, number> {
  const views = new Map<Day, number>();
  for (const [day, gain] of gainsByDay) if (gain !== 0) views.set(day, gain);
  for (const reading of accountReadings) {
    if (reading.videoViews !== null) views.set(reading.day, reading.videoViews);
  }
  return sortByDay(views);
}
