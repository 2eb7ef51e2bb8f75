// A video reading: cumulative views (and optional figures), one per video and day.
import type { Day } from "@/lib/time/days";
import type { ReadingSource } from "./readings";

export interface VideoSnapshotRow {
  /** The reading's day: a video has one reading a day, so the day names it. */
  id: Day;
  day: Day;
  views: number;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  /** Where the reading came from; null when it was written before sources were kept. */
  source: ReadingSource | null;
  /** When this reading replaced the day's reading of another source: that source (else null). */
  replacedSource: ReadingSource | null;
}
