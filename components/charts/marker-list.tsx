// The milestones a chart marks, as text under the chart: all of them, also where the chart hides or leaves out labels.
import type { MilestoneMarker } from "@/lib/models/dashboard";
import { formatDay } from "@/lib/time/days";
import { markerLabel } from "./marker-label";

export function MarkerList({
  markers,
  prefixes,
  label,
  labelOf = markerLabel,
}: {
  markers: readonly MilestoneMarker[];
  prefixes: readonly string[];
  label: string;
  labelOf?: (marker: MilestoneMarker) => string;
}) {
  const shown = markers.filter((m) => prefixes.some((p) => m.ruleKey.startsWith(p)));
  if (!shown.length) return null;
  return (
    <ul aria-label={label} className="mt-2 space-y-0.5 text-xs text-slate-700">
      {shown.map((m) => (
        <li key={`${m.day}-${m.ruleKey}-${m.kind}`}>
          <span className="font-medium text-slate-900">{labelOf(m)}</span> · {formatDay(m.day)}
        </li>
      ))}
    </ul>
  );
}
