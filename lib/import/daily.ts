// Overview and FollowerHistory: one row a day, oldest first, the last row the day before the
// export. Daily figures may be negative (TikTok removes views it later finds invalid).
import type { Day } from "@/lib/time/days";
import { inferSeriesDays, type DateParts } from "./dates";
import { cell, columnTitle, readCounts, readDate, shapeProblem } from "./rows";
import type { AccountDay, ImportProblem, SourceTable } from "./types";
import { quoteCell } from "./values";

export type AccountValues = Omit<AccountDay, "day">;

export interface DailyRow {
  line: number;
  day: Day;
  values: AccountValues;
}

export interface TableReading<T> {
  rows: T[];
  problems: ImportProblem[];
}

// Which fields are daily (may be negative) and which are totals (may not).
const FIELDS = {
  overview: { daily: ["videoViews", "profileViews", "likes", "comments", "shares", "newFollowers"], totals: [] },
  "follower-history": { daily: ["followerChange"], totals: ["followers"] },
} as const;

export function readDailyTable(table: SourceTable, exportDay: Day): TableReading<DailyRow> {
  if (table.kind === "content") throw new Error("readDailyTable reads Overview and FollowerHistory only");
  const fields = FIELDS[table.kind];
  const problems: ImportProblem[] = [];
  const dates: (DateParts | null)[] = [];
  const pending: ({ values: AccountValues } | null)[] = [];
  const fail = (line: number, message: string) => problems.push({ file: table.file, line, message });

  for (const row of table.rows) {
    const shape = shapeProblem(table, row);
    const date = shape ? null : readDate(table, row, "date");
    // A row whose figures are unreadable still has a date that places its neighbours in the year.
    dates.push(date?.ok ? date.value : null);
    const daily = readCounts(table, row, shape ? [] : fields.daily, true);
    const totals = readCounts(table, row, shape ? [] : fields.totals, false);
    const messages = shape
      ? [shape]
      : [...(date?.ok === false ? [date.message] : []), ...daily.messages, ...totals.messages];
    if (messages.length > 0) fail(row.line, messages.join(" "));
    pending.push(messages.length > 0 ? null : { values: { ...daily.values, ...totals.values } });
  }

  const days = inferSeriesDays(dates, exportDay);
  const rows: DailyRow[] = [];
  table.rows.forEach((row, i) => {
    const entry = pending[i];
    const day = days[i];
    if (!entry || !day) return;
    if (!day.ok) {
      fail(row.line, `${columnTitle(table, "date")} "${quoteCell(cell(table, row, "date") ?? "")}" ${day.reason}.`);
      return;
    }
    // Days before data existed ("undefined" throughout) carry nothing to import.
    if (Object.keys(entry.values).length > 0) rows.push({ line: row.line, day: day.day, values: entry.values });
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { rows, problems };
}
