// The bulk write path shared by imports, the API's batch and the command line: many account and video readings of
// one account in ONE transaction, with the same rules as the forms (no future day in the account's time zone, no
// video reading before its posted day, videos of this account only) and the same detection and notifications as a
// single reading. Every bad item is reported at once (422, field "account.3.day", "videos.12.videoId") before
// anything is written; a later failure rolls everything back.
import { prisma, type Tx } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import {
  bulkUpsertAccountSnapshots,
  bulkUpsertVideoSnapshots,
  type BulkAccountReading,
  type BulkVideoReading,
} from "@/lib/db/bulk-readings";
import { findVideosOfAccount } from "@/lib/db/videos";
import { dayIn } from "@/lib/time/days";
import type { ReadingSource } from "@/lib/models/readings";
import { beforePostedError, futureDayError } from "@/lib/validation/snapshots";
import { lockAccountForDetection } from "@/lib/db/detection-inputs";
import { startDetection, type MilestoneChanges } from "./detect-milestones";
import { recordImportSummary, recordMilestoneNotices, recordReachedBySummary } from "./notify";
import { recomputeAccount } from "./recompute-milestones";
import { validationError } from "./reading-checks";

export interface ReadingsBatch {
  account: BulkAccountReading[];
  videos: BulkVideoReading[];
}

export interface WriteReadingsOptions {
  /** Where the readings came from: recorded per reading, and a stored reading of another source is marked replaced. */
  source: ReadingSource;
  now?: Date;
  /** An import: its crossings are recorded quietly and summed up in one notice (keyed by this id). */
  importId?: string;
  /**
   * A collection: crossings known only from a first reading ("reached by") are summed up in one notice (keyed by
   * this id); the others are notified one by one, as for a reading of today.
   */
  collectionId?: string;
  /** Progress of the video rows (written, total). */
  onProgress?: (written: number, total: number) => void;
  /** Write inside the caller's transaction (an import creating its videos first) instead of opening one. */
  tx?: Tx;
}

export interface WriteReadingsResult {
  accountWritten: number;
  videosWritten: number;
  milestones: MilestoneChanges;
}

/** A transaction this long covers a million video readings with detection on this machine several times over. */
export const BULK_TIMEOUT_MS = 10 * 60_000;

/**
 * Above this many video readings, detection recomputes the account a page of videos at a time after the write
 * instead of holding every touched video's history before and after it: the same events (both equal a full
 * recomputation), in bounded memory, for a write that is most of the history anyway.
 */
export const RECOMPUTE_ABOVE_ROWS = 20_000;

/** The last reading given for a day wins (a batch or two overlapping exports may name a day twice). */
// Video readings are deduplicated as they are folded into month rows (one Map entry per video and month).
function lastPerKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  return [...byKey.values()];
}

export async function writeReadings(
  creatorId: string,
  accountId: string,
  batch: ReadingsBatch,
  options: WriteReadingsOptions,
): Promise<WriteReadingsResult> {
  const now = options.now ?? new Date();
  const db = options.tx ?? prisma;
  const account = await requireAccount(creatorId, accountId, db);
  const videoIds = [...new Set(batch.videos.map((r) => r.videoId))];
  const videos = await findVideosOfAccount(creatorId, accountId, videoIds, db);
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string | undefined) => {
    if (message) (errors[field] ??= []).push(message);
  };
  const today = dayIn(account.timeZone, now); // once: a million readings must not each format a date
  const future = (day: string) => (day > today ? futureDayError(day, account.timeZone, now) : undefined);
  batch.account.forEach((row, i) => add(`account.${i}.day`, future(row.day)));
  batch.videos.forEach((row, i) => {
    const video = videos.get(row.videoId);
    if (!video) return add(`videos.${i}.videoId`, "No such video in this account.");
    add(`videos.${i}.day`, future(row.day) ?? beforePostedError(row.day, video.postedOn));
  });
  if (Object.keys(errors).length) throw validationError(errors);

  const accountRows = lastPerKey(batch.account, (r) => r.day).sort((a, b) => (a.day < b.day ? -1 : 1));
  const videoRows = batch.videos; // a day named twice: the later row wins (as they are folded into months)
  const write = async (tx: Tx): Promise<WriteReadingsResult> => {
    const quiet = options.importId !== undefined;
    const large = videoRows.length > RECOMPUTE_ABOVE_ROWS;
    const detection = large ? null : await startDetection(tx, creatorId, accountId, videoIds, now);
    if (large) await lockAccountForDetection(creatorId, accountId, tx);
    const accountWritten = await bulkUpsertAccountSnapshots(creatorId, accountId, accountRows, options.source, tx);
    const videosWritten = await bulkUpsertVideoSnapshots(
      creatorId,
      accountId,
      videoRows,
      options.source,
      tx,
      (written) => options.onProgress?.(written, videoRows.length),
    );
    let milestones: MilestoneChanges;
    const quietReachedBy = options.collectionId !== undefined;
    if (detection) milestones = await detection.finish({ quiet, quietReachedBy });
    else {
      milestones = await recomputeAccount(creatorId, accountId, tx);
      await recordMilestoneNotices(tx, creatorId, accountId, milestones, { now, quiet, quietReachedBy });
    }
    if (quiet) await recordImportSummary(tx, creatorId, accountId, options.importId!, milestones);
    else if (quietReachedBy) await recordReachedBySummary(tx, creatorId, accountId, options.collectionId!, milestones);
    return { accountWritten, videosWritten, milestones };
  };
  return options.tx ? write(options.tx) : prisma.$transaction(write, { timeout: BULK_TIMEOUT_MS, maxWait: 30_000 });
}
