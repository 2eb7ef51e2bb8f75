// An account's readings over a span of days, account and video readings alike (the API's GET /snapshots).
import type { Day } from "@/lib/time/days";
import type { AccountSnapshotRow } from "./account-snapshot";

export interface DayRange {
  from?: Day;
  to?: Day;
}

export interface RangeReadings {
  account: Omit<AccountSnapshotRow, "id">[];
  videos: {
    videoId: string;
    day: Day;
    views: number;
    likes: number | null;
    comments: number | null;
    shares: number | null;
    saves: number | null;
  }[];
}
