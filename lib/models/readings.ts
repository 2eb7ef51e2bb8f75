// An account's readings over a span of days, account and video readings alike (the API's GET /snapshots).
import type { Day } from "@/lib/time/days";
import type { AccountSnapshotRow } from "./account-snapshot";
import type { VideoSnapshotRow } from "./video-snapshot";

export interface DayRange {
  from?: Day;
  to?: Day;
}

export interface RangeReadings {
  account: Omit<AccountSnapshotRow, "id">[];
  videos: (Omit<VideoSnapshotRow, "id"> & { videoId: string })[];
}
