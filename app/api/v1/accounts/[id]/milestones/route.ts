import { presentMilestone } from "@/lib/api/present";
import { json, withToken } from "@/lib/api/with-token";
import { getTimeline } from "@/lib/queries/timeline";

type Params = { id: string };

/** The account's milestone events, newest first. */
export const GET = withToken<Params>(async ({ creatorId, params }) =>
  json({ events: (await getTimeline(creatorId, params.id)).map(presentMilestone) }),
);
