// "At N views a day (and F followers), what would each stream make in a month, and what would I cross on the way?"
// Pure: the account's rule set, settings and figures so far are passed in. Day 1 is the first day of the period;
// day 0 is today, with the figures entered. Followers stay fixed; views arrive at N a day.
import { rulesFor, WINDOW_DAYS, type RuleSetKey, type StateRule } from "@/lib/milestones";
import { creatorFundRuleKey, STREAMS, type EarningsSettings, type Stream } from "./rates";
import type { MoneyRange } from "./estimate";

export interface WhatIfInput {
  viewsPerDay: number; // whole views
  followers?: number | null; // unknown when omitted: follower conditions cannot be judged
  isAdult?: boolean; // the creator's 18+ confirmation (default false)
  startingAccountViews?: number; // the account's views so far (default 0)
  bestVideoViews?: number; // the most-viewed video's views so far (default 0)
  /** The account's views on the days up to today, oldest first: they stay in the 30-day window until they age out. */
  recentDailyViews?: readonly number[];
  /** Threshold rules the account has already crossed (for any subject): never listed again. */
  reachedKeys?: Iterable<string>;
  ruleSet: RuleSetKey;
  settings: EarningsSettings;
  days?: number; // default 30
}

export interface WhatIfStream {
  stream: Stream;
  range: MoneyRange; // micro-dollars over the whole period, as if the stream applied on every day
  /** Applies on at least one day: switched on (the Creator Fund: enrolled and eligible); null = depends on followers. */
  applies: boolean | null;
  daysApplied: number; // days of the period on which it applies (0 when applies is null)
  counted: MoneyRange; // micro-dollars over those days: what the total adds
  /** Why it adds nothing (null when it counts on some day). */
  notCounted: "off" | "not_enrolled" | "not_eligible" | "depends_on_followers" | null;
}

/** Something reached on a day of the period, in day order. */
export interface WhatIfEvent {
  day: number; // 1-based
  key: string;
  title: string;
  kind: "crossed" | "gained" | "lost";
  /** A video.views or unlock.analytics threshold: only if all the period's views went to the most-viewed video. */
  bestCase: boolean;
  /** A state's change when followers were not given: it also needs this many followers. */
  ifFollowers: number | null;
}

export type WhatIfCondition =
  { kind: "adult" } | { kind: "followers"; atLeast: number } | { kind: "views30"; atLeast: number };

export interface WhatIfState {
  key: string;
  title: string;
  /** Followers were not given and the state needs this many: everything below assumes the creator has them. */
  ifFollowers: number | null;
  heldNow: boolean; // on day 0, with the figures entered
  changes: { kind: "gained" | "lost"; day: number }[]; // within the period, in order
  heldAtEnd: boolean;
  daysHeld: number; // days of the period (1 … days) on which it holds
  missing: WhatIfCondition[]; // what keeps it out on the last day (empty when it holds then)
}

export interface WhatIfResult {
  days: number;
  viewsPerDay: number;
  followers: number | null; // as entered (fixed over the period)
  views: number; // viewsPerDay × days
  bestVideoViews: number; // where the best case for a video starts
  views30End: number; // trailing-30-day views on the last day of the period
  streams: WhatIfStream[];
  total: MoneyRange; // Σ counted of the streams that apply
  onTheWay: WhatIfEvent[];
  /** Follower milestones the entered count meets that the account has not recorded yet (followers are fixed). */
  metByFollowers: { key: string; title: string }[];
  states: WhatIfState[];
}

function periodRange(views: bigint, rpm: MoneyRange): MoneyRange {
  // Same rounding rule as the estimate: Σ views × rpm / 1000, truncated toward zero.
  return { low: Number((views * BigInt(rpm.low)) / 1000n), high: Number((views * BigInt(rpm.high)) / 1000n) };
}

/** Trailing-30-day views on day k (0 … days): the real days still inside the window plus k days at the pace. */
function views30Series(viewsPerDay: number, recent: readonly number[], days: number): number[] {
  const kept = recent.slice(-WINDOW_DAYS);
  const suffix = [0]; // suffix[j] = Σ of the last j real days
  for (let j = 1; j <= kept.length; j++) suffix.push(suffix[j - 1]! + kept[kept.length - j]!);
  const series: number[] = [];
  for (let k = 0; k <= days; k++) {
    const realDays = Math.max(0, Math.min(kept.length, WINDOW_DAYS - k));
    series.push(suffix[realDays]! + viewsPerDay * Math.min(k, WINDOW_DAYS));
  }
  return series;
}

/** The conditions of a state not met on a day; follower conditions are left out when followers are unknown. */
function unmet(rule: StateRule, followers: number | null, views30: number, isAdult: boolean): WhatIfCondition[] {
  const missing: WhatIfCondition[] = [];
  if (rule.requiresAdult && !isAdult) missing.push({ kind: "adult" });
  for (const condition of rule.conditions) {
    if (condition.metric === "account.followers") {
      if (followers !== null && followers < condition.atLeast)
        missing.push({ kind: "followers", atLeast: condition.atLeast });
    } else if (views30 < condition.atLeast) missing.push({ kind: "views30", atLeast: condition.atLeast });
  }
  return missing;
}

