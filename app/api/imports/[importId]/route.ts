import { creatorRoute } from "@/lib/http/creator-route";
import { getImportRun } from "@/lib/queries/import-runs";

export const dynamic = "force-dynamic";

/** An import's progress for the page polling it: 200 { status, progress, message }; 404 for another creator's. */
export const GET = creatorRoute<{ params: Promise<{ importId: string }> }>(async (_request, user, { params }) => {
  const { importId } = await params;
  const run = await getImportRun(user.id, importId);
  return Response.json(
    { id: run.id, accountId: run.accountId, status: run.status, progress: run.progress, message: run.message },
    { headers: { "Cache-Control": "no-store" } },
  );
});
