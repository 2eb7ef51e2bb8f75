// Custom goals of an account. Scoped through the account's creator; a video goal names one of the account's videos.
import { dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { GoalMetric } from "@/lib/validation/goals";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount, toDbCount } from "./counts";
import type { GoalRecord } from "@/lib/models/goal";

export interface GoalData {
  metric: GoalMetric;
  videoId?: string;
  threshold: number;
  targetDay?: Day;
  label?: string;
}

const select = {
  id: true,
  accountId: true,
  metric: true,
  videoId: true,
  threshold: true,
  targetDay: true,
  label: true,
  video: { select: { title: true } },
} as const;

type Row = {
  id: string;
  accountId: string;
  metric: string;
  videoId: string | null;
  threshold: bigint;
  targetDay: Date | null;
  label: string | null;
  video: { title: string | null } | null;
};

function toRecord({ video, ...row }: Row): GoalRecord {
  return {
    ...row,
    metric: row.metric as GoalMetric, // only the services write goals, with validated metrics
    videoTitle: video?.title ?? null,
    threshold: fromDbCount(row.threshold),
    targetDay: row.targetDay ? dateToDay(row.targetDay) : null,
  };
}

/** Absent optional fields are cleared (null), so an edit can remove a target day or a label. */
function toColumns(data: GoalData) {
  return {
    metric: data.metric,
    videoId: data.metric === "video.views" ? (data.videoId ?? null) : null,
    threshold: toDbCount(data.threshold),
    targetDay: data.targetDay ? dayToDate(data.targetDay) : null,
    label: data.label ?? null,
  };
}

const scope = (creatorId: string, accountId: string) => ({ accountId, account: { creatorId } });

/** The account's goals, oldest first. */
export async function listGoals(creatorId: string, accountId: string, tx: Tx = prisma): Promise<GoalRecord[]> {
  const account = await tx.account.findFirst({
    where: { id: accountId, creatorId },
    select: { goals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select } },
  });
  if (!account) throw notFoundError("Account");
  return account.goals.map(toRecord);
}

export async function requireGoal(
  creatorId: string,
  accountId: string,
  goalId: string,
  tx: Tx = prisma,
): Promise<GoalRecord> {
  const row = await tx.goal.findFirst({ where: { id: goalId, ...scope(creatorId, accountId) }, select });
  if (!row) throw notFoundError("Goal");
  return toRecord(row);
}

/** Creates the goal. The caller has checked that a video goal's video is the account's. */
export async function insertGoal(
  creatorId: string,
  accountId: string,
  data: GoalData,
  tx: Tx = prisma,
): Promise<GoalRecord> {
  await requireAccount(creatorId, accountId, tx);
  return toRecord(await tx.goal.create({ data: { accountId, ...toColumns(data) }, select }));
}

export async function updateGoal(
  creatorId: string,
  accountId: string,
  goalId: string,
  data: GoalData,
  tx: Tx = prisma,
): Promise<GoalRecord> {
  const { count } = await tx.goal.updateMany({
    where: { id: goalId, ...scope(creatorId, accountId) },
    data: toColumns(data),
  });
  if (!count) throw notFoundError("Goal");
  return requireGoal(creatorId, accountId, goalId, tx);
}

export async function deleteGoal(creatorId: string, accountId: string, goalId: string, tx: Tx = prisma): Promise<void> {
  const { count } = await tx.goal.deleteMany({ where: { id: goalId, ...scope(creatorId, accountId) } });
  if (!count) throw notFoundError("Goal");
}
