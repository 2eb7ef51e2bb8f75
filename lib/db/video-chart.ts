// One video's views chart, aggregated in PostgreSQL into the dashboard's buckets (same ranges, same date_trunc):
// per bucket the last reading's cumulative views and the views gained. A gain is the difference between
// consecutive readings, landing on the later reading's day (the posted day, when it comes before the first
// reading, counts as a reading of 0, as in lib/milestones/gains.ts), so a bucket's gains always equal its last
// cumulative minus the last cumulative before it.
import { dateToDay, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";
import type { DashboardRange } from "@/lib/models/dashboard";
import type { VideoViewsSeries } from "@/lib/models/video-views";
import { BUCKET_OF_RANGE, rangeStart } from "@/lib/time/buckets";

const NO_LOWER_BOUND: Day = "0001-01-01";

/** The video's views per bucket over `range`, ending on `today` (the account's calendar day). */
export async function getVideoViewsSeries(
  creatorId: string,
  accountId: string,
  videoId: string,
  range: DashboardRange,
  today: Day,
  tx: Tx = prisma,
): Promise<VideoViewsSeries> {
  const bucket = BUCKET_OF_RANGE[range];
  const from = rangeStart(range, today);
  const lower = from ?? NO_LOWER_BOUND;
  const bucketOf = (column: Prisma.Sql) =>
    Prisma.sql`GREATEST(date_trunc(${bucket}, ${column}::timestamp)::date, ${lower}::date)`;
  // Gains are taken over the whole history (the window sees the reading before the range), then bucketed.
  // No row at all: not the creator's video; one row with a null day: theirs, without a reading in the range.
  const [pointRows, markerRows] = await Promise.all([
    tx.$queryRaw<{ day: Date | null; gained: bigint | null; cumulative: bigint | null }[]>`
      WITH video AS (
        SELECT v.id, v.posted_on FROM videos v JOIN accounts a ON a.id = v.account_id
        WHERE v.id = ${videoId} AND v.account_id = ${accountId} AND a.creator_id = ${creatorId}
      ),
      readings AS (SELECT s.day, s.views FROM video_snapshots s WHERE s.video_id = (SELECT id FROM video) AND s.day <= ${today}::date),
      points AS (
        SELECT day, views FROM readings
        UNION ALL
        SELECT posted_on, 0 FROM video WHERE posted_on < (SELECT min(day) FROM readings)
      ),
      gains AS (SELECT day, views, views - COALESCE(lag(views) OVER (ORDER BY day), 0) AS gained FROM points),
      buckets AS (
        SELECT ${bucketOf(Prisma.sql`day`)} AS day, sum(gained)::bigint AS gained, (array_agg(views ORDER BY day DESC))[1]::bigint AS cumulative
        FROM gains WHERE day >= ${lower}::date GROUP BY 1
      )
      SELECT b.day, b.gained, b.cumulative FROM video LEFT JOIN buckets b ON true ORDER BY b.day`,
    tx.$queryRaw<{ day: Date; bucket_day: Date; rule_key: string; value: bigint }[]>`
      SELECT c.day, ${bucketOf(Prisma.sql`c.day`)} AS bucket_day, c.rule_key, c.value
      FROM milestone_crossings c JOIN accounts a ON a.id = c.account_id
      WHERE c.account_id = ${accountId} AND a.creator_id = ${creatorId} AND c.subject_type = 'video' AND c.subject_id = ${videoId}
        AND c.day >= ${lower}::date AND c.day <= ${today}::date
      ORDER BY c.day, c.rule_key`,
  ]);
  if (!pointRows.length) throw notFoundError("Video");
  return {
    range,
    bucket,
    from,
    to: today,
    points: pointRows.flatMap((r) =>
      r.day !== null && r.gained !== null && r.cumulative !== null
        ? [{ day: dateToDay(r.day), gained: fromDbCount(r.gained), cumulative: fromDbCount(r.cumulative) }]
        : [],
    ),
    markers: markerRows.map((r) => ({
      day: dateToDay(r.day),
      bucketDay: dateToDay(r.bucket_day),
      ruleKey: r.rule_key,
      kind: "crossed",
      value: fromDbCount(r.value),
    })),
  };
}
