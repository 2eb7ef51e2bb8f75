// Videos of an account. Scoped through their account: every function takes the creator id.
import { dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";
import type { VideoRecord, VideoWithLastReading } from "@/lib/models/video";

export interface VideoData {
  platformId?: string;
  url?: string;
  title?: string;
  postedOn?: Day;
}

const videoSelect = { id: true, accountId: true, platformId: true, url: true, title: true, postedOn: true } as const;

function toRecord(row: {
  id: string;
  accountId: string;
  platformId: string | null;
  url: string | null;
  title: string | null;
  postedOn: Date | null;
}): VideoRecord {
  return { ...row, postedOn: row.postedOn ? dateToDay(row.postedOn) : null };
}

/** Absent optional fields are cleared (null), so an edit can remove a title or a URL. */
function toColumns(data: VideoData) {
  return {
    platformId: data.platformId ?? null,
    url: data.url ?? null,
    title: data.title ?? null,
    postedOn: data.postedOn ? dayToDate(data.postedOn) : null,
  };
}

/** The account's videos, newest posted first, each with its latest reading. */
export async function listVideos(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<VideoWithLastReading[]> {
  await requireAccount(creatorId, accountId, tx);
  const rows = await tx.video.findMany({
    where: { accountId, account: { creatorId } },
    orderBy: [{ postedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
    select: videoSelect,
  });
  const latest = await tx.$queryRaw<{ video_id: string; day: Date; views: bigint }[]>`
    SELECT DISTINCT ON (s.video_id) s.video_id, s.day, s.views
    FROM videos v
    JOIN accounts a ON a.id = v.account_id
    CROSS JOIN LATERAL (SELECT month FROM video_reading_months WHERE video_id = v.id ORDER BY month DESC LIMIT 1) lm
    JOIN video_snapshots s ON s.video_id = v.id AND s.month = lm.month
    WHERE v.account_id = ${accountId} AND a.creator_id = ${creatorId}
    ORDER BY s.video_id, s.day DESC`;
  const byVideo = new Map(latest.map((row) => [row.video_id, row]));
  return rows.map((row) => {
    const last = byVideo.get(row.id);
    return {
      ...toRecord(row),
      lastDay: last ? dateToDay(last.day) : null,
      lastViews: last ? fromDbCount(last.views) : null,
    };
  });
}

/** The creator's video under this account; NOT_FOUND for another account's or another creator's video. */
export async function requireVideo(
  creatorId: string,
  accountId: string,
  videoId: string,
  tx: Tx = prisma,
): Promise<VideoRecord> {
  const row = await tx.video.findFirst({
    where: { id: videoId, accountId, account: { creatorId } },
    select: videoSelect,
  });
  if (!row) throw notFoundError("Video");
  return toRecord(row);
}

/** Several videos of one account at once; NOT_FOUND when any of them is not there. */
export async function requireVideos(
  creatorId: string,
  accountId: string,
  videoIds: string[],
  tx: Tx = prisma,
): Promise<Map<string, VideoRecord>> {
  await requireAccount(creatorId, accountId, tx);
  const ids = [...new Set(videoIds)];
  const rows = await tx.video.findMany({
    where: { id: { in: ids }, accountId, account: { creatorId } },
    select: videoSelect,
  });
  if (rows.length !== ids.length) throw notFoundError("Video");
  return new Map(rows.map((row) => [row.id, toRecord(row)]));
}

/** The account's videos among `videoIds`; ids of other accounts or creators are simply absent (NOT_FOUND for the account). */
export async function findVideosOfAccount(
  creatorId: string,
  accountId: string,
  videoIds: string[],
  tx: Tx = prisma,
): Promise<Map<string, VideoRecord>> {
  await requireAccount(creatorId, accountId, tx);
  const rows = await tx.video.findMany({
    where: { id: { in: [...new Set(videoIds)] }, accountId, account: { creatorId } },
    select: videoSelect,
  });
  return new Map(rows.map((row) => [row.id, toRecord(row)]));
}

/** Which of the URL and platform id another video of the account already has. */
export async function findVideoDuplicates(
  creatorId: string,
  accountId: string,
  data: Pick<VideoData, "url" | "platformId">,
  exceptVideoId?: string,
  tx: Tx = prisma,
): Promise<{ url: boolean; platformId: boolean }> {
  await requireAccount(creatorId, accountId, tx);
  const match = [data.url ? { url: data.url } : null, data.platformId ? { platformId: data.platformId } : null].filter(
    (m) => m !== null,
  );
  if (!match.length) return { url: false, platformId: false };
  const others = await tx.video.findMany({
    where: { accountId, account: { creatorId }, OR: match, ...(exceptVideoId ? { NOT: { id: exceptVideoId } } : {}) },
    select: { url: true, platformId: true },
  });
  return {
    url: Boolean(data.url) && others.some((o) => o.url === data.url),
    platformId: Boolean(data.platformId) && others.some((o) => o.platformId === data.platformId),
  };
}

/** Creates the video; null when its URL or platform id is already the account's (ON CONFLICT DO NOTHING). */
export async function insertVideo(
  creatorId: string,
  accountId: string,
  data: VideoData,
  tx: Tx = prisma,
): Promise<VideoRecord | null> {
  await requireAccount(creatorId, accountId, tx);
  const [created] = await tx.video.createManyAndReturn({
    data: [{ accountId, ...toColumns(data) }],
    skipDuplicates: true,
    select: videoSelect,
  });
  return created ? toRecord(created) : null;
}

export async function updateVideo(
  creatorId: string,
  accountId: string,
  videoId: string,
  data: VideoData,
  tx: Tx = prisma,
): Promise<VideoRecord> {
  const [updated] = await tx.video.updateManyAndReturn({
    where: { id: videoId, accountId, account: { creatorId } },
    data: toColumns(data),
    select: videoSelect,
  });
  if (!updated) throw notFoundError("Video");
  return toRecord(updated);
}

/** Deletes the video with its readings (ON DELETE CASCADE). */
export async function deleteVideo(
  creatorId: string,
  accountId: string,
  videoId: string,
  tx: Tx = prisma,
): Promise<void> {
  const { count } = await tx.video.deleteMany({ where: { id: videoId, accountId, account: { creatorId } } });
  if (!count) throw notFoundError("Video");
}

/** The ids of the account's videos with these (normalized) URLs, by URL; URLs no video of the account has are absent. */
export async function findVideoIdsByUrl(
  creatorId: string,
  accountId: string,
  urls: string[],
  tx: Tx = prisma,
): Promise<Map<string, string>> {
  await requireAccount(creatorId, accountId, tx);
  const rows = await tx.video.findMany({
    where: { accountId, account: { creatorId }, url: { in: [...new Set(urls)] } },
    select: { id: true, url: true },
  });
  return new Map(rows.map((row) => [row.url!, row.id]));
}
