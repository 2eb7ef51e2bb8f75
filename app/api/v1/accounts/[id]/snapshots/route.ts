import { rangeQuery, snapshotsBatchBody } from "@/lib/api/schemas";
import { json, parseBody, parseQuery, withToken } from "@/lib/api/with-token";
import { getAccount } from "@/lib/queries/accounts";
import { listReadingsInRange } from "@/lib/queries/snapshots";
import { writeApiBatch } from "@/lib/services/write-api-batch";

type Params = { id: string };

export const GET = withToken<Params>(async ({ url, creatorId, params }) =>
  json(await listReadingsInRange(creatorId, params.id, parseQuery(url, rangeQuery))),
);

/** Up to 1,000 readings in one transaction: every bad item is named (422) and then nothing is written. */
export const PUT = withToken<Params>(async ({ request, creatorId, params }) => {
  await getAccount(creatorId, params.id); // another creator's account is a 404 even when the body is bad
  const batch = await parseBody(request, snapshotsBatchBody);
  const result = await writeApiBatch(creatorId, params.id, batch);
  return json({
    written: { account: result.accountWritten, videos: result.videosWritten },
    milestones: { crossings: result.milestones.crossings.length, stateChanges: result.milestones.stateChanges.length },
  });
});
