// Milepost's own CSV format (README "Your data: CSV, export, delete"): one file of account readings and one of
// video readings. Pure: text in, typed rows with their line numbers out; the import service writes them.
import { parseCsv, type RowSink, type SourceRow } from "@/lib/import";
import { countSchema, daySchema, optionalCountSchema } from "@/lib/validation/common";
import type { BulkAccountReading } from "@/lib/db/bulk-readings";
import type { ReadingSource } from "@/lib/models/readings";
import { writeCsv, type CsvCell } from "./csv";

export const ACCOUNT_READINGS_HEADER = [
  "day",
  "followers",
  "video_views",
  "profile_views",
  "likes",
  "comments",
  "shares",
  "source",
] as const;
export const VIDEO_READINGS_HEADER = [
  "video_id",
  "platform_id",
  "url",
  "title",
  "day",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "source",
] as const;

/**
 * Where a reading came from: written on export (empty when unknown), ignored on import, where every reading is an
 * imported one (files exported before the column existed import the same).
 */
type WithSource = { source?: ReadingSource | null };

/** An account's reading as the bulk write path takes it (one CSV row). */
export type AccountReadingRow = BulkAccountReading & WithSource;

export interface VideoReadingRow extends WithSource {
  /** Milepost's id of the video: written on export, ignored on import (another account's ids mean nothing here). */
  videoId?: string | null;
  platformId?: string | null;
  url?: string | null;
  title?: string | null;
  day: string;
  views: number;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
}

/** An account reading's cells, in ACCOUNT_READINGS_HEADER's order. */
export const accountReadingCells = (r: AccountReadingRow): CsvCell[] => [
  r.day,
  r.followers,
  r.videoViews,
  r.profileViews,
  r.likes,
  r.comments,
  r.shares,
  r.source,
];

/** A video reading's cells, in VIDEO_READINGS_HEADER's order. */
export const videoReadingCells = (r: VideoReadingRow): CsvCell[] => [
  r.videoId,
  r.platformId,
  r.url,
  r.title,
  r.day,
  r.views,
  r.likes,
  r.comments,
  r.shares,
  r.saves,
  r.source,
];

export function accountReadingsCsv(rows: readonly AccountReadingRow[]): string {
  return writeCsv(ACCOUNT_READINGS_HEADER, rows.map(accountReadingCells));
}

export function videoReadingsCsv(rows: readonly VideoReadingRow[]): string {
  return writeCsv(VIDEO_READINGS_HEADER, rows.map(videoReadingCells));
}

export interface CsvProblem {
  file: string;
  line: number;
  message: string;
}

export type MilepostCsv =
  | { kind: "account"; file: string; rows: { line: number; reading: AccountReadingRow }[]; problems: CsvProblem[] }
  | { kind: "video"; file: string; rows: { line: number; reading: VideoReadingRow }[]; problems: CsvProblem[] };

/** The columns the import reads (the export's but `source`, which it ignores). */
const columns = (header: readonly string[]) => header.filter((column) => column !== "source").join(",");

/** Undoes the export's formula escape: "'=x" was "=x" (only before the characters the writer escapes). */
const unescapeText = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function cellReader(header: string[], cells: string[]) {
  return (name: string) => {
    const index = header.indexOf(name);
    return index < 0 ? "" : (cells[index] ?? "").trim();
  };
}

type Schema<T> = {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
};

/**
 * Reads one Milepost CSV file record by record, as the CSV reader hands them over (the first is the header row, which
 * says which of the two kinds the file is). Only the readings are kept, never the file's text; a file whose header is
 * neither kind is `done` at once, so reading it stops.
 */
export class MilepostCsvReader implements RowSink {
  done = false;
  private header: string[] | null = null;
  private isAccount = false;
  private readonly problems: CsvProblem[] = [];
  private readonly accountRows: { line: number; reading: AccountReadingRow }[] = [];
  private readonly videoRows: { line: number; reading: VideoReadingRow }[] = [];

  constructor(readonly file: string) {}

  add(record: SourceRow): void {
    if (this.done) return;
    if (!this.header) return this.readHeader(record);
    const { file, header, isAccount } = this;
    if (record.error) {
      this.problems.push({ file, line: record.line, message: `This line is not valid CSV: ${record.error}.` });
      return;
    }
    const cell = cellReader(header, record.cells);
    const messages: string[] = [];
    const read = <T>(column: string, schema: Schema<T>): T | undefined => {
      const parsed = schema.safeParse(cell(column));
      if (parsed.success) return parsed.data;
      messages.push(`${column}: ${parsed.error.issues[0]?.message ?? "not valid"}`);
      return undefined;
    };
    const day = read("day", daySchema);
    if (isAccount) {
      const reading = {
        day: day ?? "",
        followers: read("followers", countSchema) ?? 0,
        videoViews: read("video_views", optionalCountSchema),
        profileViews: read("profile_views", optionalCountSchema),
        likes: read("likes", optionalCountSchema),
        comments: read("comments", optionalCountSchema),
        shares: read("shares", optionalCountSchema),
      };
      if (!messages.length) this.accountRows.push({ line: record.line, reading });
    } else {
      const platformId = cell("platform_id");
      const url = unescapeText(cell("url"));
      if (!platformId && !url) messages.push("platform_id or url: name the video by its platform id or its URL.");
      const reading = {
        videoId: cell("video_id") || null,
        platformId: platformId || null,
        url: url || null,
        title: unescapeText(cell("title")) || null,
        day: day ?? "",
        views: read("views", countSchema) ?? 0,
        likes: read("likes", optionalCountSchema),
        comments: read("comments", optionalCountSchema),
        shares: read("shares", optionalCountSchema),
        saves: read("saves", optionalCountSchema),
      };
      if (!messages.length) this.videoRows.push({ line: record.line, reading });
    }
    if (messages.length) this.problems.push({ file, line: record.line, message: messages.join("; ") });
  }

  private readHeader(record: SourceRow): void {
    const header = record.cells.map((cell) => cell.trim().toLowerCase());
    this.isAccount = header.includes("followers");
    const isVideo = header.includes("views") && (header.includes("platform_id") || header.includes("url"));
    this.header = header;
    if (!header.includes("day") || this.isAccount === isVideo) {
      this.isAccount = true;
      this.done = true;
      this.problems.push({
        file: this.file,
        line: record.line,
        message: `The first line must name the columns: ${columns(ACCOUNT_READINGS_HEADER)} (account readings) or ${columns(VIDEO_READINGS_HEADER)} (video readings).`,
      });
    }
  }

  result(): MilepostCsv {
    if (!this.header) this.readHeader({ line: 1, cells: [] });
    const { file, problems } = this;
    return this.isAccount
      ? { kind: "account", file, rows: this.accountRows, problems }
      : { kind: "video", file, rows: this.videoRows, problems };
  }
}

/** Reads one whole Milepost CSV text (see MilepostCsvReader). */
export function parseMilepostCsv(file: string, text: string): MilepostCsv {
  const reader = new MilepostCsvReader(file);
  for (const record of parseCsv(text, ",")) reader.add(record);
  return reader.result();
}
