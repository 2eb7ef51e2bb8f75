// The what-if calculator: a plain GET form (the figures are in the URL, so a result can be shared and
// works without JavaScript) and, when asked, the monthly range per stream and what would be crossed.
import { formatCount } from "@/lib/format";
import { formatMoneyRange } from "@/lib/earnings/format";
import { STREAM_LABELS } from "@/lib/earnings/rates";
import type { WhatIfResult } from "@/lib/earnings/what-if";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export interface WhatIfProps {
  values: { viewsPerDay: string; followers: string };
  errors: Partial<Record<"viewsPerDay" | "followers", string[]>>;
  result: WhatIfResult | null;
}

function appliesText(applies: boolean | null): string {
  if (applies === null) return "if you are eligible (enter followers to check)";
  return applies ? "counts" : "does not count with your settings";
}

export function WhatIf({ values, errors, result }: WhatIfProps) {
  return (
    <div className="space-y-4">
      <form method="get" noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
        <Field label="Views per day" name="viewsPerDay" inputMode="numeric" autoComplete="off" defaultValue={values.viewsPerDay} errors={errors.viewsPerDay} />
        <Field label="Followers (optional)" name="followers" inputMode="numeric" autoComplete="off" defaultValue={values.followers} errors={errors.followers} />
        <Button type="submit" className="sm:mt-6">
          Calculate
        </Button>
      </form>
      {result ? (
        <div className="space-y-3" aria-live="polite">
          <p className="text-sm text-slate-800">
            At {formatCount(result.views / result.days)} views a day, {formatCount(result.views)} views in {result.days} days:
          </p>
          <ul aria-label="What-if per stream" className="space-y-1 text-sm text-slate-800">
            {result.streams.map((s) => (
              <li key={s.stream}>
                <span className="font-medium">{STREAM_LABELS[s.stream]}</span>: <span className="tabular-nums">{formatMoneyRange(s.range.low, s.range.high)}</span> a month ({appliesText(s.applies)})
              </li>
            ))}
          </ul>
          <p className="text-sm font-semibold text-slate-900">
            With your settings: <span className="tabular-nums" data-testid="what-if-total">{formatMoneyRange(result.total.low, result.total.high)}</span> a month
          </p>
          {result.crossings.length ? (
            <ul aria-label="Milestones on the way" className="list-disc space-y-1 pl-5 text-sm text-slate-800">
              {result.crossings.map((c) => (
                <li key={c.key}>
                  {c.title} on day {c.day}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">No new view milestones within {result.days} days at this pace.</p>
          )}
          <ul aria-label="Eligibility after a month" className="space-y-1 text-sm text-slate-800">
            {result.states.map((s) => (
              <li key={s.key}>
                {s.title}: {s.holds === null ? "depends on your followers" : s.holds ? "yes" : "not yet"}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
