// Reading the cells of one row: shape, dates and counts, each failure worded for a person.
import { COLUMNS } from "./columns";
import { parseDateText, type DateParts } from "./dates";
import type { SourceRow, SourceTable } from "./types";
import { parseCount, quoteCell } from "./values";

export type Field<T> = { ok: true; value: T } | { ok: false; message: string };

/** The column's title as the file writes it (or TikTok's English title). */
export function columnTitle(table: SourceTable, field: string): string {
  const index = table.columns[field];
  const written = index === undefined ? undefined : table.header[index]?.trim();
  if (written) return written;
  const canonical = (COLUMNS[table.kind] as Record<string, string>)[field] ?? field;
  return canonical.charAt(0).toUpperCase() + canonical.slice(1);
}

export function cell(table: SourceTable, row: SourceRow, field: string): string | undefined {
  const index = table.columns[field];
  return index === undefined ? undefined : row.cells[index];
}

/** Why a row cannot be read as a whole (a broken quote, too few or too many fields), else null. */
export function shapeProblem(table: SourceTable, row: SourceRow): string | null {
  if (row.error) return `The row cannot be read: ${row.error}.`;
  const width = table.width;
  const fields = row.fields ?? row.cells.length;
  if (fields < width) return `The row has ${fields} fields; the header has ${width}.`;
  if (row.overflow ?? row.cells.slice(width).some((c) => c.trim() !== "")) {
    return `The row has ${fields} fields; the header has ${width} (a comma inside an unquoted value?).`;
  }
  return null;
}

export function readDate(table: SourceTable, row: SourceRow, field: string): Field<DateParts> {
  const text = cell(table, row, field) ?? "";
  const reading = parseDateText(text);
  if (reading.ok) return { ok: true, value: reading.date };
  return { ok: false, message: `${columnTitle(table, field)} "${quoteCell(text)}" ${reading.reason}.` };
}

/** The counts of the given fields (absent when the cell is empty or `undefined`). */
export function readCounts(
  table: SourceTable,
  row: SourceRow,
  fields: readonly string[],
  allowNegative: boolean,
): { values: Partial<Record<string, number>>; messages: string[] } {
  const values: Partial<Record<string, number>> = {};
  const messages: string[] = [];
  for (const field of fields) {
    const text = cell(table, row, field);
    if (text === undefined) continue;
    const reading = parseCount(text, { allowNegative });
    if (!reading.ok) messages.push(`${columnTitle(table, field)} "${quoteCell(text)}" ${reading.reason}.`);
    else if (reading.value !== undefined) values[field] = reading.value;
  }
  return { values, messages };
}
