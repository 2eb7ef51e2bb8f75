// Tracked accounts. Every function takes the creator id and only ever sees that creator's accounts.
import { dateToDay } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { AccountInput } from "@/lib/validation/accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";
import type { AccountRecord, AccountSummary } from "@/lib/models/account";

const accountSelect = { id: true, platform: true, handle: true, timeZone: true, ruleSet: true } as const;

export async function listAccounts(creatorId: string): Promise<AccountSummary[]> {
  const rows = await prisma.account.findMany({
    where: { creatorId },
    orderBy: { handle: "asc" },
    select: {
      ...accountSelect,
      _count: { select: { videos: true } },
      snapshots: { orderBy: { day: "desc" }, take: 1, select: { day: true, followers: true } },
    },
  });
  return rows.map(({ _count, snapshots, ...account }) => ({
    ...account,
    videoCount: _count.videos,
    lastDay: snapshots[0] ? dateToDay(snapshots[0].day) : null,
    lastFollowers: snapshots[0] ? fromDbCount(snapshots[0].followers) : null,
  }));
}

/** The ids of the creator's accounts. */
export async function listAccountIds(creatorId: string, tx: Tx = prisma): Promise<string[]> {
  const rows = await tx.account.findMany({ where: { creatorId }, orderBy: { id: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** The creator's account; NOT_FOUND when it does not exist or belongs to someone else. */
export async function requireAccount(creatorId: string, accountId: string, tx: Tx = prisma): Promise<AccountRecord> {
  const account = await tx.account.findFirst({ where: { id: accountId, creatorId }, select: accountSelect });
  if (!account) throw notFoundError("Account");
  return account;
}

export async function isHandleTaken(
  creatorId: string,
  input: Pick<AccountInput, "platform" | "handle">,
  exceptAccountId?: string,
  tx: Tx = prisma,
): Promise<boolean> {
  const other = await tx.account.findFirst({
    where: {
      creatorId,
      platform: input.platform,
      handle: input.handle,
      ...(exceptAccountId ? { NOT: { id: exceptAccountId } } : {}),
    },
    select: { id: true },
  });
  return other !== null;
}

/** Creates the account; null when the creator already tracks this handle (ON CONFLICT DO NOTHING, no error raised). */
export async function insertAccount(
  creatorId: string,
  input: AccountInput,
  tx: Tx = prisma,
): Promise<AccountRecord | null> {
  const [created] = await tx.account.createManyAndReturn({
    data: [{ creatorId, ...input }],
    skipDuplicates: true,
    select: accountSelect,
  });
  return created ?? null;
}

export async function updateAccount(
  creatorId: string,
  accountId: string,
  input: AccountInput,
  tx: Tx = prisma,
): Promise<AccountRecord> {
  const [updated] = await tx.account.updateManyAndReturn({
    where: { id: accountId, creatorId },
    data: input,
    select: accountSelect,
  });
  if (!updated) throw notFoundError("Account");
  return updated;
}

/** Deletes the account with its videos and readings (ON DELETE CASCADE). */
export async function deleteAccount(creatorId: string, accountId: string, tx: Tx = prisma): Promise<void> {
  const { count } = await tx.account.deleteMany({ where: { id: accountId, creatorId } });
  if (!count) throw notFoundError("Account");
}
