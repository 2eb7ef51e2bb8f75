import { accountCreateBody } from "@/lib/api/schemas";
import { json, parseBody, withToken } from "@/lib/api/with-token";
import { listAccounts } from "@/lib/queries/accounts";
import { createAccount } from "@/lib/services/manage-accounts";

export const GET = withToken(async ({ creatorId }) => json({ accounts: await listAccounts(creatorId) }));

export const POST = withToken(async ({ request, creatorId }) => {
  const input = await parseBody(request, accountCreateBody);
  return json(await createAccount(creatorId, input), 201);
});
