// Axis and tooltip text for charts: compact numbers and short dates.
import { formatCompact, formatCount } from "@/lib/format/numbers";
import type { Bucket } from "@/lib/models/dashboard";

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

export const compactTick = (value: number) => formatCompact(value);

/** "Nov 3" for days and weeks, "Nov 2026" for months. */
export function bucketTick(bucket: Bucket) {
  return (day: string) => (bucket === "month" ? monthFormat : dayFormat).format(new Date(`${day}T00:00:00Z`));
}

/** "Week of Nov 3", "Nov 2026", "Nov 3". */
export function bucketTitle(bucket: Bucket, day: string): string {
  const tick = bucketTick(bucket)(day);
  return bucket === "week" ? `Week of ${tick}` : tick;
}

/** "1.2k (1,234)": compact for reading, exact beside it when they differ. */
export function friendlyNumber(value: number): string {
  const compact = formatCompact(value);
  const exact = formatCount(value);
  return compact === exact ? exact : `${compact} (${exact})`;
}
