// lib/db records → the API's JSON shapes (numbers as numbers, days as "YYYY-MM-DD"), as documented in schemas.ts.
import type { TimelineItem } from "@/lib/models/timeline";
import type { DayEstimate, MoneyRange, StreamRanges } from "@/lib/earnings";
import { STREAMS } from "@/lib/earnings";

export function presentMilestone(item: TimelineItem) {
  return {
    id: item.id,
    key: item.ruleKey,
    category: item.category,
    subject: { type: item.subject.type, id: item.subject.id },
    kind: item.kind,
    day: item.day,
    value: item.value,
    reachedBy: item.reachedBy,
  };
}

const minus = (a: MoneyRange, b: MoneyRange | undefined): MoneyRange => ({
  low: a.low - (b?.low ?? 0),
  high: a.high - (b?.high ?? 0),
});
const withTotal = (streams: StreamRanges, total: MoneyRange) => ({ ...streams, total });

/** Running estimates (ascending) → per day its own estimate and the running total; `from`/`to` keep a span. */
export function presentEarnings(estimates: DayEstimate[], range: { from?: string; to?: string }) {
  const days = estimates.map((estimate, i) => {
    const previous = estimates[i - 1];
    const daily = Object.fromEntries(
      STREAMS.map((s) => [s, minus(estimate.streams[s], previous?.streams[s])]),
    ) as StreamRanges;
    return {
      day: estimate.day,
      views: estimate.views,
      creatorFundApplies: estimate.creatorFundApplies,
      daily: withTotal(daily, minus(estimate.total, previous?.total)),
      cumulative: withTotal(estimate.streams, estimate.total),
    };
  });
  return {
    unit: "micro-dollars" as const,
    days: days.filter((d) => (!range.from || d.day >= range.from) && (!range.to || d.day <= range.to)),
  };
}
