// Reads of an account's platform connection and its collection runs (the writes are the collection services').
// Tokens are never selected here: nothing read for a page can leak one.
import { notFoundError } from "@/lib/errors/app-error";
import type { CollectionRunStatus, CollectionRunSummary, ConnectionRecord } from "@/lib/models/connection";
import { dateToDay } from "@/lib/time/days";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbOptionalCount } from "./counts";

const connectionSelect = {
  platform: true,
  displayName: true,
  status: true,
  connectedAt: true,
  lastCollectedAt: true,
  nextRunAt: true,
  lastError: true,
  failures: true,
} as const;

const runSelect = {
  id: true,
  day: true,
  trigger: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  videos: true,
  videoTotal: true,
  videosCreated: true,
  followers: true,
  error: true,
} as const;

interface RunRow {
  id: string;
  day: Date;
  trigger: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  videos: number | null;
  videoTotal: number | null;
  videosCreated: number | null;
  followers: bigint | null;
  error: string | null;
}

const toRun = (row: RunRow): CollectionRunSummary => ({
  ...row,
  day: dateToDay(row.day),
  status: row.status as CollectionRunStatus,
  followers: fromDbOptionalCount(row.followers),
});

/** The account's connection (null when not connected) and its last `limit` runs, newest first; NOT_FOUND for another creator's account. */
export async function readConnectionPanel(
  creatorId: string,
  accountId: string,
  limit: number,
  tx: Tx = prisma,
): Promise<{ timeZone: string; connection: ConnectionRecord | null; runs: CollectionRunSummary[] }> {
  const account = await requireAccount(creatorId, accountId, tx);
  const connection = await tx.platformConnection.findFirst({
    where: { accountId, creatorId },
    select: connectionSelect,
  });
  const runs = await tx.collectionRun.findMany({
    where: { accountId, creatorId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: runSelect,
  });
  return { timeZone: account.timeZone, connection, runs: runs.map(toRun) };
}

/** One run of the creator's account; NOT_FOUND for another creator's or another account's run. */
export async function requireCollectionRun(
  creatorId: string,
  accountId: string,
  runId: string,
  tx: Tx = prisma,
): Promise<CollectionRunSummary> {
  const row = await tx.collectionRun.findFirst({ where: { id: runId, accountId, creatorId }, select: runSelect });
  if (!row) throw notFoundError("Collection run");
  return toRun(row);
}
