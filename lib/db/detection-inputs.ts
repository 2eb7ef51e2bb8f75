// What the milestone detector reads: the account's lock, settings, readings and the histories of a few videos.
// Each read is bounded by one video's history or the account's number of days, never all its video snapshots.
// Each starts FROM the creator's account (LEFT JOIN the rows), so one round trip both scopes and reads:
// no row at all means the account is not the creator's.
import { dateToDay } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { AccountReadingInput, RuleSetKey, VideoHistoryInput } from "@/lib/milestones";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount } from "./counts";
import { parseCounts, unfoldViews } from "@/lib/db/reading-months";

/**
 * Serialises the writers of one account until the transaction ends (pg_advisory_xact_lock), so that two
 * concurrent writes cannot both miss each other's readings. Take it before reading anything detection uses.
 */
export async function lockAccountForDetection(creatorId: string, accountId: string, tx: Tx): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id, pg_advisory_xact_lock(hashtext(a.id))::text AS locked
    FROM accounts a WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!rows.length) throw notFoundError("Account");
}

/** The account's rule set and the creator's 18+ confirmation. */
export async function getDetectionSettings(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<{ ruleSet: RuleSetKey; isAdult: boolean }> {
  const row = await tx.account.findFirst({
    where: { id: accountId, creatorId },
    select: { ruleSet: true, creator: { select: { isAdult: true } } },
  });
  if (!row) throw notFoundError("Account");
  return { ruleSet: row.ruleSet, isAdult: row.creator.isAdult };
}

/** The account's readings, one per day, ascending. */
export async function listAccountReadings(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<AccountReadingInput[]> {
  const rows = await tx.$queryRaw<{ day: Date | null; followers: bigint; video_views: bigint | null }[]>`
    SELECT s.day, s.followers, s.video_views
    FROM accounts a LEFT JOIN account_snapshots s ON s.account_id = a.id
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId} ORDER BY s.day`;
  if (!rows.length) throw notFoundError("Account");
  return rows.flatMap((row) =>
    row.day
      ? [
          {
            day: dateToDay(row.day),
            followers: fromDbCount(row.followers),
            videoViews: fromDbOptionalCount(row.video_views),
          },
        ]
      : [],
  );
}

type HistoryRow = { id: string | null; posted_on: Date | null; month: Date | null; views: string | null };

/** Rows of (video, month) in video order, months ascending, into one history per video (readings ascending). */
function toHistories(rows: HistoryRow[]): VideoHistoryInput[] {
  const byId = new Map<string, VideoHistoryInput>();
  for (const row of rows) {
    if (row.id === null) continue; // the account's own row: no (such) video
    let video = byId.get(row.id);
    if (!video)
      byId.set(
        row.id,
        (video = { id: row.id, postedOn: row.posted_on ? dateToDay(row.posted_on) : null, readings: [] }),
      );
    if (row.month) video.readings.push(...unfoldViews(dateToDay(row.month), parseCounts(row.views)));
  }
  return [...byId.values()];
}

/** The histories of these videos of the account (readings ascending). Videos that are not there are absent. */
export async function listVideoHistories(
  creatorId: string,
  accountId: string,
  videoIds: string[],
  tx: Tx = prisma,
): Promise<Map<string, VideoHistoryInput>> {
  const rows = await tx.$queryRaw<HistoryRow[]>`
    SELECT v.id, v.posted_on, m.month, m.views::text AS views
    FROM accounts a
    LEFT JOIN videos v ON v.account_id = a.id AND v.id = ANY(${videoIds}::text[])
    LEFT JOIN video_reading_months m ON m.video_id = v.id
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}
    ORDER BY v.id, m.month`;
  if (!rows.length) throw notFoundError("Account");
  return new Map(toHistories(rows).map((video) => [video.id, video]));
}

/**
 * One page of the account's video histories, by video id after `afterVideoId` (null: from the start).
 * A full recomputation walks the pages so it never holds every reading of a large account at once.
 */
export async function listVideoHistoryPage(
  creatorId: string,
  accountId: string,
  afterVideoId: string | null,
  pageSize: number,
  tx: Tx = prisma,
): Promise<VideoHistoryInput[]> {
  await requireAccount(creatorId, accountId, tx);
  const rows = await tx.$queryRaw<HistoryRow[]>`
    WITH page AS (
      SELECT id, posted_on FROM videos
      WHERE account_id = ${accountId} AND (${afterVideoId}::text IS NULL OR id > ${afterVideoId}::text)
      ORDER BY id LIMIT ${pageSize}
    )
    SELECT p.id, p.posted_on, m.month, m.views::text AS views
    FROM page p LEFT JOIN video_reading_months m ON m.video_id = p.id
    ORDER BY p.id, m.month`;
  return toHistories(rows);
}
