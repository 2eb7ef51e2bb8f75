// Reads of an account's videos: the list, one video, and the video page (its readings, chart, milestones, next up).
import { requireAccount } from "@/lib/db/accounts";
import { getNextUpInputs, listVideoMilestones } from "@/lib/db/milestones";
import { getVideoViewsSeries } from "@/lib/db/video-chart";
import { listVideoSnapshots } from "@/lib/db/video-snapshots";
import * as videos from "@/lib/db/videos";
import { videoLabel } from "@/lib/format/video-label";
import { videoNextUpOf, type NextUp } from "@/lib/milestones";
import type { AccountRecord } from "@/lib/models/account";
import type { DashboardRange } from "@/lib/models/dashboard";
import type { TimelineItem } from "@/lib/models/timeline";
import type { VideoOption, VideoRecord, VideoWithLastReading } from "@/lib/models/video";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import type { VideoViewsSeries } from "@/lib/models/video-views";
import { dayIn, type Day } from "@/lib/time/days";

/** The account's videos, newest posted first, each with its latest reading; NOT_FOUND for another creator's account. */
export function listVideos(creatorId: string, accountId: string): Promise<VideoWithLastReading[]> {
  return videos.listVideos(creatorId, accountId);
}

/** The account's videos as choices in a form, newest posted first, each named as the pages name it. */
export async function listVideoOptions(creatorId: string, accountId: string): Promise<VideoOption[]> {
  return (await videos.listVideos(creatorId, accountId)).map((video) => ({ id: video.id, label: videoLabel(video) }));
}

/** One video of the account; NOT_FOUND when it is not the account's or the account not the creator's. */
export function getVideo(creatorId: string, accountId: string, videoId: string): Promise<VideoRecord> {
  return videos.requireVideo(creatorId, accountId, videoId);
}

export interface VideoOverview {
  account: AccountRecord;
  video: VideoRecord;
  /** The account's calendar day at `now`. */
  today: Day;
  snapshots: VideoSnapshotRow[];
  /** The video's own milestones and its goals', newest first. */
  milestones: TimelineItem[];
  /** The video's views toward their next threshold. */
  nextUp: NextUp | null;
  /** The views chart over `range`, ending on `today`. */
  series: VideoViewsSeries;
}

/** The video page on the account's day at `now`. */
export async function getVideoOverview(
  creatorId: string,
  accountId: string,
  videoId: string,
  range: DashboardRange,
  now: Date,
): Promise<VideoOverview> {
  const [account, video, snapshots, milestones, inputs] = await Promise.all([
    requireAccount(creatorId, accountId),
    videos.requireVideo(creatorId, accountId, videoId),
    listVideoSnapshots(creatorId, accountId, videoId),
    listVideoMilestones(creatorId, accountId, videoId),
    getNextUpInputs(creatorId, accountId, { videoIds: [videoId] }),
  ]);
  const today = dayIn(account.timeZone, now);
  const series = await getVideoViewsSeries(creatorId, account.id, video.id, range, today);
  return { account, video, today, snapshots, milestones, nextUp: videoNextUpOf(inputs, video.id, today), series };
}
