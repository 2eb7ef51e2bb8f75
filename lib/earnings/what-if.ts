// "At N views a day (and F followers), what would each stream make in a month, and what would I cross?"
// Pure: the account's rule set and settings are passed in.
import { rulesFor, type RuleSetKey, type StateRule } from "@/lib/milestones";
import { creatorFundRuleKey, STREAMS, type EarningsSettings, type Stream } from "./rates";
import type { MoneyRange } from "./estimate";

export interface WhatIfInput {
  viewsPerDay: number;
  followers?: number | null; // unknown when omitted: follower-based conditions cannot be judged
  isAdult?: boolean; // the creator's 18+ confirmation (default false)
  startingAccountViews?: number; // the account's views so far (default 0)
  ruleSet: RuleSetKey;
  settings: EarningsSettings;
  days?: number; // default 30
}

export interface WhatIfStream {
  stream: Stream;
  range: MoneyRange; // micro-dollars over the period, as if the stream applied on every day
  /** Whether it applies: switched on (and, for the Creator Fund, enrolled and eligible); null = cannot tell. */
  applies: boolean | null;
}

export interface WhatIfCrossing {
  key: string;
  title: string;
  day: number; // 1-based day of the period on which it is reached
}

export interface WhatIfState {
  key: string;
  title: string;
  holds: boolean | null; // at the end of the period; null when followers are unknown
}

export interface WhatIfResult {
  days: number;
  views: number; // viewsPerDay × days
  streams: WhatIfStream[];
  total: MoneyRange; // Σ of the streams that apply (null counts as not applying)
  crossings: WhatIfCrossing[]; // account.views thresholds crossed on the way, in order
  states: WhatIfState[]; // eligibility at the end of the period
}

function periodRange(views: number, rpm: MoneyRange): MoneyRange {
  // Same rounding rule as the estimate: Σ views × rpm / 1000, truncated toward zero.
  return { low: Number((BigInt(views) * BigInt(rpm.low)) / 1000n), high: Number((BigInt(views) * BigInt(rpm.high)) / 1000n) };
}

function stateHolds(rule: StateRule, followers: number | null, views30: number, isAdult: boolean): boolean | null {
  if (rule.requiresAdult && !isAdult) return false;
  let unknown = false;
  for (const condition of rule.conditions) {
    const value = condition.metric === "account.followers" ? followers : views30;
    if (value === null) unknown = true;
    else if (value < condition.atLeast) return false;
  }
  return unknown ? null : true;
}

export function whatIf(input: WhatIfInput): WhatIfResult {
  const days = input.days ?? 30;
  const followers = input.followers ?? null;
  const isAdult = input.isAdult ?? false;
  const start = input.startingAccountViews ?? 0;
  const views = input.viewsPerDay * days;
  const views30 = input.viewsPerDay * Math.min(30, days);
  const rules = rulesFor(input.ruleSet);

  const states: WhatIfState[] = rules
    .filter((rule): rule is StateRule => rule.type === "state")
    .map((rule) => ({ key: rule.key, title: rule.title, holds: stateHolds(rule, followers, views30, isAdult) }));

  const fundKey = creatorFundRuleKey(input.ruleSet);
  const fundState = states.find((state) => state.key === fundKey);
  const fundEligible = fundState ? fundState.holds : false;
  const streams: WhatIfStream[] = STREAMS.map((stream) => {
    const applies =
      stream === "creator_fund" ? (input.settings.enrolledCreatorFund ? fundEligible : false) : input.settings[stream];
    return { stream, range: periodRange(views, input.settings.rpm[stream]), applies };
  });
  const total = streams
    .filter((s) => s.applies === true)
    .reduce((sum, s) => ({ low: sum.low + s.range.low, high: sum.high + s.range.high }), { low: 0, high: 0 });

  const crossings: WhatIfCrossing[] = [];
  if (input.viewsPerDay > 0) {
    for (const rule of rules) {
      if (rule.type !== "threshold" || rule.metric !== "account.views" || start >= rule.threshold) continue;
      const day = Math.ceil((rule.threshold - start) / input.viewsPerDay);
      if (day <= days) crossings.push({ key: rule.key, title: rule.title, day });
    }
    crossings.sort((a, b) => a.day - b.day);
  }
  return { days, views, streams, total, crossings, states };
}
