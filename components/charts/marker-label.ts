// Short labels for milestone markers on a chart: "10k followers", "LIVE gained".
import type { MilestoneMarker } from "@/lib/models/dashboard";

const STATE_NAMES: Record<string, string> = {
  "eligible.live": "LIVE",
  "eligible.creator_fund": "Creator Fund",
  "eligible.creator_rewards": "Creator Rewards",
  "eligible.shop_affiliate": "Shop affiliate",
};
const CROSSING_NAMES: Record<string, string> = {
  "unlock.analytics": "Analytics unlocked",
  "ready.brand_deals": "Brand deals",
};

export function markerLabel(marker: Pick<MilestoneMarker, "ruleKey" | "kind">): string {
  if (marker.kind !== "crossed") return `${STATE_NAMES[marker.ruleKey] ?? marker.ruleKey} ${marker.kind}`;
  if (CROSSING_NAMES[marker.ruleKey]) return CROSSING_NAMES[marker.ruleKey]!;
  const [subject, metric, threshold] = marker.ruleKey.split(".");
  if (!threshold) return marker.ruleKey;
  if (metric === "followers") return `${threshold} followers`;
  return subject === "video" ? `A video: ${threshold} views` : `${threshold} views`;
}

/** On one video's own chart the video goes without saying: "1k views". */
export function ownVideoMarkerLabel(marker: Pick<MilestoneMarker, "ruleKey" | "kind">): string {
  const [subject, metric, threshold] = marker.ruleKey.split(".");
  return subject === "video" && metric === "views" && threshold ? `${threshold} views` : markerLabel(marker);
}

/** Markers of the given rule prefixes, one label per bucket: the first event's, "+2" for two more (the list under the chart names them all). */
export function markersByBucket(
  markers: readonly MilestoneMarker[],
  prefixes: readonly string[],
  labelOf: (marker: MilestoneMarker) => string = markerLabel,
): { day: string; label: string }[] {
  const byDay = new Map<string, string[]>();
  for (const marker of markers) {
    if (!prefixes.some((p) => marker.ruleKey.startsWith(p))) continue;
    byDay.set(marker.bucketDay, [...(byDay.get(marker.bucketDay) ?? []), labelOf(marker)]);
  }
  return [...byDay].map(([day, labels]) => ({
    day,
    label: labels.length > 1 ? `${labels[0]} +${labels.length - 1}` : labels[0]!,
  }));
}

/**
 * Drops the labels of markers too close to the previous labelled one (closer than `minShare` of the series' points,
 * and never two buckets side by side),
 * so labels on a chart do not run into each other; the markers themselves stay.
 */
export function spacedLabels<T extends { day: string; label: string }>(
  markers: readonly T[],
  seriesDays: readonly string[],
  minShare = 1 / 4,
): (T & { showLabel: boolean })[] {
  const index = new Map(seriesDays.map((day, i) => [day, i]));
  const minGap = Math.max(2, Math.ceil(seriesDays.length * minShare));
  let last = -Infinity;
  return [...markers]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((marker) => {
      const at = index.get(marker.day) ?? -Infinity;
      const showLabel = at - last >= minGap;
      if (showLabel) last = at;
      return { ...marker, showLabel };
    });
}

/** Milestone dots on a cumulative line: one a bucket that has a point, at that point's total, labelled where there is room. */
export function cumulativeDots(
  markers: readonly MilestoneMarker[],
  prefixes: readonly string[],
  points: readonly { day: string; cumulative: number }[],
  labelOf: (marker: MilestoneMarker) => string = markerLabel,
): { day: string; label: string; showLabel: boolean; y: number }[] {
  const cumulativeOn = new Map(points.map((p) => [p.day, p.cumulative]));
  const onPoints = markersByBucket(markers, prefixes, labelOf).flatMap((m) => {
    const y = cumulativeOn.get(m.day);
    return y === undefined ? [] : [{ ...m, y }];
  });
  return spacedLabels(
    onPoints,
    points.map((p) => p.day),
  );
}

/** Recharts label props of a marker: none where spacedLabels left it out; `marker-label` hides it in a narrow chart (globals.css). */
export function markerLabelProps(
  marker: { label: string; showLabel: boolean },
  position: "top" | "insideTopLeft",
  fill: string,
) {
  return marker.showLabel
    ? { value: marker.label, position, fontSize: 11, fill, className: "marker-label" }
    : undefined;
}
