// Reads of readings: one account reading or video reading (their edit pages), and an account's readings over a span
// of days (the API's GET /snapshots).
import { requireAccountSnapshot } from "@/lib/db/account-snapshots";
import * as readings from "@/lib/db/readings-in-range";
import { requireVideoSnapshot } from "@/lib/db/video-snapshots";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import type { DayRange, RangeReadings } from "@/lib/models/readings";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";

/** One reading of the account; NOT_FOUND when it is not the account's or the account not the creator's. */
export function getAccountSnapshot(
  creatorId: string,
  accountId: string,
  snapshotId: string,
): Promise<AccountSnapshotRow> {
  return requireAccountSnapshot(creatorId, accountId, snapshotId);
}

/** One reading of the video (named by its day); NOT_FOUND when it is not the video's or not the creator's. */
export function getVideoSnapshot(
  creatorId: string,
  accountId: string,
  videoId: string,
  snapshotId: string,
): Promise<VideoSnapshotRow> {
  return requireVideoSnapshot(creatorId, accountId, videoId, snapshotId);
}

/** The account's readings, account and video readings alike, from `range.from` to `range.to`, oldest day first. */
export function listReadingsInRange(creatorId: string, accountId: string, range: DayRange): Promise<RangeReadings> {
  return readings.listReadingsInRange(creatorId, accountId, range);
}
