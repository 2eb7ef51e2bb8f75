// RFC 4180 CSV: fields may be quoted, a quote inside a quoted field is doubled, and quoted fields
// may hold delimiters and line breaks. Lines end in CRLF, LF or CR. A record's line is the
// 1-based line it starts on, so a problem points at the line a person sees in an editor.
import type { SourceRow } from "./types";

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter the first line uses most outside quotes (TikTok writes commas; re-saved files may not). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ",";
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

interface RecordEnd {
  cells: string[];
  next: number;
  lines: number;
  error?: string;
}

function readRecord(text: string, start: number, delimiter: string): RecordEnd {
  const cells: string[] = [];
  let cell = "";
  let lines = 0;
  let i = start;
  let quoted = false;
  let wasQuoted = false;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        const after = text[i + 1];
        if (after !== undefined && after !== delimiter && after !== "\r" && after !== "\n") {
          return { cells, next: i, lines, error: "a quote inside a quoted field is not doubled" };
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) lines += 1;
      cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell.length === 0 && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      i += 1;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      wasQuoted = false;
      i += 1;
    } else if (char === "\r" || char === "\n") {
      cells.push(cell);
      const next = char === "\r" && text[i + 1] === "\n" ? i + 2 : i + 1;
      return { cells, next, lines: lines + 1 };
    } else {
      // Lenient: a quote inside an unquoted field is kept as is.
      cell += char;
      i += 1;
    }
  }
  cells.push(cell);
  if (quoted) return { cells, next: text.length, lines, error: "a quoted field is never closed" };
  return { cells, next: text.length, lines };
}

/** Every record with its starting line. Blank lines are left out; the byte-order mark is ignored. */
export function parseCsv(input: string, delimiter = detectDelimiter(input.replace(/^\uFEFF/, ""))): SourceRow[] {
  const text = input.replace(/^\uFEFF/, "");
  const rows: SourceRow[] = [];
  let position = 0;
  let line = 1;
  while (position < text.length) {
    const record = readRecord(text, position, delimiter);
    if (record.error) {
      // A broken quote would swallow the rows after it: report its line, go on from the next one.
      rows.push({ line, cells: [], error: record.error });
      const lineEnd = text.slice(position).search(/\r\n|\r|\n/);
      if (lineEnd < 0) break;
      position += lineEnd + (text.startsWith("\r\n", position + lineEnd) ? 2 : 1);
      line += 1;
      continue;
    }
    const blank = record.cells.length === 1 && record.cells[0] === "";
    if (!blank) rows.push({ line, cells: record.cells });
    position = record.next;
    line += record.lines;
  }
  return rows;
}
