import * as op from "@/lib/api/operations";
import { presentMilestone } from "@/lib/api/present";
import { getTimeline } from "@/lib/queries/timeline";
import { withToken } from "@/lib/http/with-token";

/** The account's milestone events, newest first. */
export const GET = withToken(op.listMilestones, async ({ creatorId, params }) => ({
  events: (await getTimeline(creatorId, params.id)).map(presentMilestone),
}));
