import * as op from "@/lib/api/operations";
import { withToken } from "@/lib/http/with-token";
import { listAccounts } from "@/lib/queries/accounts";
import { createAccount } from "@/lib/services/manage-accounts";

export const GET = withToken(op.listAccounts, async ({ creatorId }) => ({
  accounts: await listAccounts(creatorId),
}));

export const POST = withToken(op.createAccount, async ({ creatorId, body }) => createAccount(creatorId, await body()));
