// Import runs: one row per import, so a page can poll its progress while the import's transaction runs.
// Written outside that transaction (separate statements), so progress is visible before it commits.
import { notFoundError } from "@/lib/errors/app-error";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import type { ImportRunRecord, ImportRunStatus } from "@/lib/models/import-run";

const runSelect = {
  id: true,
  accountId: true,
  source: true,
  status: true,
  progress: true,
  message: true,
  finishedAt: true,
} as const;

const toRecord = (row: Omit<ImportRunRecord, "status"> & { status: string }): ImportRunRecord => ({
  ...row,
  status: row.status as ImportRunStatus,
});

export async function insertImportRun(
  creatorId: string,
  accountId: string,
  source: string,
  tx: Tx = prisma,
): Promise<ImportRunRecord> {
  await requireAccount(creatorId, accountId, tx);
  return toRecord(
    await tx.importRun.create({ data: { creatorId, accountId, source, status: "running" }, select: runSelect }),
  );
}

/** The creator's run; NOT_FOUND for another creator's. */
export async function requireImportRun(creatorId: string, runId: string, tx: Tx = prisma): Promise<ImportRunRecord> {
  const row = await tx.importRun.findFirst({ where: { id: runId, creatorId }, select: runSelect });
  if (!row) throw notFoundError("Import");
  return toRecord(row);
}

/** Moves a running import's progress forward (never back, never after it finished). */
export async function updateImportRunProgress(
  creatorId: string,
  runId: string,
  progress: number,
  tx: Tx = prisma,
): Promise<void> {
  const value = Math.max(0, Math.min(100, Math.round(progress)));
  const { count } = await tx.importRun.updateMany({
    where: { id: runId, creatorId, status: "running", progress: { lt: value } },
    data: { progress: value },
  });
  if (!count) await requireImportRun(creatorId, runId, tx);
}

export async function finishImportRun(
  creatorId: string,
  runId: string,
  outcome: { status: "done" | "failed"; message: string },
  tx: Tx = prisma,
): Promise<void> {
  const { count } = await tx.importRun.updateMany({
    where: { id: runId, creatorId },
    data: {
      status: outcome.status,
      message: outcome.message,
      finishedAt: new Date(),
      ...(outcome.status === "done" ? { progress: 100 } : {}),
    },
  });
  if (!count) throw notFoundError("Import");
}
