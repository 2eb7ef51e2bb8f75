// Reads of an account's milestone timeline: its events (for the timeline page and the API) and the labels its
// goal events name videos by.
import { requireAccount } from "@/lib/db/accounts";
import * as milestones from "@/lib/db/milestones";
import { listVideos } from "@/lib/db/videos";
import { videoLabel } from "@/lib/format/video-label";
import type { TimelineCategory } from "@/lib/milestones";
import type { AccountRecord } from "@/lib/models/account";
import type { TimelineItem } from "@/lib/models/timeline";

/** The account's milestone events, newest first; `category` keeps one kind. NOT_FOUND for another creator's account. */
export function getTimeline(
  creatorId: string,
  accountId: string,
  options: { category?: TimelineCategory } = {},
): Promise<TimelineItem[]> {
  return milestones.getTimeline(creatorId, accountId, options);
}

export interface TimelineOverview {
  account: AccountRecord;
  items: TimelineItem[];
  /** Each of the account's videos by id, named as the pages name it. */
  videoLabels: Map<string, string>;
}

/** The timeline page: the events (of one category, when given) and the names of the account's videos. */
export async function getTimelineOverview(
  creatorId: string,
  accountId: string,
  category: TimelineCategory | null = null,
): Promise<TimelineOverview> {
  const [account, items, videos] = await Promise.all([
    requireAccount(creatorId, accountId),
    milestones.getTimeline(creatorId, accountId, category ? { category } : {}),
    listVideos(creatorId, accountId),
  ]);
  return { account, items, videoLabels: new Map(videos.map((video) => [video.id, videoLabel(video)])) };
}
