// Many readings at once (imports, the API's batch, the command line): one INSERT … SELECT FROM unnest(…) per chunk,
// ON CONFLICT updating the day's reading, so a re-import replaces rather than duplicates. Scoped by the creator: rows
// of an account or video that is not theirs are never written (the service checks first and reports them).
import { randomBytes } from "node:crypto";
import type { Day } from "@/lib/days";
import { prisma, type Tx } from "./client";

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

/** Ids for new rows that sort in insertion order (a random id per row makes every insert land in a random index page). */
const idPrefix = () => `b${Date.now().toString(36)}${randomBytes(4).toString("hex")}-`;

/** Upserts the account's readings (a figure left out keeps the stored one); returns how many rows were written. */
export async function bulkUpsertAccountSnapshots(creatorId: string, accountId: string, rows: readonly BulkAccountReading[], tx: Tx = prisma): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    written += await tx.$executeRaw`
      INSERT INTO account_snapshots (id, account_id, day, followers, video_views, profile_views, likes, comments, shares, updated_at)
      SELECT gen_random_uuid()::text, a.id, u.day, u.followers, u.video_views, u.profile_views, u.likes, u.comments, u.shares, now()
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
        updated_at = now()`;
  }
  return written;
}

/** Upserts video readings of the account's videos; `onChunk` reports progress (rows written so far). */
export async function bulkUpsertVideoSnapshots(
  creatorId: string,
  accountId: string,
  rows: readonly BulkVideoReading[],
  tx: Tx = prisma,
  onChunk?: (written: number) => void,
): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    written += await tx.$executeRaw`
      INSERT INTO video_snapshots (id, video_id, day, views, likes, comments, shares, saves, updated_at)
      SELECT ${idPrefix()} || lpad(u.n::text, 6, '0'), v.id, u.day, u.views, u.likes, u.comments, u.shares, u.saves, now()
      FROM (
        -- A day named twice in the chunk: the later row wins (earlier chunks are overwritten by the upsert itself).
        SELECT DISTINCT ON (video_id, day) * FROM unnest(
          ${chunk.map((r) => r.videoId)}::text[], ${chunk.map((r) => r.day)}::date[], ${chunk.map((r) => String(r.views))}::bigint[],
          ${chunk.map((r) => text(r.likes))}::bigint[], ${chunk.map((r) => text(r.comments))}::bigint[], ${chunk.map((r) => text(r.shares))}::bigint[],
          ${chunk.map((r) => text(r.saves))}::bigint[]) WITH ORDINALITY AS x(video_id, day, views, likes, comments, shares, saves, n)
        ORDER BY video_id, day, n DESC
      ) u
      JOIN videos v ON v.id = u.video_id AND v.account_id = ${accountId}
      JOIN accounts a ON a.id = v.account_id AND a.creator_id = ${creatorId}
      ON CONFLICT (video_id, day) DO UPDATE SET
        views = EXCLUDED.views,
        likes = COALESCE(EXCLUDED.likes, video_snapshots.likes),
        comments = COALESCE(EXCLUDED.comments, video_snapshots.comments),
        shares = COALESCE(EXCLUDED.shares, video_snapshots.shares),
        saves = COALESCE(EXCLUDED.saves, video_snapshots.saves),
        updated_at = now()`;
    onChunk?.(written);
  }
  return written;
}
