// Editing and deleting single readings. Moving a reading onto a day that already has one is refused:
// the creator edits (or deletes) that day's reading instead. An edited reading is a typed one.
import { formatDay, type Day } from "@/lib/time/days";
import { AppError } from "@/lib/errors/app-error";
import { prisma } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import * as accountSnapshots from "@/lib/db/account-snapshots";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import * as videoSnapshots from "@/lib/db/video-snapshots";
import { requireVideo } from "@/lib/db/videos";
import {
  beforePostedError,
  futureDayError,
  type AccountSnapshotRef,
  type AccountSnapshotUpdateInput,
  type VideoReadingUpdateInput,
  type VideoSnapshotRef,
} from "@/lib/validation/snapshots";
import { startDetection, type MilestoneChanges } from "./detect-milestones";
import { throwIfAny, viewsWentDownWarnings } from "./reading-checks";

function dayTaken(day: Day): AppError {
  return new AppError("CONFLICT", "That day already has a reading.", {
    day: [`There is already a reading on ${formatDay(day)}. Edit that one, or delete it first.`],
  });
}

export function updateAccountSnapshot(
  creatorId: string,
  input: AccountSnapshotUpdateInput,
  now = new Date(),
): Promise<AccountSnapshotRow & { milestones: MilestoneChanges }> {
  const { accountId, snapshotId, day, ...figures } = input;
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
    const detection = await startDetection(tx, creatorId, accountId, [], now);
    await accountSnapshots.requireAccountSnapshot(creatorId, accountId, snapshotId, tx);
    throwIfAny({ day: futureDayError(day, account.timeZone, now) });
    const onDay = await accountSnapshots.findAccountSnapshotOn(creatorId, accountId, day, tx);
    if (onDay && onDay !== snapshotId) throw dayTaken(day);
    const snapshot = await accountSnapshots.updateAccountSnapshot(
      creatorId,
      accountId,
      snapshotId,
      day,
      figures,
      "typed",
      tx,
    );
    return { ...snapshot, milestones: await detection.finish() };
  });
}

/** Deletes the reading; what it alone made true is retracted. Returns the events that became true without it. */
export function deleteAccountSnapshot(creatorId: string, input: AccountSnapshotRef): Promise<MilestoneChanges> {
  return prisma.$transaction(async (tx) => {
    const detection = await startDetection(tx, creatorId, input.accountId);
    await accountSnapshots.deleteAccountSnapshot(creatorId, input.accountId, input.snapshotId, tx);
    return detection.finish();
  });
}

export function updateVideoSnapshot(
  creatorId: string,
  input: VideoReadingUpdateInput,
  now = new Date(),
): Promise<{ snapshot: VideoSnapshotRow; warnings: string[]; milestones: MilestoneChanges }> {
  const { accountId, videoId, snapshotId, day, ...figures } = input;
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
    const detection = await startDetection(tx, creatorId, accountId, [videoId], now);
    const video = await requireVideo(creatorId, accountId, videoId, tx);
    await videoSnapshots.requireVideoSnapshot(creatorId, accountId, videoId, snapshotId, tx);
    throwIfAny({ day: futureDayError(day, account.timeZone, now) || beforePostedError(day, video.postedOn) });
    const onDay = await videoSnapshots.findVideoSnapshotOn(creatorId, accountId, videoId, day, tx);
    if (onDay && onDay !== snapshotId) throw dayTaken(day);
    const warnings = await viewsWentDownWarnings(creatorId, accountId, day, [{ videoId, views: figures.views }], tx);
    const snapshot = await videoSnapshots.updateVideoSnapshot(
      creatorId,
      accountId,
      videoId,
      snapshotId,
      day,
      figures,
      "typed",
      tx,
    );
    return { snapshot, warnings, milestones: await detection.finish() };
  });
}

/** Deletes the reading; what it alone made true is retracted. Returns the events that became true without it. */
export function deleteVideoSnapshot(creatorId: string, input: VideoSnapshotRef): Promise<MilestoneChanges> {
  return prisma.$transaction(async (tx) => {
    const detection = await startDetection(tx, creatorId, input.accountId, [input.videoId]);
    await videoSnapshots.deleteVideoSnapshot(creatorId, input.accountId, input.videoId, input.snapshotId, tx);
    return detection.finish();
  });
}
