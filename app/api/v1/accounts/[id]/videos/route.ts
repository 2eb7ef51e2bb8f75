import * as op from "@/lib/api/operations";
import { withToken } from "@/lib/http/with-token";
import { listVideos } from "@/lib/queries/videos";
import { createVideo } from "@/lib/services/manage-videos";

export const GET = withToken(op.listVideos, async ({ creatorId, params }) => ({
  videos: await listVideos(creatorId, params.id),
}));

export const POST = withToken(op.createVideo, async ({ creatorId, params, body }) =>
  createVideo(creatorId, { ...(await body()), accountId: params.id }),
);
