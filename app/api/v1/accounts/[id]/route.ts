import { accountPatchBody } from "@/lib/api/schemas";
import { json, parseBody, withToken } from "@/lib/api/with-token";
import { getAccount } from "@/lib/queries/accounts";
import { deleteAccount, updateAccount } from "@/lib/services/manage-accounts";

type Params = { id: string };

export const GET = withToken<Params>(async ({ creatorId, params }) => json(await getAccount(creatorId, params.id)));

/** Only the fields sent change; a new rule set recomputes the account's milestones. */
export const PATCH = withToken<Params>(async ({ request, creatorId, params }) => {
  const changes = await parseBody(request, accountPatchBody);
  const { id: accountId, ...current } = await getAccount(creatorId, params.id);
  const { id, platform, handle, timeZone, ruleSet } = await updateAccount(creatorId, {
    ...current,
    ...changes,
    accountId,
  });
  return json({ id, platform, handle, timeZone, ruleSet });
});

export const DELETE = withToken<Params>(async ({ creatorId, params }) => {
  await deleteAccount(creatorId, { accountId: params.id });
  return new Response(null, { status: 204 });
});
