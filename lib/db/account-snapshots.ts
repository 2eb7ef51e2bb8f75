// Account readings: one per account and day. Scoped through the account's creator.
import { dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { AccountFigures } from "@/lib/validation/snapshots";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount, toDbCount, toDbOptionalCount } from "./counts";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";

const select = {
  id: true,
  day: true,
  followers: true,
  videoViews: true,
  profileViews: true,
  likes: true,
  comments: true,
  shares: true,
} as const;

type Row = {
  id: string;
  day: Date;
  followers: bigint;
  videoViews: bigint | null;
  profileViews: bigint | null;
  likes: bigint | null;
  comments: bigint | null;
  shares: bigint | null;
};

function toRow(row: Row): AccountSnapshotRow {
  return {
    id: row.id,
    day: dateToDay(row.day),
    followers: fromDbCount(row.followers),
    videoViews: fromDbOptionalCount(row.videoViews),
    profileViews: fromDbOptionalCount(row.profileViews),
    likes: fromDbOptionalCount(row.likes),
    comments: fromDbOptionalCount(row.comments),
    shares: fromDbOptionalCount(row.shares),
  };
}

/** Absent optional figures are stored as unknown (null): a re-recorded day replaces the whole reading. */
function toColumns(figures: AccountFigures) {
  return {
    followers: toDbCount(figures.followers),
    videoViews: toDbOptionalCount(figures.videoViews),
    profileViews: toDbOptionalCount(figures.profileViews),
    likes: toDbOptionalCount(figures.likes),
    comments: toDbOptionalCount(figures.comments),
    shares: toDbOptionalCount(figures.shares),
  };
}

/** The account's readings, newest day first. */
export async function listAccountSnapshots(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<AccountSnapshotRow[]> {
  await requireAccount(creatorId, accountId, tx);
  const rows = await tx.accountSnapshot.findMany({
    where: { accountId, account: { creatorId } },
    orderBy: { day: "desc" },
    select,
  });
  return rows.map(toRow);
}

export async function requireAccountSnapshot(
  creatorId: string,
  accountId: string,
  snapshotId: string,
  tx: Tx = prisma,
): Promise<AccountSnapshotRow> {
  const row = await tx.accountSnapshot.findFirst({
    where: { id: snapshotId, accountId, account: { creatorId } },
    select,
  });
  if (!row) throw notFoundError("Reading");
  return toRow(row);
}

/** The id of the account's reading on `day`, if there is one. */
export async function findAccountSnapshotOn(
  creatorId: string,
  accountId: string,
  day: Day,
  tx: Tx = prisma,
): Promise<string | null> {
  await requireAccount(creatorId, accountId, tx);
  const row = await tx.accountSnapshot.findFirst({
    where: { accountId, day: dayToDate(day), account: { creatorId } },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** Records the day's reading, replacing one already there (INSERT … ON CONFLICT (account_id, day) DO UPDATE). */
export async function upsertAccountSnapshot(
  creatorId: string,
  accountId: string,
  day: Day,
  figures: AccountFigures,
  tx: Tx = prisma,
): Promise<AccountSnapshotRow> {
  await requireAccount(creatorId, accountId, tx);
  const columns = toColumns(figures);
  const row = await tx.accountSnapshot.upsert({
    where: { accountId_day: { accountId, day: dayToDate(day) } },
    create: { accountId, day: dayToDate(day), ...columns },
    update: columns,
    select,
  });
  return toRow(row);
}

export async function updateAccountSnapshot(
  creatorId: string,
  accountId: string,
  snapshotId: string,
  day: Day,
  figures: AccountFigures,
  tx: Tx = prisma,
): Promise<AccountSnapshotRow> {
  const [row] = await tx.accountSnapshot.updateManyAndReturn({
    where: { id: snapshotId, accountId, account: { creatorId } },
    data: { day: dayToDate(day), ...toColumns(figures) },
    select,
  });
  if (!row) throw notFoundError("Reading");
  return toRow(row);
}

export async function deleteAccountSnapshot(
  creatorId: string,
  accountId: string,
  snapshotId: string,
  tx: Tx = prisma,
): Promise<void> {
  const { count } = await tx.accountSnapshot.deleteMany({
    where: { id: snapshotId, accountId, account: { creatorId } },
  });
  if (!count) throw notFoundError("Reading");
}
