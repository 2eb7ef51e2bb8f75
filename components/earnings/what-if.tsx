// The what-if calculator: a plain GET form (the figures are in the URL, so a result can be shared and
// works without JavaScript) and, when asked, the monthly range per stream, what would be reached on the
// way (in day order) and when each eligibility would be gained.
import { formatCount } from "@/lib/format/numbers";
import { formatMoneyRange } from "@/lib/earnings/format";
import { STREAM_LABELS } from "@/lib/earnings/rates";
import type { WhatIfCondition, WhatIfEvent, WhatIfResult, WhatIfState, WhatIfStream } from "@/lib/earnings/what-if";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export interface WhatIfProps {
  values: { viewsPerDay: string; followers: string };
  errors: Partial<Record<"viewsPerDay" | "followers", string[]>>;
  result: WhatIfResult | null;
}

function streamNote(s: WhatIfStream, days: number): string {
  switch (s.notCounted) {
    case "off":
      return "not counted: turned off in your rates";
    case "not_enrolled":
      return "not counted: you are not enrolled";
    case "not_eligible":
      return `not counted: not eligible within ${days} days`;
    case "depends_on_followers":
      return "not counted: depends on your followers, enter them to check";
    case null:
      return s.daysApplied === days
        ? "counted"
        : `counted for the ${s.daysApplied} of ${days} days you would be eligible`;
  }
}

function conditionText(condition: WhatIfCondition): string {
  if (condition.kind === "adult") return "your 18+ confirmation (in Settings)";
  if (condition.kind === "followers") return `${formatCount(condition.atLeast)} followers`;
  return `${formatCount(condition.atLeast)} views in 30 days`;
}

const andList = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "from day 12", "from the start", "not within 30 days — needs 1,000 followers", "depends on your followers: …". */
function stateText(state: WhatIfState, result: WhatIfResult): string {
  const parts: string[] = state.heldNow ? ["from the start"] : [];
  for (const change of state.changes)
    parts.push(change.kind === "gained" ? `from day ${change.day}` : `lost on day ${change.day}`);
  let text = parts.length ? parts.join(", ") : `not within ${result.days} days`;
  if (!state.heldAtEnd && state.missing.length) {
    const needs = state.missing.map((c) =>
      c.kind === "views30"
        ? `${conditionText(c)} (${formatCount(result.views30End)} on day ${result.days})`
        : conditionText(c),
    );
    text += ` — needs ${andList(needs)}`;
  }
  if (state.ifFollowers === null) return text;
  return `depends on your followers: with ${formatCount(state.ifFollowers)} followers, ${text}`;
}

function eventText(event: WhatIfEvent): string {
  const what =
    event.kind === "crossed"
      ? `${event.title}${event.bestCase ? " (best case)" : ""}`
      : event.kind === "gained"
        ? `eligible for ${event.title}`
        : `no longer eligible for ${event.title}, as older views leave the 30-day window`;
  const condition = event.ifFollowers === null ? "" : `, if you have ${formatCount(event.ifFollowers)} followers`;
  return `Day ${event.day}: ${what}${condition}`;
}

export function WhatIf({ values, errors, result }: WhatIfProps) {
  const counted = result?.streams.filter((s) => s.notCounted === null).map((s) => STREAM_LABELS[s.stream]) ?? [];
  return (
    <div className="space-y-4">
      <form method="get" noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
        <Field
          label="Views per day"
          name="viewsPerDay"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.viewsPerDay}
          errors={errors.viewsPerDay}
        />
        <Field
          label="Followers (optional)"
          name="followers"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.followers}
          errors={errors.followers}
          hint="Kept the same over the month."
        />
        <Button type="submit" className="sm:mt-6">
          Calculate
        </Button>
      </form>
      {result ? (
        <div className="space-y-4" aria-live="polite">
          <div className="space-y-2">
            <p className="text-sm text-slate-800">
              At {formatCount(result.viewsPerDay)} views a day, {formatCount(result.views)} views in {result.days} days:
            </p>
            <ul aria-label="What-if per stream" className="space-y-1 text-sm text-slate-800">
              {result.streams.map((s) => (
                <li key={s.stream}>
                  <span className="font-medium">{STREAM_LABELS[s.stream]}</span>:{" "}
                  <span className="tabular-nums">{formatMoneyRange(s.range.low, s.range.high)}</span> a month (
                  {streamNote(s, result.days)})
                </li>
              ))}
            </ul>
            <p className="text-sm font-semibold text-slate-900">
              Counted with your settings ({counted.length ? andList(counted) : "no stream"}):{" "}
              <span className="tabular-nums" data-testid="what-if-total">
                {formatMoneyRange(result.total.low, result.total.high)}
              </span>{" "}
              a month
            </p>
          </div>
          {result.followers !== null && result.metByFollowers.length ? (
            <p className="text-sm text-slate-800">
              {formatCount(result.followers)} followers meet {andList(result.metByFollowers.map((m) => m.title))}, not
              yet recorded for this account.
            </p>
          ) : null}
          <div>
            <h3 className="text-sm font-semibold text-slate-900">On the way</h3>
            {result.onTheWay.length ? (
              <ul aria-label="On the way" className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
                {result.onTheWay.map((event) => (
                  <li key={`${event.key}-${event.kind}-${event.day}`}>{eventText(event)}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-700">Nothing new within {result.days} days at this pace.</p>
            )}
            {result.onTheWay.some((event) => event.bestCase) ? (
              <p className="mt-1 text-xs text-slate-600">
                Best case: as if all {formatCount(result.viewsPerDay)} views a day went to{" "}
                {result.bestVideoViews > 0
                  ? `your most-viewed video (at ${formatCount(result.bestVideoViews)} views now)`
                  : "one video"}
                .
              </p>
            ) : null}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-900">Eligibility in these {result.days} days</h3>
            <ul aria-label="Eligibility in the period" className="mt-1 space-y-1 text-sm text-slate-800">
              {result.states.map((state) => (
                <li key={state.key}>
                  <span className="font-medium">{state.title}</span>: {stateText(state, result)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
}
