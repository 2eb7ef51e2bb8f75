// Adding, editing and deleting custom goals. A goal is detected like any milestone, in the same transaction.
import { requireAccount } from "@/lib/db/accounts";
import { prisma, type Tx } from "@/lib/db/client";
import * as goals from "@/lib/db/goals";
import type { GoalRecord } from "@/lib/models/goal";
import { requireVideo } from "@/lib/db/videos";
import type { Day } from "@/lib/time/days";
import { AppError } from "@/lib/errors/app-error";
import { pastTargetError, type GoalInput, type GoalRef, type GoalUpdateInput } from "@/lib/validation/goals";
import { startDetection, type MilestoneChanges } from "./detect-milestones";

type GoalResult = { goal: GoalRecord; milestones: MilestoneChanges };

/** A video goal's video must be one of the account's videos (NOT_FOUND otherwise). */
async function goalData(creatorId: string, input: GoalInput | GoalUpdateInput, tx: Tx): Promise<goals.GoalData> {
  if (input.metric === "video.views" && input.videoId)
    await requireVideo(creatorId, input.accountId, input.videoId, tx);
  const { metric, videoId, threshold, targetDay, label } = input;
  return { metric, videoId, threshold, targetDay, label };
}

/** A target day being set must not have passed in the account's time zone (VALIDATION on `targetDay`). */
async function checkNewTarget(
  creatorId: string,
  accountId: string,
  targetDay: Day | undefined,
  now: Date,
  tx: Tx,
): Promise<void> {
  if (!targetDay) return;
  const passed = pastTargetError(targetDay, (await requireAccount(creatorId, accountId, tx)).timeZone, now);
  if (passed) throw new AppError("VALIDATION", "The target date has passed.", { targetDay: [passed] });
}

export function createGoal(creatorId: string, input: GoalInput, now = new Date()): Promise<GoalResult> {
  return prisma.$transaction(async (tx) => {
    await checkNewTarget(creatorId, input.accountId, input.targetDay, now, tx);
    const detection = await startDetection(tx, creatorId, input.accountId);
    const goal = await goals.insertGoal(creatorId, input.accountId, await goalData(creatorId, input, tx), tx);
    return { goal, milestones: await detection.finish() };
  });
}

/** Editing a goal whose target day has since passed is fine as long as the day stays; a changed day must not have passed. */
export function updateGoal(creatorId: string, input: GoalUpdateInput, now = new Date()): Promise<GoalResult> {
  return prisma.$transaction(async (tx) => {
    const stored = await goals.requireGoal(creatorId, input.accountId, input.goalId, tx);
    if (input.targetDay !== (stored.targetDay ?? undefined))
      await checkNewTarget(creatorId, input.accountId, input.targetDay, now, tx);
    const detection = await startDetection(tx, creatorId, input.accountId);
    const goal = await goals.updateGoal(
      creatorId,
      input.accountId,
      input.goalId,
      await goalData(creatorId, input, tx),
      tx,
    );
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
