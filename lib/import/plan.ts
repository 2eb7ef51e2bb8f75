// From the files read to the plan a service writes: every table read against the export day,
// then merged by day. Where two files give the same day, the newer export wins field by field.
import { addDays, isDay, type Day } from "@/lib/time/days";
import { readContentTable, readingDay } from "./content";
import { readDailyTable } from "./daily";
import { isNoValue } from "./values";
import type {
  AccountDay,
  ExportSource,
  FileSummary,
  ImportPlan,
  ImportProblem,
  SourceTable,
  VideoReading,
} from "./types";

interface TableResult {
  table: SourceTable;
  index: number;
  account: AccountDay[];
  /** Each account day's line in the file. */
  lines: Map<Day, number>;
  videos: VideoReading[];
  /** The last day the file covers: how "newer" is decided. */
  lastDay: Day | null;
}

function readTable(table: SourceTable, index: number, exportDay: Day, problems: ImportProblem[]): TableResult {
  if (table.kind === "content") {
    const reading = readContentTable(table, exportDay);
    problems.push(...reading.problems);
    const videos = reading.rows.map(({ line: _line, ...video }) => video);
    return { table, index, account: [], lines: new Map(), videos, lastDay: maxDay(videos.map((v) => v.day)) };
  }
  const reading = readDailyTable(table, exportDay);
  problems.push(...reading.problems);
  const account = reading.rows.map((row) => ({ day: row.day, ...row.values }));
  const lines = new Map(reading.rows.map((row) => [row.day, row.line]));
  return { table, index, account, lines, videos: [], lastDay: maxDay(account.map((a) => a.day)) };
}

function maxDay(days: Day[]): Day | null {
  return days.reduce<Day | null>((max, day) => (max === null || day > max ? day : max), null);
}

function minDay(days: Day[]): Day | null {
  return days.reduce<Day | null>((min, day) => (min === null || day < min ? day : min), null);
}

/** Copies the fields `newer` has over `older`'s; a field the newer file leaves empty keeps the older value. */
function mergeFields<T extends object>(older: T | undefined, newer: T): T {
  if (!older) return { ...newer };
  const merged: Record<string, unknown> = { ...(older as Record<string, unknown>) };
  for (const [key, value] of Object.entries(newer)) if (value !== undefined && value !== null) merged[key] = value;
  return merged as T;
}

/**
 * The plan for one upload. `exportDay` is the day TikTok made the export (editable in the
 * preview): yearless dates are placed on or before it, and it is the reading day of Content rows
 * whose "Time" is empty.
 *
 * "Newer" between files: the file whose data ends on the later day (a newer export covers later
 * days); on a tie, the one later in the upload order (files inside a ZIP in name order).
 */
export function planTikTokImport(source: ExportSource, { exportDay }: { exportDay: Day }): ImportPlan {
  if (!isDay(exportDay)) throw new RangeError(`exportDay must be a YYYY-MM-DD day, got "${exportDay}"`);
  const problems: ImportProblem[] = [...source.problems];
  const results = source.tables.map((table, index) => readTable(table, index, exportDay, problems));

  const byAge = [...results].sort((a, b) => (a.lastDay ?? "").localeCompare(b.lastDay ?? "") || a.index - b.index);
  const account = new Map<Day, AccountDay>();
  const videos = new Map<string, VideoReading>();
  const accountLines = new Map<Day, { file: string; line: number }>();
  for (const result of byAge) {
    for (const day of result.account) {
      account.set(day.day, mergeFields(account.get(day.day), day));
      const line = result.lines.get(day.day);
      if (line !== undefined) accountLines.set(day.day, { file: result.table.file, line });
    }
    for (const video of result.videos) {
      const key = `${video.platformId} ${video.day}`;
      videos.set(key, mergeFields(videos.get(key), video));
    }
  }

  const files: FileSummary[] = results.map(({ table, account: days, videos: readings, lastDay }) => {
    const covered = [...days.map((d) => d.day), ...readings.map((v) => v.day)];
    return { name: table.file, kind: table.kind, rows: covered.length, firstDay: minDay(covered), lastDay };
  });

  return {
    exportDay,
    account: [...account.values()].sort((a, b) => a.day.localeCompare(b.day)),
    videos: [...videos.values()].sort((a, b) => a.day.localeCompare(b.day) || a.platformId.localeCompare(b.platformId)),
    problems,
    files,
    accountLines,
  };
}

export interface ExportDaySuggestion {
  day: Day;
  /** "content-time": Content's "Time"; "last-row": the day after a daily file's last row; "today": nothing to go on. */
  basis: "content-time" | "last-row" | "today";
  file: string | null;
}

/**
 * The export day the files point to, for the preview to show (editable). `today` is the day in
 * the account's time zone; yearless dates are placed on or before it. The latest candidate wins,
 * so with several exports the newest one anchors the years of all.
 */
export function suggestExportDay(source: ExportSource, today: Day): ExportDaySuggestion {
  if (!isDay(today)) throw new RangeError(`today must be a YYYY-MM-DD day, got "${today}"`);
  let best: ExportDaySuggestion = { day: today, basis: "today", file: null };
  let found = false;
  const consider = (day: Day, basis: ExportDaySuggestion["basis"], file: string) => {
    const capped = day > today ? today : day;
    // On a tie, Content's "Time" (the export itself) is the better basis to show.
    const better = capped > best.day || (capped === best.day && basis === "content-time" && best.basis !== basis);
    if (!found || better) best = { day: capped, basis, file };
    found = true;
  };
  for (const table of source.tables) {
    if (table.kind === "content") {
      for (const row of table.rows) {
        const time = table.columns.time === undefined ? undefined : row.cells[table.columns.time];
        if (time === undefined || isNoValue(time)) continue;
        const day = readingDay(table, row, today);
        if (day.ok) consider(day.value, "content-time", table.file);
      }
    } else {
      const last = maxDay(readDailyTable(table, today).rows.map((row) => row.day));
      if (last) consider(addDays(last, 1), "last-row", table.file);
    }
  }
  return best;
}
