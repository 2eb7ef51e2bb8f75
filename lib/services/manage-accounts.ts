// Adding, editing and deleting tracked accounts. A creator tracks each handle once.
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/db/client";
import * as accounts from "@/lib/db/accounts";
import type { AccountInput, AccountRef, AccountUpdateInput } from "@/lib/validation/accounts";

function duplicateHandle(handle: string): AppError {
  return new AppError("CONFLICT", "You already track this account.", { handle: [`You already track @${handle}. Open it from your accounts.`] });
}

export async function createAccount(creatorId: string, input: AccountInput): Promise<accounts.AccountRecord> {
  const created = await accounts.insertAccount(creatorId, input);
  if (!created) throw duplicateHandle(input.handle);
  return created;
}

export function updateAccount(creatorId: string, input: AccountUpdateInput): Promise<accounts.AccountRecord> {
  const { accountId, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    await accounts.requireAccount(creatorId, accountId, tx);
    if (await accounts.isHandleTaken(creatorId, fields, accountId, tx)) throw duplicateHandle(fields.handle);
    return accounts.updateAccount(creatorId, accountId, fields, tx);
  });
}

/** Deletes the account and, with it, its videos and every reading. */
export function deleteAccount(creatorId: string, input: AccountRef): Promise<void> {
  return accounts.deleteAccount(creatorId, input.accountId);
}
