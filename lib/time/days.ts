// Calendar days as "YYYY-MM-DD" strings. A snapshot's day is a day in its account's time zone;
// PostgreSQL stores it as DATE, which Prisma hands over as a Date at UTC midnight.
export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The days Milepost accepts anywhere (readings, posted days, income, goals, query ranges, imports). 2000-01-01 comes
 * before any short-video platform, so no real reading is refused, and it bounds the work that walks day by day from
 * the first reading (estimates, charts); 9999-12-31 is the last day a YYYY-MM-DD can name. PostgreSQL's DATE and
 * JavaScript's Date both hold every day between (PostgreSQL refuses the year 0000 that JavaScript accepts).
 */
export const FIRST_DAY: Day = "2000-01-01";
export const LAST_DAY: Day = "9999-12-31";
export const DAY_RULE = `Enter a real day from ${FIRST_DAY} to ${LAST_DAY}, as YYYY-MM-DD.`;

/** A day of the calendar written YYYY-MM-DD, whatever its year ("2026-02-29" is not). */
export function isCalendarDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day from FIRST_DAY to LAST_DAY: the one rule for every day Milepost takes in. */
export function isDay(value: string): boolean {
  return isCalendarDay(value) && value >= FIRST_DAY && value <= LAST_DAY;
}

/** The calendar day it is at `now` in `timeZone` (an IANA name such as "Europe/Berlin"). */
export function dayIn(timeZone: string, now: Date): Day {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToDay(date);
}

/** "Nov 24, 2026" — a day for people, independent of the server's time zone. */
export function formatDay(day: Day): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" }).format(
    dayToDate(day),
  );
}
