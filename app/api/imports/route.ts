import { after } from "next/server";
import { creatorRoute } from "@/lib/http/creator-route";
import { readImportUpload } from "@/lib/http/upload";
import { createTikTokImportRun, readTikTokUpload, runTikTokImport } from "@/lib/services/import-tiktok";
import { importRunSchema } from "@/lib/validation/imports";

export const dynamic = "force-dynamic";

/**
 * Starts importing the uploaded files: they are read first (413/422 at once past the upload's limits), then 202 { id },
 * the import itself after the response (its progress and outcome on GET /api/imports/{id}; a failure is recorded
 * there, nothing written).
 */
export const POST = creatorRoute(async (request, user) => {
  const { fields, files, budget } = await readImportUpload(request, importRunSchema);
  const source = await readTikTokUpload(files, budget);
  const run = await createTikTokImportRun(user.id, fields.accountId);
  after(() =>
    runTikTokImport(user.id, fields.accountId, source, { exportDay: fields.exportDay, importRunId: run.id }).then(
      () => undefined,
      () => undefined, // recorded on the run
    ),
  );
  return Response.json({ id: run.id }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
