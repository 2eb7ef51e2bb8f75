// Adding, editing and deleting tracked accounts. A creator tracks each handle once.
import { AppError } from "@/lib/errors/app-error";
import { prisma } from "@/lib/db/client";
import * as accounts from "@/lib/db/accounts";
import type { AccountRecord } from "@/lib/models/account";
import { lockAccountForDetection } from "@/lib/db/detection-inputs";
import type { AccountInput, AccountRef, AccountUpdateInput } from "@/lib/validation/accounts";
import type { MilestoneChanges } from "./detect-milestones";
import { RECOMPUTE_TIMEOUT_MS, recomputeAccount } from "./recompute-milestones";
import { disconnectAccount } from "./connect-account";

function duplicateHandle(handle: string): AppError {
  return new AppError("CONFLICT", "You already track this account.", {
    handle: [`You already track @${handle}. Open it from your accounts.`],
  });
}

export async function createAccount(creatorId: string, input: AccountInput): Promise<AccountRecord> {
  const created = await accounts.insertAccount(creatorId, input);
  if (!created) throw duplicateHandle(input.handle);
  return created;
}

/** A new rule set recomputes the account's milestones in the same transaction. */
export function updateAccount(
  creatorId: string,
  input: AccountUpdateInput,
): Promise<AccountRecord & { milestones: MilestoneChanges }> {
  const { accountId, ...fields } = input;
  return writeAccount(creatorId, accountId, () => fields);
}

/**
 * Changes only the fields given (the API's PATCH): they are merged with the stored account inside the transaction,
 * under the account's lock, so two changes of different fields at the same time both stay.
 */
export function changeAccount(
  creatorId: string,
  accountId: string,
  changes: Partial<AccountInput>,
): Promise<AccountRecord & { milestones: MilestoneChanges }> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return writeAccount(creatorId, accountId, ({ id: _id, ...stored }) => ({ ...stored, ...given }));
}

function writeAccount(
  creatorId: string,
  accountId: string,
  fieldsFrom: (before: AccountRecord) => AccountInput,
): Promise<AccountRecord & { milestones: MilestoneChanges }> {
  return prisma.$transaction(
    async (tx) => {
      // First: the account read next is then current (a concurrent writer of it waits here until this one commits),
      // and a writer holding the lock (whose FK checks need this row) finishes before the UPDATE locks the row.
      await lockAccountForDetection(creatorId, accountId, tx);
      const before = await accounts.requireAccount(creatorId, accountId, tx);
      const fields = fieldsFrom(before);
      if (await accounts.isHandleTaken(creatorId, fields, accountId, tx)) throw duplicateHandle(fields.handle);
      const updated = await accounts.updateAccount(creatorId, accountId, fields, tx);
      const milestones =
        before.ruleSet !== updated.ruleSet
          ? await recomputeAccount(creatorId, accountId, tx)
          : { crossings: [], stateChanges: [] };
      return { ...updated, milestones };
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}

/** Deletes the account and, with it, its videos and every reading. */
/** Deletes the account and everything of it; a connection is revoked at the platform first (disconnectAccount). */
export async function deleteAccount(creatorId: string, input: AccountRef): Promise<void> {
  await disconnectAccount(creatorId, input.accountId);
  await accounts.deleteAccount(creatorId, input.accountId);
}
