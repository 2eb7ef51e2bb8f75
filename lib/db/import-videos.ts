// What an import needs to know and create about an account's videos and readings: the videos it may match, the days
// it would replace, and the videos it creates in bulk. Scoped by the creator like every query module.
import { dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";
import { monthOf } from "@/lib/db/reading-months";
import type { VideoRecord } from "@/lib/models/video";

export interface NewImportVideo {
  platformId: string;
  url: string;
  title: string | null;
  postedOn: Day | null;
}

/** Every video of the account (id, platform id, URL, posted day): the candidates an import matches against. */
export async function listImportCandidates(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<VideoRecord[]> {
  await requireAccount(creatorId, accountId, tx);
  const rows = await tx.video.findMany({
    where: { accountId, account: { creatorId } },
    select: { id: true, accountId: true, platformId: true, url: true, title: true, postedOn: true },
  });
  return rows.map((row) => ({ ...row, postedOn: row.postedOn ? dateToDay(row.postedOn) : null }));
}

/**
 * Creates the videos in one statement; a video whose platform id or URL the account already has is skipped
 * (ON CONFLICT DO NOTHING: a concurrent import never aborts the transaction). Returns how many were created.
 */
export async function insertImportVideos(
  creatorId: string,
  accountId: string,
  videos: readonly NewImportVideo[],
  tx: Tx = prisma,
): Promise<number> {
  if (!videos.length) return 0;
  return tx.$executeRaw`
    INSERT INTO videos (id, account_id, platform_id, url, title, posted_on, created_at, updated_at)
    SELECT gen_random_uuid()::text, a.id, u.platform_id, u.url, u.title, u.posted_on, now(), now()
    FROM accounts a,
         unnest(${videos.map((v) => v.platformId)}::text[], ${videos.map((v) => v.url)}::text[], ${videos.map((v) => v.title)}::text[],
                ${videos.map((v) => (v.postedOn ? dayToDate(v.postedOn) : null))}::date[]) AS u(platform_id, url, title, posted_on)
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}
    ON CONFLICT DO NOTHING`;
}

export interface ExistingReadings {
  /** Followers of each account reading already stored on one of the days asked about. */
  accountDays: Map<Day, number>;
  /** "videoId|day" of each video reading already stored. */
  videoDays: Set<string>;
}

/** The stored readings an import would replace: account readings on `days`, and readings of `videoIds` on `videoReadingDays`. */
export async function findExistingReadings(
  creatorId: string,
  accountId: string,
  days: readonly Day[],
  videoIds: readonly string[],
  videoReadingDays: readonly Day[],
  tx: Tx = prisma,
): Promise<ExistingReadings> {
  await requireAccount(creatorId, accountId, tx);
  const accountRows = days.length
    ? await tx.accountSnapshot.findMany({
        where: { accountId, account: { creatorId }, day: { in: days.map(dayToDate) } },
        select: { day: true, followers: true },
      })
    : [];
  const videoRows =
    videoIds.length && videoReadingDays.length
      ? await tx.$queryRaw<{ videoId: string; day: Date }[]>`
          SELECT s.video_id AS "videoId", s.day
          FROM video_snapshots s JOIN videos v ON v.id = s.video_id JOIN accounts a ON a.id = v.account_id
          WHERE s.video_id = ANY(${[...videoIds]}::text[]) AND v.account_id = ${accountId} AND a.creator_id = ${creatorId}
            AND s.month = ANY(${[...new Set(videoReadingDays.map(monthOf))]}::date[]) AND s.day = ANY(${[...videoReadingDays]}::date[])`
      : [];
  return {
    accountDays: new Map(accountRows.map((row) => [dateToDay(row.day), fromDbCount(row.followers)])),
    videoDays: new Set(videoRows.map((row) => `${row.videoId}|${dateToDay(row.day)}`)),
  };
}
