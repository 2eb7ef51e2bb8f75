// RFC 4180 CSV read with csv-parse, chunk by chunk: fields may be quoted, a quote inside a quoted field is doubled,
// quoted fields may hold delimiters and line breaks; lines end in CRLF, LF or CR. A record's line is the 1-based line it
// starts on, so a problem points at the line a person sees in an editor. A record with a broken quote is reported on
// its line and reading goes on at the next line. Only the current record's bytes are kept: a file is never held whole.
import { parse, type CsvError, type Parser } from "csv-parse";
import {
  BrokenRecord,
  countLineEnds,
  CR,
  detectDelimiter,
  endOfFirstLine,
  FAULTS,
  LF,
  quotingFault,
  skipBlankLines,
  type Fault,
} from "./csv-scan";
import type { SourceRow } from "./types";

export { detectDelimiter } from "./csv-scan";

export interface CsvReaderOptions {
  /** Detected from the first line when not given. */
  delimiter?: string;
  /** Limits on one record's characters and one cell's (0: none). */
  lineChars?: number;
  cellChars?: number;
  /** Each record as it is read, blank lines left out. */
  onRow: (row: SourceRow) => void;
  /** Line ends as the text arrives (counted before they are parsed). */
  onLines?: (lines: number) => void;
  /** The error for a record past a limit (a sentence naming line and limit). */
  refuse?: (what: string) => Error;
}

/** Reads CSV text handed over in chunks (write … end); records go to onRow as they are complete. */
export class CsvReader {
  private head = "";
  private delimiter: string | undefined;
  /** The bytes from the start of the record being read (recordStart) to the last byte written (fed). */
  private window = Buffer.alloc(0);
  private windowStart = 0;
  private fed = 0;
  private recordStart = 0;
  /** The line recordStart is on. */
  private line = 1;
  private parser: Parser | null = null;
  private parserStart = 0;
  /** After a broken record: its first byte, until the end of that line is known. */
  private brokenFrom: number | null = null;
  private lastWasCR = false;
  private thrown: unknown = null;
  private highSurrogate = "";

  constructor(private readonly options: CsvReaderOptions) {
    this.delimiter = options.delimiter;
  }

  write(text: string): void {
    if (this.delimiter === undefined) {
      this.head += text;
      if (endOfFirstLine(this.head) < 0 && this.head.length < 65_536) return;
      this.startText();
      return;
    }
    this.append(text, false);
  }

  end(): void {
    if (this.delimiter === undefined) this.startText();
    this.append("", true);
  }

  private startText(): void {
    const text = this.head.replace(/^\uFEFF/, "");
    this.head = "";
    this.delimiter = detectDelimiter(text);
    this.append(text, false);
  }

