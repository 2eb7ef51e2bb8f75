import * as op from "@/lib/api/operations";
import { withToken } from "@/lib/http/with-token";
import { getAccount } from "@/lib/queries/accounts";
import { changeAccount, deleteAccount } from "@/lib/services/manage-accounts";

export const GET = withToken(op.getAccount, async ({ creatorId, params }) => getAccount(creatorId, params.id));

/** Only the fields sent change, merged with the stored account inside the service's transaction. */
export const PATCH = withToken(op.changeAccount, async ({ creatorId, params, body }) => {
  const { id, platform, handle, timeZone, ruleSet } = await changeAccount(creatorId, params.id, await body());
  return { id, platform, handle, timeZone, ruleSet };
});

export const DELETE = withToken(op.deleteAccount, async ({ creatorId, params }) => {
  await deleteAccount(creatorId, { accountId: params.id });
});
