// Collection runs: one row per collection of an account, its progress while it runs (written outside the run's
// write transaction, as imports do) and its outcome. Creator-scoped.
import { dayToDate, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import { prisma, type Tx } from "./client";

export type RunTrigger = "schedule" | "now" | "cli";
export type RunStatus = "queued" | "running" | "succeeded" | "failed" | "needs_reconnecting" | "interrupted";

/** Locks the account's connection row (runs of one account start one at a time); NOT_FOUND when it has none. */
async function lockConnection(creatorId: string, accountId: string, tx: Tx): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM platform_connections WHERE account_id = ${accountId} AND creator_id = ${creatorId} FOR UPDATE`;
  if (!rows.length) throw notFoundError("Connection");
}

/** Whether a run of the account is queued or running, other than `exceptQueuedRunId` (the one about to start). */
async function runUnderWay(creatorId: string, accountId: string, exceptQueuedRunId: string | undefined, tx: Tx) {
  const run = await tx.collectionRun.findFirst({
    where: {
      accountId,
      creatorId,
      OR: [{ status: "running" }, { status: "queued", NOT: { id: exceptQueuedRunId ?? "" } }],
    },
    select: { id: true },
  });
  return run !== null;
}

/**
 * Starts a run of the account's collection unless one is under way: the connection's row is locked first, so two
 * workers (or the schedule and "Collect now") never run the same account at once. A run still "running" after
 * `staleSeconds` was interrupted (its worker died): it is marked so and a new run may start. `queuedRunId` takes
 * over a run "Collect now" queued. Returns the run's id, or null when another run is under way.
 */
export async function beginRun(
  creatorId: string,
  accountId: string,
  input: { trigger: RunTrigger; day: Day; now: Date; staleSeconds: number; queuedRunId?: string },
  tx: Tx,
): Promise<string | null> {
  await lockConnection(creatorId, accountId, tx);
  const stale = new Date(input.now.getTime() - input.staleSeconds * 1000);
  await tx.collectionRun.updateMany({
    where: { accountId, creatorId, status: "running", startedAt: { lt: stale } },
    data: {
      status: "interrupted",
      finishedAt: input.now,
      error: "The run stopped part-way (its worker ended): nothing of it was written.",
    },
  });
  if (await runUnderWay(creatorId, accountId, input.queuedRunId, tx)) return null;
  const data = { status: "running", day: dayToDate(input.day), startedAt: input.now, attempts: { increment: 1 } };
  if (input.queuedRunId) {
    const { count } = await tx.collectionRun.updateMany({
      where: { id: input.queuedRunId, accountId, creatorId, status: "queued" },
      data,
    });
    return count ? input.queuedRunId : null;
  }
  const run = await tx.collectionRun.create({
    data: { creatorId, accountId, trigger: input.trigger, ...data, attempts: 1 },
    select: { id: true },
  });
  return run.id;
}

/** A run "Collect now" asked for, for the worker to start; null when one is queued or running already. */
export async function queueRun(
  creatorId: string,
  accountId: string,
  day: Day,
  now: Date,
  tx: Tx,
): Promise<string | null> {
  await lockConnection(creatorId, accountId, tx);
  if (await runUnderWay(creatorId, accountId, undefined, tx)) return null;
  const run = await tx.collectionRun.create({
    data: { creatorId, accountId, trigger: "now", status: "queued", day: dayToDate(day), startedAt: now },
    select: { id: true },
  });
  return run.id;
}

/** Whether the account's scheduled collection already succeeded for the day (a job retried after its success). */
export async function collectedOnSchedule(
  creatorId: string,
  accountId: string,
  day: Day,
  tx: Tx = prisma,
): Promise<boolean> {
  const row = await tx.collectionRun.findFirst({
    where: { creatorId, accountId, day: dayToDate(day), trigger: "schedule", status: "succeeded" },
    select: { id: true },
  });
  return row !== null;
}

export async function reportRunProgress(
  creatorId: string,
  runId: string,
  progress: { videoTotal: number; videos: number; followers?: number },
): Promise<void> {
  await prisma.collectionRun.updateMany({
    where: { id: runId, creatorId, status: "running" },
    data: { videoTotal: progress.videoTotal, videos: progress.videos, followers: progress.followers },
  });
}

export async function finishRun(
  creatorId: string,
  runId: string,
  outcome: {
    status: Exclude<RunStatus, "queued" | "running">;
    at: Date;
    error?: string | null;
    videos?: number;
    videoTotal?: number;
    videosCreated?: number;
    followers?: number;
  },
  tx: Tx = prisma,
): Promise<void> {
  const { status, at, error, ...counts } = outcome;
  await tx.collectionRun.updateMany({
    where: { id: runId, creatorId },
    data: { status, finishedAt: at, error: error ?? null, ...counts },
  });
}
