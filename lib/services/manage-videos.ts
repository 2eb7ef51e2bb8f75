// Adding, editing and deleting an account's videos. A URL or platform id names one video per account.
import { formatDay } from "@/lib/days";
import { AppError } from "@/lib/errors";
import { prisma, type Tx } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import { findFirstReadingDay } from "@/lib/db/video-snapshots";
import * as videos from "@/lib/db/videos";
import { futureDayError } from "@/lib/validation/snapshots";
import type { VideoInput, VideoRef, VideoUpdateInput } from "@/lib/validation/videos";
import { throwIfAny } from "./reading-checks";

const DUPLICATE_URL = "This account already has a video with this URL.";
const DUPLICATE_ID = "This account already has a video with this id.";

async function throwIfDuplicate(creatorId: string, accountId: string, data: videos.VideoData, exceptVideoId: string | undefined, tx: Tx) {
  const taken = await videos.findVideoDuplicates(creatorId, accountId, data, exceptVideoId, tx);
  if (taken.url || taken.platformId) {
    throw new AppError("CONFLICT", "This video is already tracked.", {
      ...(taken.url ? { url: [DUPLICATE_URL] } : {}),
      ...(taken.platformId ? { platformId: [DUPLICATE_ID] } : {}),
    });
  }
}

export function createVideo(creatorId: string, input: VideoInput, now = new Date()): Promise<videos.VideoRecord> {
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

export function updateVideo(creatorId: string, input: VideoUpdateInput, now = new Date()): Promise<videos.VideoRecord> {
  const { accountId, videoId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const account = await requireAccount(creatorId, accountId, tx);
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
    return videos.updateVideo(creatorId, accountId, videoId, data, tx);
  });
}

/** Deletes the video and its readings. */
export function deleteVideo(creatorId: string, input: VideoRef): Promise<void> {
  return videos.deleteVideo(creatorId, input.accountId, input.videoId);
}
