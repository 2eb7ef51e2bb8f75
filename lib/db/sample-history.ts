// Set-based writes of a generated history: one INSERT for the account's daily readings, one for every
// video's. Detection is not run here: the caller recomputes the account afterwards. The readings' source stays
// NULL (shown as "—"): sample data was never typed, imported or collected, and calling it any of them would
// make the history say something untrue; NULL is also what a later real reading replaces without a mark.
import { notFoundError } from "@/lib/errors/app-error";
import type { Day } from "@/lib/time/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertMonthsFromDays } from "@/lib/db/reading-months";
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

export async function insertCurveHistory(
  creatorId: string,
  accountId: string,
  firstDay: Day,
  days: number,
  followers: FollowerCurve,
  videos: CurveVideo[],
  tx: Tx,
): Promise<void> {
  const written = await tx.$executeRaw`
    INSERT INTO account_snapshots (id, account_id, day, followers, updated_at)
    SELECT a.id || '-s' || d, a.id, ${firstDay}::date + d,
      round(${followers.base}::float8 + ${followers.slope}::float8 * d + ${followers.top}::float8 / (1 + exp(-(d - ${followers.mid}::float8) / ${followers.width}::float8)))::bigint, now()
    FROM accounts a CROSS JOIN generate_series(0, ${days - 1}::int) AS d
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!written) throw notFoundError("Account");
  await tx.$executeRaw(
    insertMonthsFromDays(Prisma.sql`
      SELECT v.id AS video_id, ${firstDay}::date + d AS day,
        round(c.total * (1 / (1 + exp(-(d - c.mid) / c.width)) - 1 / (1 + exp(-(c.posted - c.mid) / c.width))))::bigint AS views
      FROM unnest(${videos.map((v) => v.videoId)}::text[], ${videos.map((v) => v.postedDay)}::int[], ${videos.map((v) => v.total)}::float8[],
                  ${videos.map((v) => v.mid)}::float8[], ${videos.map((v) => v.width)}::float8[]) AS c(id, posted, total, mid, width)
      JOIN videos v ON v.id = c.id JOIN accounts a ON a.id = v.account_id AND a.id = ${accountId} AND a.creator_id = ${creatorId}
      CROSS JOIN generate_series(0, ${days - 1}::int) AS d
      WHERE d > c.posted`),
  );
}
