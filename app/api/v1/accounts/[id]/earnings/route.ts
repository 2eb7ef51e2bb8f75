import * as op from "@/lib/api/operations";
import { presentEarnings } from "@/lib/api/present";
import { withToken } from "@/lib/http/with-token";
import { getCumulativeEstimates } from "@/lib/queries/earnings";

export const GET = withToken(op.getEarnings, async ({ creatorId, params, query }) => {
  const range = query();
  return presentEarnings(await getCumulativeEstimates(creatorId, params.id), range);
});
