// Eligibility states (docs/domain.md "Crossing semantics": states on a sliding window). Evaluated on every
// day from the account's first reading day (account or video) to its latest; days after it are unknown.
// The initial "not eligible" is not an event; each change of truth value after that is.
import type { Day } from "@/lib/time/days";
import { dayName, dayNumber } from "./day-math";
import { WINDOW_DAYS } from "./series";
import type { AccountReadingInput, StateChange, StateRule } from "./types";

/** The first and last day with a real reading of the account or any of its videos; null without readings. */
export function readingSpan(
  accountReadings: readonly AccountReadingInput[],
  videoReadingDays: ReadonlySet<Day>,
): { first: Day; last: Day } | null {
  let first: Day | null = accountReadings[0]?.day ?? null;
  let last: Day | null = accountReadings.at(-1)?.day ?? null;
  for (const day of videoReadingDays) {
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return first === null || last === null ? null : { first, last };
}

/**
 * Gained/lost events of the state rules, ascending by day (then rule order). Followers on a day without a
 * reading are the latest earlier reading (none yet: 0); views30 on d is Σ dailyViews over d−29 … d.
 * requiresAdult uses isAdult on every day: we do not know when the creator turned 18.
 */
export function detectStateChanges(
  rules: readonly StateRule[],
  isAdult: boolean,
  accountReadings: readonly AccountReadingInput[],
  dailyViews: ReadonlyMap<Day, number>,
  videoReadingDays: ReadonlySet<Day>,
): StateChange[] {
  const active = rules.filter((rule) => isAdult || !rule.requiresAdult);
  const span = readingSpan(accountReadings, videoReadingDays);
  if (active.length === 0 || span === null) return [];

  const daily = [...dailyViews].map(([day, views]) => [dayNumber(day), views] as const);
  const followerDays = accountReadings.map((reading) => dayNumber(reading.day));
  const holding = active.map(() => false);
  const changes: StateChange[] = [];
  let followers = 0;
  let nextReading = 0;
  let windowSum = 0;
  let enter = 0; // index of the first daily entry not yet added
  let leave = 0; // index of the first daily entry not yet removed
  const last = dayNumber(span.last);
  for (let n = dayNumber(span.first); n <= last; n++) {
    while (nextReading < followerDays.length && followerDays[nextReading]! <= n) {
      followers = accountReadings[nextReading++]!.followers;
    }
    while (enter < daily.length && daily[enter]![0] <= n) windowSum += daily[enter++]![1];
    while (leave < daily.length && daily[leave]![0] <= n - WINDOW_DAYS) windowSum -= daily[leave++]![1];
    for (let i = 0; i < active.length; i++) {
      const rule = active[i]!;
      const holds = rule.conditions.every(
        (condition) => (condition.metric === "account.followers" ? followers : windowSum) >= condition.atLeast,
      );
      if (holds !== holding[i]) {
        holding[i] = holds;
        changes.push({ ruleKey: rule.key, kind: holds ? "gained" : "lost", day: dayName(n) });
      }
    }
  }
  return changes;
}
