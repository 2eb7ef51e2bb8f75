// What the milestone pages read: the timeline (crossings and eligibility changes, newest first), a video's own
// milestones, and the series "next up" projects from (lib/milestones turns them into next up and goal status).
// Plain objects: numbers and "YYYY-MM-DD" days.
import { dateToDay } from "@/lib/time/days";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  NEXT_UP_SPAN_DAYS,
  accountSeries,
  crossingCategory,
  ruleKeysOf,
  type NextUpInputs,
  type NextUpVideo,
  type SubjectType,
  type TimelineCategory,
} from "@/lib/milestones";
import type { TimelineItem } from "@/lib/models/timeline";
import { videoLabel } from "@/lib/format/video-label";
import type { GoalMetric } from "@/lib/validation/goals";
import { requireAccount } from "./accounts";
import { getVideoGainAggregates } from "./account-video-days";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";
import { listAccountReadings } from "./detection-inputs";
import { requireVideo } from "./videos";

type CrossingRow = {
  id: string;
  rule_key: string;
  subject_type: string;
  subject_id: string;
  day: Date;
  value: bigint;
  reached_by: boolean;
  title: string | null;
  url: string | null;
  platformId: string | null;
  posted_on: Date | null;
  goal_label: string | null;
  goal_metric: string | null;
  goal_threshold: bigint | null;
  goal_target_day: Date | null;
  goal_video_id: string | null;
};

function toItem(row: CrossingRow): TimelineItem {
  const subjectType = row.subject_type as SubjectType;
  const label =
    subjectType === "video"
      ? videoLabel({ ...row, postedOn: row.posted_on ? dateToDay(row.posted_on) : null })
      : subjectType === "goal"
        ? row.goal_label
        : null;
  return {
    id: row.id,
    kind: "crossed",
    day: dateToDay(row.day),
    ruleKey: row.rule_key,
    category: crossingCategory(row.rule_key, subjectType),
    subject: { type: subjectType, id: row.subject_id, label },
    value: fromDbCount(row.value),
    reachedBy: row.reached_by,
    goal:
      row.goal_metric === null
        ? null
        : {
            metric: row.goal_metric as GoalMetric,
            threshold: fromDbCount(row.goal_threshold ?? 0n),
            targetDay: row.goal_target_day ? dateToDay(row.goal_target_day) : null,
            videoId: row.goal_video_id,
          },
  };
}

function listCrossingItems(accountId: string, filter: Prisma.Sql, tx: Tx): Promise<CrossingRow[]> {
  return tx.$queryRaw<CrossingRow[]>`
    SELECT c.id::text, c.rule_key, c.subject_type, c.subject_id, c.day, c.value, c.reached_by,
           v.title, v.url, v.platform_id AS "platformId", v.posted_on,
           g.label AS goal_label, g.metric AS goal_metric, g.threshold AS goal_threshold, g.target_day AS goal_target_day, g.video_id AS goal_video_id
    FROM milestone_crossings c
    LEFT JOIN videos v ON c.subject_type = 'video' AND v.id = c.subject_id AND v.account_id = c.account_id
    LEFT JOIN goals g ON c.subject_type = 'goal' AND g.id = c.subject_id AND g.account_id = c.account_id
    WHERE c.account_id = ${accountId} ${filter}`;
}

const newestFirst = (a: TimelineItem, b: TimelineItem) =>
  a.day < b.day
    ? 1
    : a.day > b.day
      ? -1
      : a.ruleKey < b.ruleKey
        ? -1
        : a.ruleKey > b.ruleKey
          ? 1
          : a.subject.id < b.subject.id
            ? -1
            : a.subject.id > b.subject.id
              ? 1
              : 0;

