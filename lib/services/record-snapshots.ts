// Recording readings: the "record today" form (the account's figures and many videos' views, all or
// nothing) and a single video's reading. Recording a day again replaces that day's reading. Both are typed readings.
import { prisma } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import { upsertAccountSnapshot } from "@/lib/db/account-snapshots";
import { upsertVideoSnapshots } from "@/lib/db/video-snapshots";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import { requireVideo, requireVideos } from "@/lib/db/videos";
import { videoLabel } from "@/lib/format/video-label";
import {
  beforePostedError,
  futureDayError,
  type RecordDayInput,
  type VideoReadingInput,
} from "@/lib/validation/snapshots";
import { startDetection, type MilestoneChanges } from "./detect-milestones";
import { throwIfAny, viewsWentDownWarnings } from "./reading-checks";

export interface RecordDayResult {
  accountRecorded: boolean;
  videosRecorded: number;
  warnings: string[];
  milestones: MilestoneChanges;
}

/** Writes the account's reading (when followers are given) and every non-empty video row in one transaction, with detection. */
export function recordDay(creatorId: string, input: RecordDayInput, now = new Date()): Promise<RecordDayResult> {
  const { accountId, day, videos: rows, followers, ...figures } = input;
  // Keep each row's index: errors go to the input it came from ("videos.3.views").
  const filled = rows.flatMap((row, index) =>
    row.views === undefined ? [] : [{ index, videoId: row.videoId, views: row.views }],
  );
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
    const detection = await startDetection(
      tx,
      creatorId,
      accountId,
      filled.map((row) => row.videoId),
      now,
    );
    const videos = await requireVideos(
      creatorId,
      accountId,
      filled.map((row) => row.videoId),
      tx,
    );
    throwIfAny({
      day: futureDayError(day, account.timeZone, now),
      ...Object.fromEntries(
        filled.map((row) => [
          `videos.${row.index}.views`,
          beforePostedError(day, videos.get(row.videoId)?.postedOn ?? null),
        ]),
      ),
    });

    const readings = filled.map((row) => ({
      videoId: row.videoId,
      views: row.views,
      label: labelOf(videos.get(row.videoId)),
    }));
    const warnings = await viewsWentDownWarnings(creatorId, accountId, day, readings, tx);
    if (followers !== undefined)
      await upsertAccountSnapshot(creatorId, accountId, day, { followers, ...figures }, "typed", tx);
    await upsertVideoSnapshots(
      creatorId,
      accountId,
      filled.map((row) => ({ videoId: row.videoId, day, figures: { views: row.views } })),
      "typed",
      tx,
    );
    return {
      accountRecorded: followers !== undefined,
      videosRecorded: filled.length,
      warnings,
      milestones: await detection.finish(),
    };
  });
}

function labelOf(video: Parameters<typeof videoLabel>[0] | undefined): string | undefined {
  return video ? videoLabel(video) : undefined;
}

/** Records one video's reading for a day (replacing that day's), with a warning when views went down. */
export function recordVideoSnapshot(
  creatorId: string,
  input: VideoReadingInput,
  now = new Date(),
): Promise<{ snapshot: VideoSnapshotRow; warnings: string[]; milestones: MilestoneChanges }> {
  const { accountId, videoId, day, ...figures } = input;
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
    const detection = await startDetection(tx, creatorId, accountId, [videoId], now);
    const video = await requireVideo(creatorId, accountId, videoId, tx);
    throwIfAny({ day: futureDayError(day, account.timeZone, now) || beforePostedError(day, video.postedOn) });
    const warnings = await viewsWentDownWarnings(creatorId, accountId, day, [{ videoId, views: figures.views }], tx);
    const [snapshot] = await upsertVideoSnapshots(creatorId, accountId, [{ videoId, day, figures }], "typed", tx);
    return { snapshot: snapshot!, warnings, milestones: await detection.finish() };
  });
}
