import { creatorRoute } from "@/lib/http/creator-route";
import { json } from "@/lib/http/errors";
import { getCollectionRun } from "@/lib/queries/connections";

export const dynamic = "force-dynamic";

/** A collection run's progress for the account page polling it: 200 with the run; 404 for another creator's. */
export const GET = creatorRoute<{ params: Promise<{ id: string; runId: string }> }>(
  async (_request, user, { params }) => {
    const { id, runId } = await params;
    const run = await getCollectionRun(user.id, id, runId);
    const { status, videos, videoTotal, videosCreated, followers, error } = run;
    return json({ id: run.id, status, videos, videoTotal, videosCreated, followers, error });
  },
);
