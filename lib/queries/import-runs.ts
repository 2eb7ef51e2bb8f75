// An import's progress, for the page polling it while the import's transaction runs.
import { requireImportRun } from "@/lib/db/import-runs";
import { notFoundError } from "@/lib/errors/app-error";
import type { ImportRunRecord } from "@/lib/models/import-run";
import { isId } from "@/lib/validation/common";

/** The creator's import run (progress, status, message); NOT_FOUND for another creator's, or an id no run can have. */
export async function getImportRun(creatorId: string, runId: string): Promise<ImportRunRecord> {
  if (!isId(runId)) throw notFoundError("Import");
  return requireImportRun(creatorId, runId);
}
