import { videoCreateBody } from "@/lib/api/schemas";
import { json, parseBody, withToken } from "@/lib/api/with-token";
import { listVideos } from "@/lib/queries/videos";
import { createVideo } from "@/lib/services/manage-videos";

type Params = { id: string };

export const GET = withToken<Params>(async ({ creatorId, params }) =>
  json({ videos: await listVideos(creatorId, params.id) }),
);

export const POST = withToken<Params>(async ({ request, creatorId, params }) => {
  const input = await parseBody(request, videoCreateBody);
  return json(await createVideo(creatorId, { ...input, accountId: params.id }), 201);
});
