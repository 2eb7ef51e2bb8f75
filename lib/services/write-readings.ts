// The bulk write path shared by imports, the API's batch and the command line: many account and video readings of
// one account in ONE transaction, with the same rules as the forms (no future day in the account's time zone, no
// video reading before its posted day, videos of this account only) and the same detection and notifications as a
// single reading. Every bad item is reported at once (422, field "account.3.day", "videos.12.videoId") before
// anything is written; a later failure rolls everything back.
import { prisma, type Tx } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import { bulkUpsertAccountSnapshots, bulkUpsertVideoSnapshots, type BulkAccountReading, type BulkVideoReading } from "@/lib/db/bulk-readings";
import { findVideosOfAccount } from "@/lib/db/videos";
import { beforePostedError, futureDayError } from "@/lib/validation/snapshots";
import { startDetection, type MilestoneChanges } from "./detect-milestones";
import { recordImportSummary } from "./notify";
import { validationError } from "./reading-checks";

export interface ReadingsBatch {
  account: BulkAccountReading[];
  videos: BulkVideoReading[];
}

export interface WriteReadingsOptions {
  now?: Date;
  /** An import: its crossings are recorded quietly and summed up in one notice (keyed by this id). */
  importId?: string;
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

/** The last reading given for a day wins (a batch or two overlapping exports may name a day twice). */
function lastPerKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  return [...byKey.values()];
}

export async function writeReadings(creatorId: string, accountId: string, batch: ReadingsBatch, options: WriteReadingsOptions = {}): Promise<WriteReadingsResult> {
  const now = options.now ?? new Date();
  const db = options.tx ?? prisma;
  const account = await requireAccount(creatorId, accountId, db);
  const videoIds = [...new Set(batch.videos.map((r) => r.videoId))];
  const videos = await findVideosOfAccount(creatorId, accountId, videoIds, db);
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string | undefined) => {
    if (message) (errors[field] ??= []).push(message);
  };
  batch.account.forEach((row, i) => add(`account.${i}.day`, futureDayError(row.day, account.timeZone, now)));
  batch.videos.forEach((row, i) => {
    const video = videos.get(row.videoId);
    if (!video) return add(`videos.${i}.videoId`, "No such video in this account.");
    add(`videos.${i}.day`, futureDayError(row.day, account.timeZone, now) ?? beforePostedError(row.day, video.postedOn));
  });
  if (Object.keys(errors).length) throw validationError(errors);

  const accountRows = lastPerKey(batch.account, (r) => r.day).sort((a, b) => (a.day < b.day ? -1 : 1));
  const videoRows = lastPerKey(batch.videos, (r) => `${r.videoId}|${r.day}`);
  const write = async (tx: Tx): Promise<WriteReadingsResult> => {
    const detection = await startDetection(tx, creatorId, accountId, videoIds, now);
    const accountWritten = await bulkUpsertAccountSnapshots(creatorId, accountId, accountRows, tx);
    const videosWritten = await bulkUpsertVideoSnapshots(creatorId, accountId, videoRows, tx, (written) => options.onProgress?.(written, videoRows.length));
    const milestones = await detection.finish({ quiet: options.importId !== undefined });
    if (options.importId !== undefined) await recordImportSummary(tx, creatorId, accountId, options.importId, milestones);
    return { accountWritten, videosWritten, milestones };
  };
  return options.tx ? write(options.tx) : prisma.$transaction(write, { timeout: BULK_TIMEOUT_MS, maxWait: 30_000 });
}
