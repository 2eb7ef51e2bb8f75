// Daily and cumulative estimated earnings (docs/domain.md "Estimated earnings"):
// cumulative(d) = Σ over days ≤ d, over streams that apply, of account views × RPM / 1000, low and high.
//
// Exactness: per stream the running numerator Σ views × rpmMicros is kept as a BigInt (no float, no
// overflow), and cumulative = that numerator / 1000 truncated toward zero. A day's estimate is the
// difference of two cumulatives, so daily figures always add up to the cumulative one exactly and the
// rounding error is below one micro-dollar over any span, however many years.
//
// Negative days (the platform removed invalid views) subtract: totals follow the views.
import type { Day } from "@/lib/time/days";
import type { StateChange } from "@/lib/milestones";
import { STREAMS, type EarningsSettings, type Stream } from "./rates";

export interface MoneyRange {
  low: number; // micro-dollars
  high: number;
}

export type StreamRanges = Record<Stream, MoneyRange>;

export interface DayEstimate {
  day: Day;
  views: number;
  creatorFundApplies: boolean;
  streams: StreamRanges;
  total: MoneyRange;
}

export interface EstimateInput {
  /** Account views per day (lib/milestones accountDailyViews); a missing day means 0. */
  dailyViews: ReadonlyMap<Day, number>;
  /** The account's state changes; only those of creatorFundRuleKey count. */
  stateChanges: readonly StateChange[];
  creatorFundRuleKey?: string; // default "eligible.creator_fund"
  settings: EarningsSettings;
}

/** Whether the state holds on a day: the last change on or before it was "gained". */
export function stateHoldsOn(changes: readonly StateChange[], ruleKey: string): (day: Day) => boolean {
  const relevant = changes
    .filter((c) => c.ruleKey === ruleKey)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return (day) => {
    let holds = false;
    for (const change of relevant) {
      if (change.day > day) break;
      holds = change.kind === "gained";
    }
    return holds;
  };
}

function streamApplies(stream: Stream, settings: EarningsSettings, creatorFundEligible: boolean): boolean {
  if (stream === "creator_fund") return settings.enrolledCreatorFund && creatorFundEligible;
  return settings[stream];
}

function zeroRanges(): StreamRanges {
  return { creator_fund: { low: 0, high: 0 }, sponsorships: { low: 0, high: 0 }, affiliate: { low: 0, high: 0 } };
}

function toMicros(numerator: bigint): number {
  return Number(numerator / 1000n); // BigInt division truncates toward zero
}

function sumRanges(streams: StreamRanges): MoneyRange {
  let low = 0;
  let high = 0;
  for (const stream of STREAMS) {
    low += streams[stream].low;
    high += streams[stream].high;
  }
  return { low, high };
}

/** Running totals per day, ascending: each entry is the cumulative estimate up to and including that day. */
export function cumulativeEstimates(input: EstimateInput): DayEstimate[] {
  const eligible = stateHoldsOn(input.stateChanges, input.creatorFundRuleKey ?? "eligible.creator_fund");
  const numerators = STREAMS.map(() => ({ low: 0n, high: 0n }));
  const days = [...input.dailyViews.keys()].sort();
  return days.map((day) => {
    const views = input.dailyViews.get(day) ?? 0;
    const creatorFundApplies = eligible(day);
    const streams = zeroRanges();
    STREAMS.forEach((stream, i) => {
      const running = numerators[i]!;
      if (streamApplies(stream, input.settings, creatorFundApplies)) {
        const rpm = input.settings.rpm[stream];
        running.low += BigInt(views) * BigInt(rpm.low);
        running.high += BigInt(views) * BigInt(rpm.high);
      }
      streams[stream] = { low: toMicros(running.low), high: toMicros(running.high) };
    });
    return { day, views, creatorFundApplies, streams, total: sumRanges(streams) };
  });
}

/** Each day's own estimate: the difference of consecutive cumulatives (so days sum to the total exactly). */
export function dailyEstimates(input: EstimateInput): DayEstimate[] {
  const cumulative = cumulativeEstimates(input);
  let previous = zeroRanges();
  return cumulative.map((entry) => {
    const streams = zeroRanges();
    for (const stream of STREAMS) {
      streams[stream] = {
        low: entry.streams[stream].low - previous[stream].low,
        high: entry.streams[stream].high - previous[stream].high,
      };
    }
    previous = entry.streams;
    return { ...entry, streams, total: sumRanges(streams) };
  });
}

/** The cumulative estimate after the last day (zero when there are no days). */
export function totalEstimate(input: EstimateInput): { streams: StreamRanges; total: MoneyRange } {
  const all = cumulativeEstimates(input);
  const last = all[all.length - 1];
  if (!last) return { streams: zeroRanges(), total: { low: 0, high: 0 } };
  return { streams: last.streams, total: last.total };
}
