// One file's rows as they are read, made into a table: the header is looked for among the first rows; a file without
// one is skipped at once (reading stops). Past the header each row keeps only the cells of the columns Milepost reads,
// with its field count, so what a table holds stays proportional to what is imported, however wide the file.
import { findHeader, HEADER_SEARCH_ROWS } from "./columns";
import type { ImportProblem, SourceRow, SourceTable } from "./types";
import { quoteCell } from "./values";

export class TableCollector {
  private first: SourceRow[] = [];
  private table: SourceTable | null = null;
  private keep: number[] = [];
  /** No header among the first rows: the file is not an export, reading it can stop. */
  done = false;

  constructor(private readonly name: string) {}

  add(row: SourceRow): void {
    if (this.table) {
      this.table.rows.push(this.project(row));
      return;
    }
    if (this.done) return;
    this.first.push(row);
    if (this.first.length >= HEADER_SEARCH_ROWS) this.decide();
  }

  private project(row: SourceRow): SourceRow {
    if (row.error) return row;
    const width = this.table!.width;
    return {
      line: row.line,
      cells: this.keep.map((i) => row.cells[i] ?? ""),
      fields: row.cells.length,
      overflow: row.cells.length > width && row.cells.slice(width).some((cell) => cell.trim() !== ""),
    };
  }

  private decide(): void {
    const header = findHeader(this.name, this.first);
    if (!header) {
      this.done = true;
      return;
    }
    const headerRow = this.first[header.index]!;
    const fields = Object.entries(header.match.columns).filter(
      (entry): entry is [string, number] => entry[1] !== undefined,
    );
    this.keep = fields.map(([, index]) => index);
    this.table = {
      file: this.name,
      kind: header.match.kind,
      columns: Object.fromEntries(fields.map(([field], k) => [field, k])),
      headerLine: headerRow.line,
      header: this.keep.map((i) => headerRow.cells[i] ?? ""),
      width: headerRow.cells.length,
      rows: [],
      headerMatched: header.match.headerMatched,
    };
    for (const row of this.first.slice(header.index + 1)) this.table.rows.push(this.project(row));
    this.first = [];
  }

  /** The table, or the problem saying why the file is skipped. */
  finish(out: { tables: SourceTable[]; problems: ImportProblem[] }): void {
    if (!this.table && !this.done) this.decide();
    if (this.table) {
      out.tables.push(this.table);
      return;
    }
    const first =
      this.first[0]?.cells
        .slice(0, 4)
        .map((c) => `"${quoteCell(c)}"`)
        .join(",") ?? "nothing";
    out.problems.push({
      file: this.name,
      line: null,
      message: `Not an Overview, FollowerHistory or Content export (its first row is ${first}); skipped.`,
    });
  }
}
