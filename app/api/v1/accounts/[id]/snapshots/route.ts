import * as op from "@/lib/api/operations";
import { withToken } from "@/lib/http/with-token";
import { getAccount } from "@/lib/queries/accounts";
import { listReadingsInRange } from "@/lib/queries/snapshots";
import { writeApiBatch } from "@/lib/services/write-api-batch";

export const GET = withToken(op.listSnapshots, async ({ creatorId, params, query }) =>
  listReadingsInRange(creatorId, params.id, query()),
);

/** Up to 1,000 readings in one transaction: every bad item is named (422) and then nothing is written. */
export const PUT = withToken(op.writeSnapshots, async ({ creatorId, params, body }) => {
  await getAccount(creatorId, params.id); // another creator's account is a 404 even when the body is bad
  const result = await writeApiBatch(creatorId, params.id, await body());
  return {
    written: { account: result.accountWritten, videos: result.videosWritten },
    milestones: { crossings: result.milestones.crossings.length, stateChanges: result.milestones.stateChanges.length },
  };
});