function stateOverPeriod(
  rule: StateRule,
  followers: number | null,
  views30: readonly number[],
  isAdult: boolean,
): WhatIfState {
  const followerNeeds = rule.conditions.filter((c) => c.metric === "account.followers").map((c) => c.atLeast);
  const ifFollowers = followers === null && followerNeeds.length ? Math.max(...followerNeeds) : null;
  const held = views30.map((v) => unmet(rule, followers, v, isAdult).length === 0);
  const changes: WhatIfState["changes"] = [];
  for (let day = 1; day < held.length; day++) {
    if (held[day] !== held[day - 1]) changes.push({ kind: held[day] ? "gained" : "lost", day });
  }
  const last = views30.length - 1;
  return {
    key: rule.key,
    title: rule.title,
    ifFollowers,
    heldNow: held[0]!,
    changes,
    heldAtEnd: held[last]!,
    daysHeld: held.slice(1).filter(Boolean).length,
    missing: unmet(rule, followers, views30[last]!, isAdult),
  };
}

export function whatIf(input: WhatIfInput): WhatIfResult {
  const days = input.days ?? 30;
  const perDay = input.viewsPerDay;
  const followers = input.followers ?? null;
  const isAdult = input.isAdult ?? false;
  const start = input.startingAccountViews ?? 0;
  const best = input.bestVideoViews ?? 0;
  const reached = new Set(input.reachedKeys ?? []);
  const rules = rulesFor(input.ruleSet);
  const order = (key: string) => rules.findIndex((rule) => rule.key === key);

  const views30 = views30Series(perDay, input.recentDailyViews ?? [], days);
  const states = rules
    .filter((rule): rule is StateRule => rule.type === "state")
    .map((rule) => stateOverPeriod(rule, followers, views30, isAdult));

  // Money: the Creator Fund counts only on the days it would be eligible; the others when switched on.
  const fund = states.find((state) => state.key === creatorFundRuleKey(input.ruleSet));
  const streams: WhatIfStream[] = STREAMS.map((stream) => {
    let notCounted: WhatIfStream["notCounted"] = null;
    if (stream !== "creator_fund") notCounted = input.settings[stream] ? null : "off";
    else if (!input.settings.enrolledCreatorFund) notCounted = "not_enrolled";
    else if (!fund || fund.daysHeld === 0) notCounted = "not_eligible";
    else if (fund.ifFollowers !== null) notCounted = "depends_on_followers";
    const daysApplied = notCounted !== null ? 0 : stream === "creator_fund" ? (fund?.daysHeld ?? 0) : days;
    const rpm = input.settings.rpm[stream];
    return {
      stream,
      range: periodRange(BigInt(perDay) * BigInt(days), rpm),
      applies: notCounted === "depends_on_followers" ? null : notCounted === null,
      daysApplied,
      counted: periodRange(BigInt(perDay) * BigInt(daysApplied), rpm),
      notCounted,
    };
  });
  const total = streams.reduce((sum, s) => ({ low: sum.low + s.counted.low, high: sum.high + s.counted.high }), {
    low: 0,
    high: 0,
  });

  const onTheWay: WhatIfEvent[] = [];
  const metByFollowers: WhatIfResult["metByFollowers"] = [];
  for (const rule of rules) {
    if (rule.type !== "threshold" || reached.has(rule.key)) continue;
    if (rule.metric === "account.followers") {
      if (followers !== null && followers >= rule.threshold) metByFollowers.push({ key: rule.key, title: rule.title });
      continue;
    }
    const bestCase = rule.metric === "video.views" || rule.metric === "video.views.max";
    const from = bestCase ? best : rule.metric === "account.views" ? start : null;
    if (from === null || from >= rule.threshold || perDay <= 0) continue;
    const day = Math.ceil((rule.threshold - from) / perDay); // thresholds are inclusive
    if (day <= days)
      onTheWay.push({ day, key: rule.key, title: rule.title, kind: "crossed", bestCase, ifFollowers: null });
  }
  for (const state of states) {
    for (const change of state.changes) {
      onTheWay.push({
        day: change.day,
        key: state.key,
        title: state.title,
        kind: change.kind,
        bestCase: false,
        ifFollowers: state.ifFollowers,
      });
    }
  }
  onTheWay.sort((a, b) => a.day - b.day || order(a.key) - order(b.key));

  return {
    days,
    viewsPerDay: perDay,
    followers,
    views: perDay * days,
    bestVideoViews: best,
    views30End: views30[days]!,
    streams,
    total,
    onTheWay,
    metByFollowers,
    states,
  };
}
