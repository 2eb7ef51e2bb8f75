import { presentEarnings } from "@/lib/api/present";
import { rangeQuery } from "@/lib/api/schemas";
import { json, parseQuery, withToken } from "@/lib/api/with-token";
import { getCumulativeEstimates } from "@/lib/queries/earnings";

type Params = { id: string };

export const GET = withToken<Params>(async ({ url, creatorId, params }) => {
  const range = parseQuery(url, rangeQuery);
  return json(presentEarnings(await getCumulativeEstimates(creatorId, params.id), range));
});
