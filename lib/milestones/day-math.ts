// Days as integers (days since 1970-01-01) for loops over ranges; Day strings at the edges.
import type { Day } from "@/lib/time/days";

const MS_PER_DAY = 86_400_000;
const names = new Map<number, Day>();

/** "2026-03-01" → 20513. */
export function dayNumber(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

/** 20513 → "2026-03-01". */
export function dayName(n: number): Day {
  let name = names.get(n);
  if (name === undefined) {
    name = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    if (names.size > 100_000) names.clear();
    names.set(n, name);
  }
  return name;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** Code-unit order, the same on every machine (Day strings sort chronologically). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
