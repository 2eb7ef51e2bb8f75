// Reads of an account's goals: one goal, and the goals page (each goal's progress and status on the account's day).
import { requireAccount } from "@/lib/db/accounts";
import * as goals from "@/lib/db/goals";
import { getNextUpInputs } from "@/lib/db/milestones";
import { listVideos } from "@/lib/db/videos";
import { videoLabel } from "@/lib/format/video-label";
import { goalStanding } from "@/lib/milestones";
import type { AccountRecord } from "@/lib/models/account";
import type { GoalProgress, GoalRecord } from "@/lib/models/goal";
import type { VideoOption } from "@/lib/models/video";
import { dayIn, type Day } from "@/lib/time/days";

/** One goal of the account; NOT_FOUND when it is not the account's or the account not the creator's. */
export function getGoal(creatorId: string, accountId: string, goalId: string): Promise<GoalRecord> {
  return goals.requireGoal(creatorId, accountId, goalId);
}

export interface GoalsOverview {
  account: AccountRecord;
  /** The account's calendar day at `now`. */
  today: Day;
  /** The account's videos, for a new video goal. */
  videos: VideoOption[];
  /** The goals in the order they were set, each with its progress, status and crossing. */
  goals: GoalProgress[];
}

/** The goals page on the account's day at `now`. */
export async function getGoalsOverview(creatorId: string, accountId: string, now: Date): Promise<GoalsOverview> {
  const [account, goalRecords, videoRecords, inputs] = await Promise.all([
    requireAccount(creatorId, accountId),
    goals.listGoals(creatorId, accountId),
    listVideos(creatorId, accountId),
    getNextUpInputs(creatorId, accountId),
  ]);
  const today = dayIn(account.timeZone, now);
  const videos = videoRecords.map((video) => ({ id: video.id, label: videoLabel(video) }));
  const labels = new Map(videos.map((video) => [video.id, video.label]));
  return {
    account,
    today,
    videos,
    goals: goalRecords.map((goal) => ({
      goal,
      videoLabel: goal.videoId ? (labels.get(goal.videoId) ?? goal.videoTitle) : null,
      ...goalStanding(goal, inputs, today),
    })),
  };
}
