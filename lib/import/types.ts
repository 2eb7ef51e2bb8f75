// Shapes shared by the TikTok Studio import's parsing half. Pure data: what files were read,
// what will be written, and every row that could not be read.
import type { Day } from "@/lib/time/days";

/** One uploaded file, exactly as the browser or the command line hands it over. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type FileKind = "overview" | "follower-history" | "content";

/** A row that could not be read (line is 1-based; null when the whole file is the problem). */
export interface ImportProblem {
  file: string;
  line: number | null;
  message: string;
}

/** One row of a CSV or spreadsheet: its cells as text and the line (or sheet row) it starts on. */
export interface SourceRow {
  line: number;
  cells: string[];
  /** Set when the row is malformed as CSV (an unterminated quote). */
  error?: string;
  /** In a table, `cells` holds only the columns read: how many fields the row had in the file … */
  fields?: number;
  /** … and whether any past the header's width held something. */
  overflow?: boolean;
}

/** A file recognised as one of TikTok's exports, its columns found by header name. */
export interface SourceTable {
  /** Display name; a file inside a ZIP is "Archive.zip/Overview.csv". */
  file: string;
  kind: FileKind;
  /** Index per field into `header` and each row's `cells` (see COLUMNS in columns.ts). */
  columns: Partial<Record<string, number>>;
  headerLine: number;
  /** The titles of the columns read, in the order of `columns` (not every column of the file). */
  header: string[];
  /** How many columns the header row has. */
  width: number;
  rows: SourceRow[];
  /** Whether the header matched by name (false: the file name and column count said what it is). */
  headerMatched: boolean;
}

export interface ExportSource {
  tables: SourceTable[];
  /** Files that could not be opened or recognised (line null). */
  problems: ImportProblem[];
}

/** One account day, merged from every file that mentions it. Daily fields may be negative. */
export interface AccountDay {
  day: Day;
  /** Total followers at the end of the day (FollowerHistory "Followers"). */
  followers?: number;
  /** FollowerHistory "Difference in followers from previous day". */
  followerChange?: number;
  videoViews?: number;
  profileViews?: number;
  likes?: number;
  comments?: number;
  shares?: number;
  newFollowers?: number;
}

/** One video's lifetime totals as of `day` (Content.csv). */
export interface VideoReading {
  /** The numeric id from the video's link. */
  platformId: string;
  url: string;
  title: string | null;
  postedOn: Day | null;
  day: Day;
  views: number;
  likes?: number;
  comments?: number;
  shares?: number;
}

export interface FileSummary {
  name: string;
  kind: FileKind;
  /** Data rows read into the plan (rows with problems or without any value are not counted). */
  rows: number;
  firstDay: Day | null;
  lastDay: Day | null;
}

export interface ImportPlan {
  exportDay: Day;
  /** Sorted by day. */
  account: AccountDay[];
  /** Sorted by day, then platform id; one per video and day. */
  videos: VideoReading[];
  problems: ImportProblem[];
  files: FileSummary[];
  /** Where each account day was read (the newest file that gives it, and its line), to name it in problems. */
  accountLines: Map<Day, { file: string; line: number }>;
}
