// Short labels for milestone markers on a chart: "10k followers", "LIVE gained".
import type { MilestoneMarker } from "@/lib/db/dashboard";

const STATE_NAMES: Record<string, string> = {
  "eligible.live": "LIVE",
  "eligible.creator_fund": "Creator Fund",
  "eligible.creator_rewards": "Creator Rewards",
  "eligible.shop_affiliate": "Shop affiliate",
};
const CROSSING_NAMES: Record<string, string> = { "unlock.analytics": "Analytics unlocked", "ready.brand_deals": "Brand deals" };

export function markerLabel(marker: Pick<MilestoneMarker, "ruleKey" | "kind">): string {
  if (marker.kind !== "crossed") return `${STATE_NAMES[marker.ruleKey] ?? marker.ruleKey} ${marker.kind}`;
  if (CROSSING_NAMES[marker.ruleKey]) return CROSSING_NAMES[marker.ruleKey]!;
  const [subject, metric, threshold] = marker.ruleKey.split(".");
  if (!threshold) return marker.ruleKey;
  if (metric === "followers") return `${threshold} followers`;
  return subject === "video" ? `A video: ${threshold} views` : `${threshold} views`;
}

/** Markers of the given rule prefixes, one label per bucket (several events in a bucket are joined). */
export function markersByBucket(markers: readonly MilestoneMarker[], prefixes: readonly string[]): { day: string; label: string }[] {
  const byDay = new Map<string, string[]>();
  for (const marker of markers) {
    if (!prefixes.some((p) => marker.ruleKey.startsWith(p))) continue;
    byDay.set(marker.bucketDay, [...(byDay.get(marker.bucketDay) ?? []), markerLabel(marker)]);
  }
  return [...byDay].map(([day, labels]) => ({ day, label: labels.join(", ") }));
}
