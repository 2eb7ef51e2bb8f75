// Dates as TikTok Studio writes them: often without a year ("February 28", "8 de marzo",
// "28. Februar"), sometimes in full ("2026-02-28", "Feb 28, 2026 6:03 PM"). A yearless date gets
// its year from the export day and the order of the rows around it.
import { FIRST_DAY, LAST_DAY, addDays, isCalendarDay, isDay, type Day } from "@/lib/time/days";
import { monthFromName } from "./months";

export interface DateParts {
  /** null when the text names no year. */
  year: number | null;
  month: number;
  dayOfMonth: number;
}

export type DateReading = { ok: true; date: DateParts } | { ok: false; reason: string };

const pad = (n: number) => String(n).padStart(2, "0");

export function toDay(year: number, month: number, dayOfMonth: number): Day | null {
  const day = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(dayOfMonth)}`;
  return isDay(day) ? day : null;
}

// "at 6:03 PM", "18:03:11", "à 18h03" … after the date: the day is all an import needs.
const TIME_OF_DAY =
  /(?:[\s,]+(?:at|à|a las|às|um|alle|ore))?[\s,]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|\s*(?:utc|gmt|z))?$/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC_YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
// Words that sit between the parts of a date: "28 de febrero de 2026", "28th of February".
const FILLERS = new Set(["de", "del", "do", "da", "of", "the", "le", "el", "am"]);

function parts(year: number | null, month: number, dayOfMonth: number): DateReading {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return { ok: false, reason: "is not a date" };
  // 2000 was a leap year: a yearless February 29 exists, February 30 never does.
  if (toDay(year ?? 2000, month, dayOfMonth) === null) {
    const real = year !== null && isCalendarDay(`${String(year).padStart(4, "0")}-${pad(month)}-${pad(dayOfMonth)}`);
    return { ok: false, reason: real ? `is not between ${FIRST_DAY} and ${LAST_DAY}` : "is not a day of the calendar" };
  }
  return { ok: true, date: { year, month, dayOfMonth } };
}

function readNumeric(match: RegExpMatchArray): DateReading {
  const [a, separator, b, year] = [Number(match[1]), match[2], Number(match[3]), Number(match[4])];
  // Dotted dates are day.month.year wherever they are written.
  if (separator === ".") return parts(year, b, a);
  // Slashes and dashes are month/day in some places and day/month in others: only accept what
  // one reading allows (28/02/2026, 02/28/2026) or both read alike (05/05/2026).
  if (a === b || (a > 12 && b <= 12)) return parts(year, b, a);
  if (b > 12 && a <= 12) return parts(year, a, b);
  return { ok: false, reason: "could be day/month or month/day; write it as YYYY-MM-DD" };
}

/** Reads one date cell. The year stays null when the text has none. */
export function parseDateText(input: string): DateReading {
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, reason: "is empty" };
  if (text.length > 80) return { ok: false, reason: "is not a date Milepost can read" };
  const iso = ISO.exec(text);
  if (iso) return parts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const withoutTime = text.replace(TIME_OF_DAY, "").trim();
  const numeric = NUMERIC_YEAR_LAST.exec(withoutTime);
  if (numeric) return readNumeric(numeric);

  const tokens = withoutTime
    .toLowerCase()
    .replace(/[,]/g, " ")
    .replace(/(\d)\./g, "$1 ")
    .split(" ")
    .filter((token) => token !== "" && !FILLERS.has(token));
  let month: number | null = null;
  let dayOfMonth: number | null = null;
  let year: number | null = null;
  for (const token of tokens) {
    const number = /^(\d{1,4})(?:st|nd|rd|th|er|º|°|ª|o)?$/.exec(token);
    const byName = number ? null : monthFromName(token);
    if (number && number[1]!.length === 4 && year === null) year = Number(number[1]);
    else if (number && number[1]!.length <= 2 && dayOfMonth === null) dayOfMonth = Number(number[1]);
    else if (byName !== null && month === null) month = byName;
    else return { ok: false, reason: "is not a date Milepost can read" };
  }
  if (month === null || dayOfMonth === null) return { ok: false, reason: "is not a date Milepost can read" };
  return parts(year, month, dayOfMonth);
}

/** The latest day with this month and day of month that is on or before `limit`, looking back
 *  at most `yearsBack` years (February 29 may need more than one). */
export function latestOnOrBefore(date: DateParts, limit: Day, yearsBack = 1): Day | null {
  const limitYear = Number(limit.slice(0, 4));
  for (let year = limitYear; year >= limitYear - yearsBack; year -= 1) {
    const day = toDay(year, date.month, date.dayOfMonth);
    if (day !== null && day <= limit) return day;
  }
  return null;
}

export type DayReading = { ok: true; day: Day } | { ok: false; reason: string };

function inferBackwards(dates: (DateParts | null)[], exportDay: Day): (Day | null | string)[] {
  const result: (Day | null | string)[] = new Array<Day | null | string>(dates.length).fill(null);
  // Each row lies strictly before the row after it; the last one on or before the export day.
  let limit = exportDay;
  for (let i = dates.length - 1; i >= 0; i -= 1) {
    const date = dates[i];
    if (!date) continue;
    const day = date.year !== null ? toDay(date.year, date.month, date.dayOfMonth) : latestOnOrBefore(date, limit);
    if (day === null) {
      result[i] = `has no year that puts it on or before ${limit}, in order with the rows after it`;
      continue;
    }
    result[i] = day;
    limit = addDays(day, -1);
  }
  return result;
}

function span(days: (Day | null | string)[]): number {
  const known = days.filter((d): d is Day => d !== null && isDay(d)).sort();
  if (known.length < 2) return 0;
  return (Date.parse(known[known.length - 1]!) - Date.parse(known[0]!)) / 86_400_000;
}

/**
 * Days for a daily series whose rows run in date order and end by the export day (TikTok's
 * Overview and FollowerHistory: oldest first, the last row the day before the export). Walking
 * back from the export day, each yearless row takes the latest year that keeps it before the row
 * after it, so "December 30" … "January 4" exported on 2026-01-05 spans the new year. A file in
 * the opposite order (newest first) is recognised because that reading spans fewer days.
 * `null` entries (unreadable dates) are skipped and stay null.
 */
export function inferSeriesDays(dates: (DateParts | null)[], exportDay: Day): (DayReading | null)[] {
  const oldestFirst = inferBackwards(dates, exportDay);
  let chosen = oldestFirst;
  if (dates.some((d) => d !== null && d.year === null)) {
    const newestFirst = inferBackwards([...dates].reverse(), exportDay).reverse();
    if (span(newestFirst) < span(oldestFirst)) chosen = newestFirst;
  }
  return chosen.map((entry) => {
    if (entry === null) return null;
    return isDay(entry) ? { ok: true, day: entry } : { ok: false, reason: entry };
  });
}
