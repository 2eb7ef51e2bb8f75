// "Next up": per series, the current value, the next threshold, progress and the projected day.
import Link from "next/link";
import { formatCount } from "@/lib/format/numbers";
import type { NextUp } from "@/lib/milestones";
import { percent, projectionText, type Unit } from "@/lib/format/describe-milestones";
import { ProgressBar } from "./progress-bar";

export interface NextUpRow {
  id: string;
  name: string;
  /** The progress bar's accessible name: "Followers progress". */
  progressLabel: string;
  unit: Unit;
  href?: string;
  nextUp: NextUp;
}

export function NextUpPanel({ rows }: { rows: NextUpRow[] }) {
  return (
    <ul aria-label="Next up" className="divide-y divide-slate-100">
      {rows.map((row) => (
        <li key={row.id} className="py-3 first:pt-0 last:pb-0">
          <NextUpLine row={row} />
        </li>
      ))}
    </ul>
  );
}

/** One series: "Followers — 1,020 of 10,000 followers · 10%", the bar, and the projection. */
export function NextUpLine({ row }: { row: NextUpRow }) {
  const { current, next, progress, projection } = row.nextUp;
  const amount =
    next === null
      ? `${formatCount(current)} ${row.unit}, every milestone reached`
      : `${formatCount(current)} of ${formatCount(next)} ${row.unit}`;
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
        <p className="min-w-0 break-words font-medium text-slate-900">
          {row.href ? (
            <Link href={row.href} className="text-indigo-800 underline">
              {row.name}
            </Link>
          ) : (
            row.name
          )}
        </p>
        <p className="text-sm tabular-nums text-slate-800">
          {amount} · {percent(progress)}%
        </p>
      </div>
      <ProgressBar label={row.progressLabel} progress={progress} valueText={amount} />
      <p className="text-sm text-slate-700">{projectionText(projection)}</p>
    </div>
  );
}
