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

/** One line of a file, CRLF included. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(formatCsvCell).join(",") + "\r\n";
}

/** A whole file: the header row, then one line per row, every line ending in CRLF. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = csvLine(header);
  for (const row of rows) text += csvLine(row);
  return text;
}

/** A whole file as it is written, a page of rows at a time: the same text as writeCsv, in pieces. */
export async function* csvText(
  header: readonly string[],
  pages: AsyncIterable<readonly (readonly CsvCell[])[]>,
): AsyncGenerator<string> {
  yield csvLine(header);
  for await (const rows of pages) {
    let text = "";
    for (const row of rows) text += csvLine(row);
    if (text) yield text;
  }
}
