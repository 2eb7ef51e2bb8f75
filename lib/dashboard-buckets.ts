// The dashboard's buckets in TypeScript, for series computed outside SQL (the earnings estimate): the same
// first days as PostgreSQL's date_trunc (weeks start on Monday), clipped to the range's first day.
import { addDays, dayToDate, type Day } from "@/lib/days";
import type { Bucket } from "@/lib/db/dashboard";

export function bucketStart(day: Day, bucket: Bucket, from: Day | null): Day {
  let start = day;
  if (bucket === "month") start = `${day.slice(0, 7)}-01`;
  if (bucket === "week") start = addDays(day, -((dayToDate(day).getUTCDay() + 6) % 7));
  return from !== null && start < from ? from : start;
}

/** The last entry of each bucket within [from, to] (for running totals: the total at the bucket's end). */
export function lastPerBucket<T extends { day: Day }>(entries: readonly T[], bucket: Bucket, from: Day | null, to: Day): (T & { bucketDay: Day })[] {
  const byBucket = new Map<Day, T>();
  for (const entry of entries) {
    if ((from !== null && entry.day < from) || entry.day > to) continue;
    byBucket.set(bucketStart(entry.day, bucket, from), entry);
  }
  return [...byBucket].map(([bucketDay, entry]) => ({ ...entry, bucketDay }));
}
