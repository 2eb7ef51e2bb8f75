// The dashboard's ranges and buckets: the bucket each range is drawn in and its first day, and the buckets in
// TypeScript for series computed outside SQL (the earnings estimate): the same first days as PostgreSQL's date_trunc
// (weeks start on Monday), clipped to the range's first day.
import { addDays, dayToDate, type Day } from "@/lib/time/days";
import type { Bucket, DashboardRange, EarningsPoint } from "@/lib/models/dashboard";
import type { DayEstimate, StreamRanges } from "@/lib/earnings";

/** 30 and 90 days by day, a year by week, all by month: ≤ 90 points a series for any history. */
export const BUCKET_OF_RANGE: Record<DashboardRange, Bucket> = {
  "30d": "day",
  "90d": "day",
  "1y": "week",
  all: "month",
};
const DAYS_OF_RANGE: Record<Exclude<DashboardRange, "all">, number> = { "30d": 30, "90d": 90, "1y": 365 };

/** The first day a range covers, ending on `to` (inclusive); null for all of history. */
export function rangeStart(range: DashboardRange, to: Day): Day | null {
  return range === "all" ? null : addDays(to, 1 - DAYS_OF_RANGE[range]);
}

export function bucketStart(day: Day, bucket: Bucket, from: Day | null): Day {
  let start = day;
  if (bucket === "month") start = `${day.slice(0, 7)}-01`;
  if (bucket === "week") start = addDays(day, -((dayToDate(day).getUTCDay() + 6) % 7));
  return from !== null && start < from ? from : start;
}

/** The last entry of each bucket within [from, to] (for running totals: the total at the bucket's end). */
export function lastPerBucket<T extends { day: Day }>(
  entries: readonly T[],
  bucket: Bucket,
  from: Day | null,
  to: Day,
): (T & { bucketDay: Day })[] {
  const byBucket = new Map<Day, T>();
  for (const entry of entries) {
    if ((from !== null && entry.day < from) || entry.day > to) continue;
    byBucket.set(bucketStart(entry.day, bucket, from), entry);
  }
  return [...byBucket].map(([bucketDay, entry]) => ({ ...entry, bucketDay }));
}

const NO_STREAMS: StreamRanges = {
  creator_fund: { low: 0, high: 0 },
  sponsorships: { low: 0, high: 0 },
  affiliate: { low: 0, high: 0 },
};

/**
 * The earnings chart's points: every bucket that has an estimate or logged income, both carried forward as running
 * totals (a bucket without views keeps the estimate so far; one without income keeps the income so far).
 * `estimates` are all of the account's running daily estimates; `income` the range's buckets from the database.
 */
export function earningsSeries(
  estimates: readonly DayEstimate[],
  income: readonly { day: Day; cumulative: number }[],
  incomeBefore: number,
  bucket: Bucket,
  from: Day | null,
  to: Day,
): EarningsPoint[] {
  const estimateAt = new Map(lastPerBucket(estimates, bucket, from, to).map((e) => [e.bucketDay, e]));
  const incomeAt = new Map(income.map((i) => [i.day, i.cumulative]));
  const days = [...new Set([...estimateAt.keys(), ...incomeAt.keys()])].sort();
  let estimate = from === null ? undefined : estimates.findLast((e) => e.day < from);
  let logged = incomeBefore;
  return days.map((day) => {
    estimate = estimateAt.get(day) ?? estimate;
    logged = incomeAt.get(day) ?? logged;
    return {
      day,
      low: estimate?.total.low ?? 0,
      high: estimate?.total.high ?? 0,
      streams: estimate?.streams ?? NO_STREAMS,
      logged,
    };
  });
}
