// An account's readings over a span of days, account and video readings alike, oldest day first (the API's GET /snapshots).
import { dateToDay } from "@/lib/time/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount } from "./counts";
import type { DayRange, RangeReadings, ReadingSource } from "@/lib/models/readings";

/** Both ends inclusive; a missing end is open. */
function dayFilter(column: Prisma.Sql, range: DayRange): Prisma.Sql {
  const parts = [
    range.from ? Prisma.sql`AND ${column} >= ${range.from}::date` : Prisma.empty,
    range.to ? Prisma.sql`AND ${column} <= ${range.to}::date` : Prisma.empty,
  ];
  return Prisma.join(parts, " ");
}

export async function listReadingsInRange(
  creatorId: string,
  accountId: string,
  range: DayRange,
  tx: Tx = prisma,
): Promise<RangeReadings> {
  await requireAccount(creatorId, accountId, tx);
  const account = await tx.$queryRaw<
    {
      day: Date;
      followers: bigint;
      video_views: bigint | null;
      profile_views: bigint | null;
      likes: bigint | null;
      comments: bigint | null;
      shares: bigint | null;
      source: ReadingSource | null;
    }[]
  >`
    SELECT s.day, s.followers, s.video_views, s.profile_views, s.likes, s.comments, s.shares, s.source::text AS source
    FROM account_snapshots s JOIN accounts a ON a.id = s.account_id
    WHERE s.account_id = ${accountId} AND a.creator_id = ${creatorId} ${dayFilter(Prisma.sql`s.day`, range)}
    ORDER BY s.day`;
  const videos = await tx.$queryRaw<
    {
      video_id: string;
      day: Date;
      views: bigint;
      likes: bigint | null;
      comments: bigint | null;
      shares: bigint | null;
      saves: bigint | null;
      source: ReadingSource | null;
    }[]
  >`
    SELECT s.video_id, s.day, s.views, s.likes, s.comments, s.shares, s.saves, s.source
    FROM video_snapshots s JOIN videos v ON v.id = s.video_id JOIN accounts a ON a.id = v.account_id
    WHERE v.account_id = ${accountId} AND a.creator_id = ${creatorId} ${dayFilter(Prisma.sql`s.day`, range)}
      ${range.from ? Prisma.sql`AND s.month >= date_trunc('month', ${range.from}::date)::date` : Prisma.empty}
      ${range.to ? Prisma.sql`AND s.month <= ${range.to}::date` : Prisma.empty}
    ORDER BY s.day, s.video_id`;
  return {
    account: account.map((r) => ({
      day: dateToDay(r.day),
      followers: fromDbCount(r.followers),
      videoViews: fromDbOptionalCount(r.video_views),
      profileViews: fromDbOptionalCount(r.profile_views),
      likes: fromDbOptionalCount(r.likes),
      comments: fromDbOptionalCount(r.comments),
      shares: fromDbOptionalCount(r.shares),
      source: r.source,
    })),
    videos: videos.map((r) => ({
      videoId: r.video_id,
      day: dateToDay(r.day),
      views: fromDbCount(r.views),
      likes: fromDbOptionalCount(r.likes),
      comments: fromDbOptionalCount(r.comments),
      shares: fromDbOptionalCount(r.shares),
      saves: fromDbOptionalCount(r.saves),
      source: r.source,
    })),
  };
}
