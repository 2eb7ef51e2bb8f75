// Set-based writes of a generated history: one INSERT for the account's daily readings, one for every
// video's. Detection is not run here: the caller recomputes the account afterwards.
import { notFoundError } from "@/lib/errors";
import type { Day } from "@/lib/days";
import type { Tx } from "./client";

/** A video whose cumulative views follow a logistic curve: `total` × (σ((d − mid) ÷ width) − σ at its posted day). */
export interface CurveVideo {
  videoId: string;
  postedDay: number;
  total: number;
  mid: number;
  width: number;
}

/** Followers on day d (0 … days − 1): base + slope·d + top·σ((d − mid) ÷ width). */
export interface FollowerCurve {
  base: number;
  slope: number;
  top: number;
  mid: number;
  width: number;
}

export async function insertCurveHistory(creatorId: string, accountId: string, firstDay: Day, days: number, followers: FollowerCurve, videos: CurveVideo[], tx: Tx): Promise<void> {
  const written = await tx.$executeRaw`
    INSERT INTO account_snapshots (id, account_id, day, followers, updated_at)
    SELECT a.id || '-s' || d, a.id, ${firstDay}::date + d,
      round(${followers.base}::float8 + ${followers.slope}::float8 * d + ${followers.top}::float8 / (1 + exp(-(d - ${followers.mid}::float8) / ${followers.width}::float8)))::bigint, now()
    FROM accounts a CROSS JOIN generate_series(0, ${days - 1}::int) AS d
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!written) throw notFoundError("Account");
  // One row per video and month: element i is day i of the month, NULL outside the history and before the post.
  await tx.$executeRaw`
    INSERT INTO video_reading_months (video_id, month, views, likes, comments, shares, saves, updated_at)
    SELECT v.id, m.month,
      array_agg(CASE WHEN x.d > c.posted AND x.d >= 0 AND x.d < ${days}::int AND date_trunc('month', x.day)::date = m.month
        THEN round(c.total * (1 / (1 + exp(-(x.d - c.mid) / c.width)) - 1 / (1 + exp(-(c.posted - c.mid) / c.width))))::bigint END ORDER BY i),
      e.empty, e.empty, e.empty, e.empty, now()
    FROM unnest(${videos.map((v) => v.videoId)}::text[], ${videos.map((v) => v.postedDay)}::int[], ${videos.map((v) => v.total)}::float8[],
                ${videos.map((v) => v.mid)}::float8[], ${videos.map((v) => v.width)}::float8[]) AS c(id, posted, total, mid, width)
    JOIN videos v ON v.id = c.id JOIN accounts a ON a.id = v.account_id AND a.id = ${accountId} AND a.creator_id = ${creatorId}
    CROSS JOIN generate_series(date_trunc('month', ${firstDay}::date), ${firstDay}::date + ${days - 1}::int, interval '1 month') AS g(start)
    CROSS JOIN LATERAL (SELECT g.start::date AS month) m
    CROSS JOIN generate_series(1, 31) AS i
    CROSS JOIN LATERAL (SELECT m.month + (i - 1) AS day, m.month + (i - 1) - ${firstDay}::date AS d) x
    CROSS JOIN (SELECT array_fill(NULL::bigint, ARRAY[31]) AS empty) e
    GROUP BY v.id, m.month, e.empty
    HAVING count(*) FILTER (WHERE x.d > c.posted AND x.d >= 0 AND x.d < ${days}::int AND date_trunc('month', x.day)::date = m.month) > 0`;
}
