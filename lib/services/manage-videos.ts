// Adding, editing and deleting an account's videos. A URL or platform id names one video per account.
import { formatDay } from "@/lib/time/days";
import { AppError } from "@/lib/errors/app-error";
import { prisma, type Tx } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import { findFirstReadingDay } from "@/lib/db/video-snapshots";
import * as videos from "@/lib/db/videos";
import type { VideoRecord } from "@/lib/models/video";
import { futureDayError } from "@/lib/validation/snapshots";
import type { VideoInput, VideoRef, VideoUpdateInput } from "@/lib/validation/videos";
import { startDetection, type MilestoneChanges } from "./detect-milestones";
import { throwIfAny } from "./reading-checks";

const DUPLICATE_URL = "This account already has a video with this URL.";
const DUPLICATE_ID = "This account already has a video with this id.";

async function throwIfDuplicate(
  creatorId: string,
  accountId: string,
  data: videos.VideoData,
  exceptVideoId: string | undefined,
  tx: Tx,
) {
  const taken = await videos.findVideoDuplicates(creatorId, accountId, data, exceptVideoId, tx);
  if (taken.url || taken.platformId) {
    throw new AppError("CONFLICT", "This video is already tracked.", {
      ...(taken.url ? { url: [DUPLICATE_URL] } : {}),
      ...(taken.platformId ? { platformId: [DUPLICATE_ID] } : {}),
    });
  }
}

export function createVideo(creatorId: string, input: VideoInput, now = new Date()): Promise<VideoRecord> {
  const { accountId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
    throwIfAny({ postedOn: data.postedOn && futureDayError(data.postedOn, account.timeZone, now) });
    await throwIfDuplicate(creatorId, accountId, data, undefined, tx);
    const created = await videos.insertVideo(creatorId, accountId, data, tx);
    // Only a concurrent insert of the same video gets here.
    if (!created) throw new AppError("CONFLICT", "This video is already tracked.", { url: [DUPLICATE_URL] });
    return created;
  });
}

/** A new posted day re-spreads the views before the first reading and can change "reached by": detection runs. */
export function updateVideo(
  creatorId: string,
  input: VideoUpdateInput,
  now = new Date(),
): Promise<VideoRecord & { milestones: MilestoneChanges }> {
  const { accountId, videoId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
    const detection = await startDetection(tx, creatorId, accountId, [videoId]);
    await videos.requireVideo(creatorId, accountId, videoId, tx);
    const firstReading = data.postedOn ? await findFirstReadingDay(creatorId, accountId, videoId, tx) : null;
    throwIfAny({
      postedOn:
        (data.postedOn && futureDayError(data.postedOn, account.timeZone, now)) ||
        (data.postedOn && firstReading && firstReading < data.postedOn
          ? `This video has a reading on ${formatDay(firstReading)}, before that day. Delete it first, or choose an earlier day.`
          : undefined),
    });
    await throwIfDuplicate(creatorId, accountId, data, videoId, tx);
    const video = await videos.updateVideo(creatorId, accountId, videoId, data, tx);
    return { ...video, milestones: await detection.finish() };
  });
}

/** Deletes the video with its readings, milestones and goals. Returns the events that became true without it. */
export function deleteVideo(creatorId: string, input: VideoRef): Promise<MilestoneChanges> {
  return prisma.$transaction(async (tx) => {
    const detection = await startDetection(tx, creatorId, input.accountId, [input.videoId]);
    await videos.deleteVideo(creatorId, input.accountId, input.videoId, tx);
    return detection.finish();
  });
}
