// Many readings at once (imports, the API's batch, the command line): one INSERT … SELECT FROM unnest(…) per chunk,
// ON CONFLICT updating the day's reading, so a re-import replaces rather than duplicates. Video readings are folded
// into their month rows first (video_reading_months), so a million readings are some 34,000 rows. Scoped by the
// creator: rows of an account or video that is not theirs are never written (the service checks first and reports them).
import { dateToDay, type Day } from "@/lib/time/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "./client";
import { countsLiteral, foldIntoMonths, sourcesLiteral, type Figure } from "@/lib/db/reading-months";
import type { ReadingSource } from "@/lib/models/readings";

/** A month of a figure no reading gives (the arrays always have MONTH_DAYS elements). */
const EMPTY = countsLiteral([]);

export interface BulkAccountReading {
  day: Day;
  followers: number;
  videoViews?: number | null;
  profileViews?: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
}

export interface BulkVideoReading {
  videoId: string;
  day: Day;
  views: number;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
}

/** Rows per statement: big enough to amortise the round trip, small enough for PostgreSQL's parameter arrays. */
export const BULK_CHUNK = 10_000;

const text = (value: number | null | undefined) => (value === null || value === undefined ? null : String(value));

/**
 * The ON CONFLICT columns that record where an account reading came from and what it replaced: a stored reading of
 * another known source is marked (its source and followers); the same source, or a stored reading from before
 * sources were kept, leaves the mark as it was. Every SET expression reads the stored row as it was before.
 */
export const replacingColumns = Prisma.sql`
        source = EXCLUDED.source,
        replaced_source = CASE WHEN account_snapshots.source IS NOT NULL AND EXCLUDED.source IS NOT NULL AND account_snapshots.source <> EXCLUDED.source
          THEN account_snapshots.source ELSE account_snapshots.replaced_source END,
        replaced_followers = CASE WHEN account_snapshots.source IS NOT NULL AND EXCLUDED.source IS NOT NULL AND account_snapshots.source <> EXCLUDED.source
          THEN account_snapshots.followers ELSE account_snapshots.replaced_followers END,`;

/**
 * Upserts the account's readings, all from `source` (a figure left out keeps the stored one); returns how many rows
 * were written. A day's stored reading of another known source is marked as replaced (its source and followers); a
 * rewrite from the same source keeps the mark the day had.
 */
export async function bulkUpsertAccountSnapshots(
  creatorId: string,
  accountId: string,
  rows: readonly BulkAccountReading[],
  source: ReadingSource,
  tx: Tx = prisma,
): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    written += await tx.$executeRaw`
      INSERT INTO account_snapshots (id, account_id, day, followers, video_views, profile_views, likes, comments, shares, source, updated_at)
      SELECT gen_random_uuid()::text, a.id, u.day, u.followers, u.video_views, u.profile_views, u.likes, u.comments, u.shares, ${source}::"ReadingSource", now()
      FROM accounts a,
           unnest(${chunk.map((r) => r.day)}::date[], ${chunk.map((r) => text(r.followers))}::bigint[], ${chunk.map((r) => text(r.videoViews))}::bigint[],
                  ${chunk.map((r) => text(r.profileViews))}::bigint[], ${chunk.map((r) => text(r.likes))}::bigint[], ${chunk.map((r) => text(r.comments))}::bigint[],
                  ${chunk.map((r) => text(r.shares))}::bigint[]) AS u(day, followers, video_views, profile_views, likes, comments, shares)
      WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}
      ON CONFLICT (account_id, day) DO UPDATE SET
        followers = EXCLUDED.followers,
        video_views = COALESCE(EXCLUDED.video_views, account_snapshots.video_views),
        profile_views = COALESCE(EXCLUDED.profile_views, account_snapshots.profile_views),
        likes = COALESCE(EXCLUDED.likes, account_snapshots.likes),
        comments = COALESCE(EXCLUDED.comments, account_snapshots.comments),
        shares = COALESCE(EXCLUDED.shares, account_snapshots.shares),
        ${replacingColumns}
        updated_at = now()`;
  }
  return written;
}

/** Month rows per statement: some 60,000 readings. */
export const MONTHS_CHUNK = 2_000;

/**
 * Upserts video readings of the account's videos, all from `source`, folded into one row per video and month (a
 * figure left out keeps the stored one; a day named twice: the later row wins). Each day's source is recorded and a
 * stored reading of another known source is marked as replaced (replaced_sources), element by element. `onChunk`
 * reports progress (readings written so far). Returns how many readings (video and day) were written.
 */
export async function bulkUpsertVideoSnapshots(
  creatorId: string,
  accountId: string,
  rows: readonly BulkVideoReading[],
  source: ReadingSource,
  tx: Tx = prisma,
  onChunk?: (written: number) => void,
): Promise<number> {
  const months = foldIntoMonths(rows);
  let written = 0;
  for (let i = 0; i < months.length; i += MONTHS_CHUNK) {
    const chunk = months.slice(i, i + MONTHS_CHUNK);
    const figure = (name: Figure) => chunk.map((m) => (m.figures[name] ? countsLiteral(m.figures[name]) : null));
    const views = figure("views"); // every month has a reading
    const done = await tx.$queryRaw<{ video_id: string; month: Date }[]>`
      INSERT INTO video_reading_months AS m (video_id, month, views, likes, comments, shares, saves, sources, updated_at)
      SELECT v.id, u.month, u.views::bigint[], COALESCE(u.likes::bigint[], ${EMPTY}::bigint[]), COALESCE(u.comments::bigint[], ${EMPTY}::bigint[]),
             COALESCE(u.shares::bigint[], ${EMPTY}::bigint[]), COALESCE(u.saves::bigint[], ${EMPTY}::bigint[]), u.sources::smallint[], now()
      FROM unnest(${chunk.map((m) => m.videoId)}::text[], ${chunk.map((m) => m.month)}::date[], ${views}::text[], ${figure("likes")}::text[],
                  ${figure("comments")}::text[], ${figure("shares")}::text[], ${figure("saves")}::text[],
                  ${views.map((text) => (text === null ? null : sourcesLiteral(text, source)))}::text[]) AS u(video_id, month, views, likes, comments, shares, saves, sources)
      JOIN videos v ON v.id = u.video_id AND v.account_id = ${accountId}
      JOIN accounts a ON a.id = v.account_id AND a.creator_id = ${creatorId}
      ON CONFLICT (video_id, month) DO UPDATE SET
        views = merge_readings(EXCLUDED.views, m.views),
        likes = merge_readings(EXCLUDED.likes, m.likes),
        comments = merge_readings(EXCLUDED.comments, m.comments),
        shares = merge_readings(EXCLUDED.shares, m.shares),
        saves = merge_readings(EXCLUDED.saves, m.saves),
        sources = merge_sources(EXCLUDED.sources, m.sources),
        replaced_sources = replaced_sources(EXCLUDED.views, EXCLUDED.sources, m.views, m.sources, m.replaced_sources),
        updated_at = now()
      RETURNING m.video_id, m.month`;
    const readings = new Map(chunk.map((m) => [`${m.videoId}\u0000${m.month}`, m.readings]));
    for (const row of done) written += readings.get(`${row.video_id}\u0000${dateToDay(row.month)}`) ?? 0;
    onChunk?.(written);
  }
  return written;
}
