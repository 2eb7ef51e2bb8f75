// Account readings: one per account and day. Scoped through the account's creator.
import { dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { AccountFigures } from "@/lib/validation/snapshots";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount, toDbCount, toDbOptionalCount } from "./counts";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import type { ReadingSource } from "@/lib/models/readings";
import { replacingColumns } from "./bulk-readings";

const select = {
  id: true,
  day: true,
  followers: true,
  videoViews: true,
  profileViews: true,
  likes: true,
  comments: true,
  shares: true,
  source: true,
  replacedSource: true,
  replacedFollowers: true,
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
  source: ReadingSource | null;
  replacedSource: ReadingSource | null;
  replacedFollowers: bigint | null;
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
    source: row.source,
    replacedSource: row.replacedSource,
    replacedFollowers: fromDbOptionalCount(row.replacedFollowers),
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

/**
 * Records the day's reading from `source`, replacing one already there (INSERT … ON CONFLICT (account_id, day) DO
 * UPDATE): a stored reading of another known source is marked as replaced (its source and followers).
 */
export async function upsertAccountSnapshot(
  creatorId: string,
  accountId: string,
  day: Day,
  figures: AccountFigures,
  source: ReadingSource,
  tx: Tx = prisma,
): Promise<AccountSnapshotRow> {
  await requireAccount(creatorId, accountId, tx);
  const c = toColumns(figures);
  const [row] = await tx.$queryRaw<Row[]>`
    INSERT INTO account_snapshots (id, account_id, day, followers, video_views, profile_views, likes, comments, shares, source, updated_at)
    SELECT gen_random_uuid()::text, a.id, ${day}::date, ${c.followers}::bigint, ${c.videoViews}::bigint, ${c.profileViews}::bigint,
           ${c.likes}::bigint, ${c.comments}::bigint, ${c.shares}::bigint, ${source}::"ReadingSource", now()
    FROM accounts a WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}
    ON CONFLICT (account_id, day) DO UPDATE SET
      followers = EXCLUDED.followers, video_views = EXCLUDED.video_views, profile_views = EXCLUDED.profile_views,
      likes = EXCLUDED.likes, comments = EXCLUDED.comments, shares = EXCLUDED.shares,
      ${replacingColumns}
      updated_at = now()
    RETURNING id, day, followers, video_views AS "videoViews", profile_views AS "profileViews", likes, comments, shares,
      source::text AS source, replaced_source::text AS "replacedSource", replaced_followers AS "replacedFollowers"`;
  if (!row) throw notFoundError("Account");
  return toRow(row);
}

/**
 * Rewrites the reading `snapshotId` (its day and figures) as a new reading from `source`: an edit is no silent
 * replacement, so the mark of what the reading had replaced goes with the old figures.
 */
export async function updateAccountSnapshot(
  creatorId: string,
  accountId: string,
  snapshotId: string,
  day: Day,
  figures: AccountFigures,
  source: ReadingSource,
  tx: Tx = prisma,
): Promise<AccountSnapshotRow> {
  const [row] = await tx.accountSnapshot.updateManyAndReturn({
    where: { id: snapshotId, accountId, account: { creatorId } },
    data: { day: dayToDate(day), ...toColumns(figures), source, replacedSource: null, replacedFollowers: null },
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