/** The account's milestone events, newest first; `category` keeps one kind (views, followers, eligibility, goals). */
export async function getTimeline(
  creatorId: string,
  accountId: string,
  options: { category?: TimelineCategory } = {},
  tx: Tx = prisma,
): Promise<TimelineItem[]> {
  await requireAccount(creatorId, accountId, tx);
  const { category } = options;
  const items: TimelineItem[] = [];
  if (category !== "eligibility") {
    const filter =
      category === "goals"
        ? Prisma.sql`AND c.subject_type = 'goal'`
        : category
          ? Prisma.sql`AND c.subject_type <> 'goal' AND c.rule_key = ANY(${[...ruleKeysOf(category)]}::text[])`
          : Prisma.empty;
    items.push(...(await listCrossingItems(accountId, filter, tx)).map(toItem));
  }
  if (category === undefined || category === "eligibility") {
    const rows = await tx.$queryRaw<{ id: string; rule_key: string; kind: "gained" | "lost"; day: Date }[]>`
      SELECT id::text, rule_key, kind, day FROM milestone_state_changes WHERE account_id = ${accountId}`;
    for (const row of rows) {
      items.push({
        id: row.id,
        kind: row.kind,
        day: dateToDay(row.day),
        ruleKey: row.rule_key,
        category: "eligibility",
        subject: { type: "account", id: accountId, label: null },
        value: null,
        reachedBy: false,
        goal: null,
      });
    }
  }
  return items.sort(newestFirst);
}

/** A video's own milestones (its video.views crossings and its goals' crossings), newest first. */
export async function listVideoMilestones(
  creatorId: string,
  accountId: string,
  videoId: string,
  tx: Tx = prisma,
): Promise<TimelineItem[]> {
  await requireVideo(creatorId, accountId, videoId, tx);
  const filter = Prisma.sql`AND ((c.subject_type = 'video' AND c.subject_id = ${videoId}) OR (c.subject_type = 'goal' AND g.video_id = ${videoId}))`;
  return (await listCrossingItems(accountId, filter, tx)).map(toItem).sort(newestFirst);
}

/**
 * What next up and goal status need, computed from the account's readings and account_video_days (one row per day).
 * `videoIds` limits `videos` to those (a video's page needs only its own).
 */
export async function getNextUpInputs(
  creatorId: string,
  accountId: string,
  options: { videoIds?: string[] } = {},
  tx: Tx = prisma,
): Promise<NextUpInputs> {
  const account = await requireAccount(creatorId, accountId, tx);
  const readings = await listAccountReadings(creatorId, accountId, tx);
  const { gainsByDay, videoReadingDays } = await getVideoGainAggregates(creatorId, accountId, tx);
  const rows = await tx.$queryRaw<
    {
      id: string;
      title: string | null;
      url: string | null;
      platformId: string | null;
      posted_on: Date | null;
      day: Date | null;
      views: bigint | null;
    }[]
  >`
    SELECT v.id, v.title, v.url, v.platform_id AS "platformId", v.posted_on, s.day, s.views
    FROM videos v
    LEFT JOIN LATERAL (SELECT month FROM video_reading_months WHERE video_id = v.id ORDER BY month DESC LIMIT 1) lm ON true
    LEFT JOIN LATERAL (SELECT max(day) AS last FROM video_snapshots WHERE video_id = v.id AND month = lm.month) l ON true
    LEFT JOIN video_snapshots s ON s.video_id = v.id AND s.month >= date_trunc('month', l.last - ${NEXT_UP_SPAN_DAYS}::int)::date
      AND s.day >= l.last - ${NEXT_UP_SPAN_DAYS}::int
    WHERE v.account_id = ${accountId} ${options.videoIds ? Prisma.sql`AND v.id = ANY(${options.videoIds}::text[])` : Prisma.empty}
    ORDER BY v.posted_on DESC NULLS LAST, v.id, s.day`;
  const videos = new Map<string, NextUpVideo>();
  for (const row of rows) {
    let video = videos.get(row.id);
    if (!video)
      videos.set(
        row.id,
        (video = {
          id: row.id,
          label: videoLabel({ ...row, postedOn: row.posted_on ? dateToDay(row.posted_on) : null }),
          postedOn: row.posted_on ? dateToDay(row.posted_on) : null,
          readings: [],
        }),
      );
    if (row.day && row.views !== null) video.readings.push({ day: dateToDay(row.day), views: fromDbCount(row.views) });
  }
  const goalCrossings = await listCrossingItems(accountId, Prisma.sql`AND c.subject_type = 'goal'`, tx);
  return {
    ruleSet: account.ruleSet,
    series: accountSeries(readings, gainsByDay, videoReadingDays),
    videos: [...videos.values()],
    goalCrossings: goalCrossings.map((row) => ({
      ruleKey: row.rule_key,
      subjectType: "goal",
      subjectId: row.subject_id,
      day: dateToDay(row.day),
      value: fromDbCount(row.value),
      reachedBy: row.reached_by,
    })),
  };
}
