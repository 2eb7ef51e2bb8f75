// The dashboard's chart data, aggregated in PostgreSQL into day, week or month buckets so a series holds at most
// a few hundred points whatever the history's length. Each series is chart-ready: `{ day, … }[]`, day = the
// bucket's first day (weeks start on Monday), clipped to the range.
import { dateToDay, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { StateChange } from "@/lib/milestones";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";
import type { DashboardRange, DashboardSeries, MilestoneMarker } from "@/lib/models/dashboard";
import { BUCKET_OF_RANGE, rangeStart } from "@/lib/time/buckets";

const NO_LOWER_BOUND: Day = "0001-01-01";

/** The four aggregations as bind-parameter SQL (exported so the benchmark can run the very same text through `pg`). */
export function dashboardSql(creatorId: string, accountId: string, range: DashboardRange, today: Day) {
  const bucket = BUCKET_OF_RANGE[range];
  const lower = rangeStart(range, today) ?? NO_LOWER_BOUND;
  return {
    followers: Prisma.sql`
      SELECT date_trunc(${bucket}, s.day::timestamp)::date AS day, (array_agg(s.followers ORDER BY s.day DESC))[1] AS followers
      FROM accounts a LEFT JOIN account_snapshots s ON s.account_id = a.id AND s.day >= ${lower}::date AND s.day <= ${today}::date
      WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}
      GROUP BY 1 ORDER BY 1`,
    views: Prisma.sql`
      WITH account AS (SELECT id FROM accounts WHERE id = ${accountId} AND creator_id = ${creatorId}),
      daily AS (
        SELECT COALESCE(s.day, d.day) AS day, COALESCE(s.video_views, d.gains) AS views
        FROM (SELECT day, video_views FROM account_snapshots WHERE account_id = (SELECT id FROM account) AND video_views IS NOT NULL) s
        FULL JOIN (SELECT day, gains FROM account_video_days WHERE account_id = (SELECT id FROM account)) d ON d.day = s.day
        WHERE COALESCE(s.day, d.day) <= ${today}::date
      ),
      before AS (SELECT COALESCE(sum(views), 0)::bigint AS total FROM daily WHERE day < ${lower}::date)
      SELECT b.day, b.views, ((SELECT total FROM before) + sum(b.views) OVER (ORDER BY b.day))::bigint AS cumulative
      FROM (SELECT date_trunc(${bucket}, day::timestamp)::date AS day, sum(views)::bigint AS views FROM daily WHERE day >= ${lower}::date GROUP BY 1) b
      ORDER BY b.day`,
    markers: Prisma.sql`
      WITH account AS (SELECT id FROM accounts WHERE id = ${accountId} AND creator_id = ${creatorId}),
      events AS (
        SELECT c.day, c.rule_key, 'crossed' AS kind, c.value FROM milestone_crossings c
        WHERE c.account_id = (SELECT id FROM account) AND c.subject_type = 'account'
        UNION ALL
        -- Video milestones once each: the first video to reach the threshold.
        SELECT * FROM (
          SELECT DISTINCT ON (c.rule_key) c.day, c.rule_key, 'crossed' AS kind, c.value FROM milestone_crossings c
          WHERE c.account_id = (SELECT id FROM account) AND c.subject_type = 'video' ORDER BY c.rule_key, c.day
        ) first_video
        UNION ALL
        SELECT sc.day, sc.rule_key, sc.kind, NULL FROM milestone_state_changes sc WHERE sc.account_id = (SELECT id FROM account)
      )
      SELECT day, date_trunc(${bucket}, day::timestamp)::date AS bucket_day, rule_key, kind, value FROM events
      WHERE day >= ${lower}::date AND day <= ${today}::date ORDER BY day, rule_key`,
    income: Prisma.sql`
      WITH daily AS (
        SELECT i.day, i.amount FROM logged_income i JOIN accounts a ON a.id = i.account_id
        WHERE a.id = ${accountId} AND a.creator_id = ${creatorId} AND i.day <= ${today}::date
      ),
      before AS (SELECT COALESCE(sum(amount), 0)::bigint AS total FROM daily WHERE day < ${lower}::date)
      -- The first row (day NULL) carries what was logged before the range: the line starts there.
      SELECT NULL::date AS day, 0::bigint AS amount, total AS cumulative FROM before
      UNION ALL
      (SELECT b.day, b.amount, ((SELECT total FROM before) + sum(b.amount) OVER (ORDER BY b.day))::bigint AS cumulative
      FROM (SELECT date_trunc(${bucket}, day::timestamp)::date AS day, sum(amount)::bigint AS amount FROM daily WHERE day >= ${lower}::date GROUP BY 1) b
      ORDER BY b.day)`,
  };
}

/** Everything the dashboard charts for one account and range, ending on `today` (the account's calendar day). */
export async function getDashboardSeries(
  creatorId: string,
  accountId: string,
  range: DashboardRange,
  today: Day,
  tx: Tx = prisma,
): Promise<DashboardSeries> {
  const bucket = BUCKET_OF_RANGE[range];
  const from = rangeStart(range, today);
  const sql = dashboardSql(creatorId, accountId, range, today);
  // Every query is scoped by the creator; the followers query also answers "is it theirs": no row at all means not
  // (an account without readings in the range gives one row with a null day).
  const [followerRows, views, markers, income] = await Promise.all([
    tx.$queryRaw<{ day: Date | null; followers: bigint | null }[]>(sql.followers),
    tx.$queryRaw<{ day: Date; views: bigint; cumulative: bigint }[]>(sql.views),
    tx.$queryRaw<{ day: Date; bucket_day: Date; rule_key: string; kind: string; value: bigint | null }[]>(sql.markers),
    tx.$queryRaw<{ day: Date | null; amount: bigint; cumulative: bigint }[]>(sql.income),
  ]);
  if (!followerRows.length) throw notFoundError("Account");
  const followers = followerRows.filter(
    (r): r is { day: Date; followers: bigint } => r.day !== null && r.followers !== null,
  );
  return {
    range,
    bucket,
    from,
    to: today,
    followers: followers.map((r) => ({ day: clip(dateToDay(r.day), from), followers: fromDbCount(r.followers) })),
    views: views.map((r) => ({
      day: clip(dateToDay(r.day), from),
      views: fromDbCount(r.views),
      cumulative: fromDbCount(r.cumulative),
    })),
    markers: markers.map((r) => ({
      day: dateToDay(r.day),
      bucketDay: clip(dateToDay(r.bucket_day), from),
      ruleKey: r.rule_key,
      kind: r.kind as MilestoneMarker["kind"],
      value: r.value === null ? null : fromDbCount(r.value),
    })),
    income: income.flatMap((r) =>
      r.day ? [{ day: clip(dateToDay(r.day), from), amount: Number(r.amount), cumulative: Number(r.cumulative) }] : [],
    ),
    incomeBefore: Number(income.find((r) => r.day === null)?.cumulative ?? 0),
  };
}

/** A week or month that starts before the range is labelled by the range's first day. */
const clip = (day: Day, from: Day | null): Day => (from !== null && day < from ? from : day);

/** The account's eligibility changes (all of them, ascending): what the earnings estimate needs, without the crossings. */
export async function listStateChanges(creatorId: string, accountId: string, tx: Tx = prisma): Promise<StateChange[]> {
  const rows = await tx.$queryRaw<{ day: Date | null; rule_key: string | null; kind: string | null }[]>`
    SELECT sc.day, sc.rule_key, sc.kind
    FROM accounts a LEFT JOIN milestone_state_changes sc ON sc.account_id = a.id
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId} ORDER BY sc.day, sc.rule_key`;
  if (!rows.length) throw notFoundError("Account");
  return rows.flatMap((r) =>
    r.day && r.rule_key ? [{ ruleKey: r.rule_key, kind: r.kind as StateChange["kind"], day: dateToDay(r.day) }] : [],
  );
}
