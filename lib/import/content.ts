// Content: one row per video with its lifetime totals as of the export ("Time"). Each row becomes
// one reading of that video on the reading day; the video is identified by its link.
import type { Day } from "@/lib/time/days";
import { latestOnOrBefore, parseDateText, toDay, type DateParts } from "./dates";
import type { TableReading } from "./daily";
import { cell, columnTitle, readCounts, shapeProblem, type Field } from "./rows";
import type { ImportProblem, SourceRow, SourceTable, VideoReading } from "./types";
import { isNoValue, optionalText, parseVideoLink, quoteCell } from "./values";

export interface ContentRow extends VideoReading {
  line: number;
}

// A yearless post time is the latest such day on or before the reading: a video may be years old.
const POSTED_YEARS_BACK = 4;

function resolve(date: DateParts, limit: Day, yearsBack: number): Day | null {
  return date.year !== null ? toDay(date.year, date.month, date.dayOfMonth) : latestOnOrBefore(date, limit, yearsBack);
}

/** The reading day: "Time" when it holds a date (a yearless one falls on or before the export day), else the export day. */
export function readingDay(table: SourceTable, row: SourceRow, exportDay: Day): Field<Day> {
  const text = cell(table, row, "time");
  if (text === undefined || isNoValue(text)) return { ok: true, value: exportDay };
  const reading = parseDateText(text);
  const day = reading.ok ? resolve(reading.date, exportDay, 1) : null;
  if (day) return { ok: true, value: day };
  return {
    ok: false,
    message: `${columnTitle(table, "time")} "${quoteCell(text)}" ${reading.ok ? "does not fit the export day" : reading.reason}.`,
  };
}

function postedDay(table: SourceTable, row: SourceRow, day: Day): Field<Day | null> {
  const text = cell(table, row, "postTime");
  if (text === undefined || isNoValue(text)) return { ok: true, value: null };
  const title = columnTitle(table, "postTime");
  const reading = parseDateText(text);
  if (!reading.ok) return { ok: false, message: `${title} "${quoteCell(text)}" ${reading.reason}.` };
  const posted = resolve(reading.date, day, POSTED_YEARS_BACK);
  if (posted === null || posted > day)
    return { ok: false, message: `${title} "${quoteCell(text)}" is after the reading day ${day}.` };
  return { ok: true, value: posted };
}

export function readContentTable(table: SourceTable, exportDay: Day): TableReading<ContentRow> {
  const rows: ContentRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of table.rows) {
    const shape = shapeProblem(table, row);
    if (shape) {
      problems.push({ file: table.file, line: row.line, message: shape });
      continue;
    }
    const messages: string[] = [];
    const linkText = cell(table, row, "link") ?? "";
    const link = parseVideoLink(linkText);
    if (!link.ok) messages.push(`${columnTitle(table, "link")} "${quoteCell(linkText)}" ${link.reason}.`);
    const day = readingDay(table, row, exportDay);
    if (!day.ok) messages.push(day.message);
    const posted = day.ok ? postedDay(table, row, day.value) : null;
    if (posted && !posted.ok) messages.push(posted.message);
    const counts = readCounts(table, row, ["views", "likes", "comments", "shares"], false);
    messages.push(...counts.messages);
    const { views, likes, comments, shares } = counts.values;
    if (counts.messages.length === 0 && views === undefined) {
      messages.push(`${columnTitle(table, "views")} is empty; a video reading needs its views.`);
    }
    if (messages.length > 0 || !link.ok || !day.ok || !posted?.ok || views === undefined) {
      problems.push({ file: table.file, line: row.line, message: messages.join(" ") });
      continue;
    }
    rows.push({
      line: row.line,
      platformId: link.platformId,
      url: link.url,
      title: optionalText(cell(table, row, "title")),
      postedOn: posted.value,
      day: day.value,
      views,
      ...(likes !== undefined && { likes }),
      ...(comments !== undefined && { comments }),
      ...(shares !== undefined && { shares }),
    });
  }
  return { rows, problems };
}
