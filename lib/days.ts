// Calendar days as "YYYY-MM-DD" strings. A snapshot's day is a day in its account's time zone;
// PostgreSQL stores it as DATE, which Prisma hands over as a Date at UTC midnight.
export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
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
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" }).format(dayToDate(day));
}
