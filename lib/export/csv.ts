// CSV writing (RFC 4180) that is safe to open in a spreadsheet. A text cell that begins with =, +, -, @, a tab or
// a carriage return could run as a formula in Excel, LibreOffice or Sheets, so it gets a leading apostrophe
// ("'=SUM(A1)"), which spreadsheets show as text. Numbers are written as numbers: -12 stays -12, so a negative daily
// figure keeps its value; only cells that are text are escaped. Lines end in CRLF, as RFC 4180 says.

export type CsvCell = string | number | bigint | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as written: empty for null/undefined, numbers as they are, text escaped and quoted when needed. */
export function formatCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the header row, then one line per row, every line ending in CRLF. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(formatCsvCell).join(",")];
  for (const row of rows) lines.push(row.map(formatCsvCell).join(","));
  return lines.join("\r\n") + "\r\n";
}
