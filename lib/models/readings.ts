// An account's readings over a span of days, account and video readings alike (the API's GET /snapshots), and
// where a reading came from.
import type { Day } from "@/lib/time/days";
import type { AccountSnapshotRow } from "./account-snapshot";
import type { VideoSnapshotRow } from "./video-snapshot";

/** Where a reading came from (the ReadingSource enum); null on readings written before sources were kept. */
export const READING_SOURCES = ["typed", "imported", "api", "collected"] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

/**
 * The codes video_reading_months.sources and replaced_sources store per day (SMALLINT, NULL where unknown): the
 * position in READING_SOURCES plus one, as the video_snapshots view and the migration `…_collection` read them.
 */
export const READING_SOURCE_CODES: Readonly<Record<ReadingSource, number>> = {
  typed: 1,
  imported: 2,
  api: 3,
  collected: 4,
};

/** The source a stored code names; null for NULL or a code it does not know. */
export const readingSourceOfCode = (code: number | null | undefined): ReadingSource | null =>
  code === null || code === undefined ? null : (READING_SOURCES[code - 1] ?? null);

export interface DayRange {
  from?: Day;
  to?: Day;
}

export interface RangeReadings {
  account: Omit<AccountSnapshotRow, "id" | "replacedSource" | "replacedFollowers">[];
  videos: (Omit<VideoSnapshotRow, "id" | "replacedSource"> & { videoId: string })[];
}