  private append(chunk: string, end: boolean): void {
    // A chunk cut between the two halves of a surrogate pair keeps the first half for the next one.
    let text = this.highSurrogate + chunk;
    this.highSurrogate = "";
    const last = text.charCodeAt(text.length - 1);
    if (!end && last >= 0xd800 && last <= 0xdbff) {
      this.highSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    const bytes = Buffer.from(this.fed === 0 ? text.replace(/^\uFEFF/, "") : text, "utf8");
    if (bytes.length && this.options.onLines) {
      // A CR that ended the last chunk was counted alone; an LF starting this one completes the same line end.
      const lines = countLineEnds(bytes, 0, bytes.length) - (this.lastWasCR && bytes[0] === LF ? 1 : 0);
      this.lastWasCR = bytes[bytes.length - 1] === CR;
      this.options.onLines(lines);
    }
    this.window = this.window.length ? Buffer.concat([this.window, bytes]) : bytes;
    this.fed += bytes.length;
    this.pump(bytes, end);
    // Only the record under way is kept.
    const keep = Math.min(this.brokenFrom ?? this.recordStart, this.recordStart);
    if (keep > this.windowStart) {
      this.window = this.window.subarray(keep - this.windowStart);
      this.windowStart = keep;
    }
  }

  private newParser(): Parser {
    const { lineChars = 0 } = this.options;
    return parse({
      delimiter: this.delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: lineChars,
      on_record: (record: string[], context) => {
        try {
          return this.onRecord(record, this.parserStart + context.bytes);
        } catch (error) {
          // csv-parse hands it back as the parse's error: a limit's refusal must come out as it is.
          if (!(error instanceof BrokenRecord)) this.thrown = error;
          throw error;
        }
      },
    });
  }

  /** csv-parse does its work synchronously inside _transform/_flush: calling them directly keeps this reader a plain
   *  function of its input (records arrive through on_record) while the caller decides when to yield. */
  private run(input: Buffer | null): Error | undefined {
    let failure: Error | undefined;
    const done = (error?: Error | null) => {
      failure = error ?? undefined;
    };
    if (input) this.parser!._transform(input, "utf8", done);
    else this.parser!._flush(done);
    return failure;
  }

  private pump(bytes: Buffer, end: boolean): void {
    let input: Buffer | null = bytes;
    for (;;) {
      if (!this.parser) {
        if (this.brokenFrom !== null && !this.skipBrokenLine(end)) return;
        this.parser = this.newParser();
        this.parserStart = this.recordStart;
        input = this.window.subarray(this.recordStart - this.windowStart);
      }
      let error = input?.length ? this.run(input) : undefined;
      if (!error && end) error = this.run(null);
      if (!error) return;
      this.parser = null;
      input = null;
      this.recover(error);
    }
  }

  private onRecord(record: string[], end: number): null {
    const base = this.windowStart;
    const { at, lines } = skipBlankLines(this.window, this.recordStart - base, end - base);
    const fault = quotingFault(this.window, at, end - base, this.delimiter!.charCodeAt(0), true);
    if (fault) throw new BrokenRecord(fault);
    const line = this.line + lines;
    this.line = line + countLineEnds(this.window, at, end - base);
    this.recordStart = end;
    if (record.length === 1 && record[0] === "") return null; // `""` alone: a blank line
    const { cellChars = 0, refuse } = this.options;
    if (cellChars > 0 && refuse && record.some((cell) => cell.length > cellChars)) {
      throw refuse(`line ${line} has a cell longer than ${cellChars.toLocaleString("en-US")} characters`);
    }
    this.options.onRow({ line, cells: record });
    return null;
  }

  /** A failed parse: a broken record is reported on its line (reading goes on at the next one); a limit is thrown. */
  private recover(error: Error): void {
    if (error === this.thrown) throw error;
    const base = this.windowStart;
    const { at, lines } = skipBlankLines(this.window, this.recordStart - base, this.fed - base);
    const line = this.line + lines;
    let fault: Fault | null = null;
    if (error instanceof BrokenRecord) fault = error.fault;
    else if ((error as CsvError).code === "CSV_QUOTE_NOT_CLOSED")
      fault = quotingFault(this.window, at, this.fed - base, this.delimiter!.charCodeAt(0), true) ?? "open";
    else if ((error as CsvError).code === "CSV_MAX_RECORD_SIZE") {
      fault = quotingFault(this.window, at, this.fed - base, this.delimiter!.charCodeAt(0), false);
      if (fault !== "not-doubled") {
        const limit = (this.options.lineChars ?? 0).toLocaleString("en-US");
        throw this.options.refuse?.(`line ${line} is longer than ${limit} characters`) ?? error;
      }
    } else throw new Error(`The CSV reader failed: ${error.message.slice(0, 120)}`);
    this.options.onRow({ line, cells: [], error: FAULTS[fault] });
    this.line = line + 1;
    this.brokenFrom = base + at;
  }

  /** Moves recordStart past the end of the broken record's first line; false until that line end has arrived. */
  private skipBrokenLine(end: boolean): boolean {
    let at = this.brokenFrom! - this.windowStart;
    while (at < this.window.length && this.window[at] !== CR && this.window[at] !== LF) at += 1;
    if (at === this.window.length) {
      // Not yet: nothing before here is needed again.
      this.brokenFrom = this.recordStart = this.fed;
      if (!end) return false;
    } else if (this.window[at] === CR && at + 1 === this.window.length && !end) {
      this.brokenFrom = this.recordStart = this.windowStart + at; // an LF may follow in the next chunk
      return false;
    } else {
      this.recordStart = this.windowStart + at + (this.window[at] === CR && this.window[at + 1] === LF ? 2 : 1);
    }
    this.brokenFrom = null;
    return true;
  }
}

/** Every record of a whole text with its starting line. Blank lines are left out; the byte-order mark is ignored. */
export function parseCsv(input: string, delimiter?: string): SourceRow[] {
  const rows: SourceRow[] = [];
  const reader = new CsvReader({ delimiter, onRow: (row) => rows.push(row) });
  reader.write(input);
  reader.end();
  return rows;
}
