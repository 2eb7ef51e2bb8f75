// An account reading: one per account and day.
import type { Day } from "@/lib/time/days";
import type { ReadingSource } from "./readings";

export interface AccountSnapshotRow {
  id: string;
  day: Day;
  followers: number;
  videoViews: number | null;
  profileViews: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** Where the reading came from; null when it was written before sources were kept. */
  source: ReadingSource | null;
  /** When this reading replaced the day's reading of another source: that source (else null). */
  replacedSource: ReadingSource | null;
  /** …and that reading's followers. */
  replacedFollowers: number | null;
}
