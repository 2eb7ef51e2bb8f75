// Adding, editing and deleting custom goals. A goal is detected like any milestone, in the same transaction.
import { prisma, type Tx } from "@/lib/db/client";
import * as goals from "@/lib/db/goals";
import { requireVideo } from "@/lib/db/videos";
import type { GoalInput, GoalRef, GoalUpdateInput } from "@/lib/validation/goals";
import { startDetection, type MilestoneChanges } from "./detect-milestones";

type GoalResult = { goal: goals.GoalRecord; milestones: MilestoneChanges };

/** A video goal's video must be one of the account's videos (NOT_FOUND otherwise). */
async function goalData(creatorId: string, input: GoalInput | GoalUpdateInput, tx: Tx): Promise<goals.GoalData> {
  if (input.metric === "video.views" && input.videoId) await requireVideo(creatorId, input.accountId, input.videoId, tx);
  const { metric, videoId, threshold, targetDay, label } = input;
  return { metric, videoId, threshold, targetDay, label };
}

export function createGoal(creatorId: string, input: GoalInput): Promise<GoalResult> {
  return prisma.$transaction(async (tx) => {
    const detection = await startDetection(tx, creatorId, input.accountId);
    const goal = await goals.insertGoal(creatorId, input.accountId, await goalData(creatorId, input, tx), tx);
    return { goal, milestones: await detection.finish() };
  });
}

export function updateGoal(creatorId: string, input: GoalUpdateInput): Promise<GoalResult> {
  return prisma.$transaction(async (tx) => {
    const detection = await startDetection(tx, creatorId, input.accountId);
    await goals.requireGoal(creatorId, input.accountId, input.goalId, tx);
    const goal = await goals.updateGoal(creatorId, input.accountId, input.goalId, await goalData(creatorId, input, tx), tx);
    return { goal, milestones: await detection.finish() };
  });
}

/** Deletes the goal and its crossing. */
export function deleteGoal(creatorId: string, input: GoalRef): Promise<MilestoneChanges> {
  return prisma.$transaction(async (tx) => {
    const detection = await startDetection(tx, creatorId, input.accountId);
    await goals.deleteGoal(creatorId, input.accountId, input.goalId, tx);
    return detection.finish();
  });
}
