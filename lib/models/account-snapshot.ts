// An account reading: one per account and day.
import type { Day } from "@/lib/time/days";

export interface AccountSnapshotRow {
  id: string;
  day: Day;
  followers: number;
  videoViews: number | null;
  profileViews: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
}
