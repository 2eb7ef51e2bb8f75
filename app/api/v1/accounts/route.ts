import * as op from "@/lib/api/operations";
import { listAccounts } from "@/lib/db/accounts";
import { withToken } from "@/lib/http/with-token";
import { createAccount } from "@/lib/services/manage-accounts";

export const GET = withToken(op.listAccounts, async ({ creatorId }) => ({
  accounts: await listAccounts(creatorId),
}));

export const POST = withToken(op.createAccount, async ({ creatorId, body }) => createAccount(creatorId, await body()));
