// The columns of each TikTok Studio export, and how a file's kind is told from its header row.
import type { FileKind, SourceRow } from "./types";

export const COLUMNS = {
  overview: {
    date: "date",
    videoViews: "video views",
    profileViews: "profile views",
    likes: "likes",
    comments: "comments",
    shares: "shares",
    newFollowers: "new followers",
  },
  "follower-history": {
    date: "date",
    followers: "followers",
    followerChange: "difference in followers from previous day",
  },
  content: {
    time: "time",
    title: "video title",
    link: "video link",
    postTime: "post time",
    likes: "total likes",
    comments: "total comments",
    shares: "total shares",
    views: "total views",
  },
} as const satisfies Record<FileKind, Record<string, string>>;

// A header is recognised when it holds these; the other columns are optional.
const REQUIRED: Record<FileKind, readonly string[]> = {
  content: ["link", "views"],
  overview: ["date", "videoViews"],
  "follower-history": ["date", "followers"],
};

// Checked in this order: Content has no "Date"; Overview before FollowerHistory.
const KINDS: readonly FileKind[] = ["content", "overview", "follower-history"];

export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

export interface HeaderMatch {
  kind: FileKind;
  columns: Partial<Record<string, number>>;
  headerMatched: boolean;
}

function matchHeader(cells: string[]): HeaderMatch | null {
  const positions = new Map(cells.map((cell, i) => [normalizeHeader(cell), i] as const));
  for (const kind of KINDS) {
    const columns: Partial<Record<string, number>> = {};
    for (const [field, title] of Object.entries(COLUMNS[kind])) columns[field] = positions.get(title);
    if (REQUIRED[kind].every((field) => columns[field] !== undefined)) return { kind, columns, headerMatched: true };
  }
  return null;
}

/** The kind a file's name suggests ("tiktok_FollowerHistory (1).csv" → follower-history). */
export function kindFromName(name: string): FileKind | null {
  const base = (name.split("/").pop() ?? name).toLowerCase().replace(/[^a-z]/g, "");
  if (base.includes("followerhistory")) return "follower-history";
  if (base.includes("overview")) return "overview";
  if (base.includes("content")) return "content";
  return null;
}

/** Columns by position, for a file named like an export whose header is in another language. */
function matchByPosition(name: string, cells: string[]): HeaderMatch | null {
  const kind = kindFromName(name);
  if (!kind) return null;
  const fields = Object.keys(COLUMNS[kind]);
  const width = cells.length;
  // Overview's "New followers" is the one optional trailing column.
  const fits = width === fields.length || (kind === "overview" && width === fields.length - 1);
  if (!fits || cells.some((cell) => /^\s*-?\d+\s*$/.test(cell))) return null;
  return {
    kind,
    columns: Object.fromEntries(fields.slice(0, width).map((field, i) => [field, i])),
    headerMatched: false,
  };
}

export const HEADER_SEARCH_ROWS = 5;

/** The header row (one of the first few rows) and what it says the file is; null if none fits. */
export function findHeader(name: string, rows: SourceRow[]): { index: number; match: HeaderMatch } | null {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [index, row] of candidates.entries()) {
    const match = matchHeader(row.cells);
    if (match) return { index, match };
  }
  const first = rows[0];
  const match = first ? matchByPosition(name, first.cells) : null;
  return match ? { index: 0, match } : null;
}
