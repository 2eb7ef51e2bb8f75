// Video readings: cumulative views (and optional figures), one per video and day. Scoped through video → account → creator.
import { dateToDay, dayToDate, type Day } from "@/lib/days";
import { notFoundError } from "@/lib/errors";
import type { VideoFigures } from "@/lib/validation/snapshots";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount, toDbCount, toDbOptionalCount } from "./counts";
import { requireVideo, requireVideos } from "./videos";

export interface VideoSnapshotRow {
  id: string;
  day: Day;
  views: number;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

export interface VideoReading {
  videoId: string;
  day: Day;
  figures: VideoFigures;
}

const select = { id: true, day: true, views: true, likes: true, comments: true, shares: true, saves: true } as const;

type Row = { id: string; day: Date; views: bigint; likes: bigint | null; comments: bigint | null; shares: bigint | null; saves: bigint | null };

function toRow(row: Row): VideoSnapshotRow {
  return {
    id: row.id,
    day: dateToDay(row.day),
    views: fromDbCount(row.views),
    likes: fromDbOptionalCount(row.likes),
    comments: fromDbOptionalCount(row.comments),
    shares: fromDbOptionalCount(row.shares),
    saves: fromDbOptionalCount(row.saves),
  };
}

/** Absent optional figures are stored as unknown (null): a re-recorded day replaces the whole reading. */
function toColumns(figures: VideoFigures) {
  return {
    views: toDbCount(figures.views),
    likes: toDbOptionalCount(figures.likes),
    comments: toDbOptionalCount(figures.comments),
    shares: toDbOptionalCount(figures.shares),
    saves: toDbOptionalCount(figures.saves),
  };
}

const scope = (creatorId: string, accountId: string, videoId: string) => ({ videoId, video: { accountId, account: { creatorId } } });

/** The video's readings, newest day first. */
export async function listVideoSnapshots(creatorId: string, accountId: string, videoId: string, tx: Tx = prisma): Promise<VideoSnapshotRow[]> {
  await requireVideo(creatorId, accountId, videoId, tx);
  const rows = await tx.videoSnapshot.findMany({ where: scope(creatorId, accountId, videoId), orderBy: { day: "desc" }, select });
  return rows.map(toRow);
}

export async function requireVideoSnapshot(creatorId: string, accountId: string, videoId: string, snapshotId: string, tx: Tx = prisma): Promise<VideoSnapshotRow> {
  const row = await tx.videoSnapshot.findFirst({ where: { id: snapshotId, ...scope(creatorId, accountId, videoId) }, select });
  if (!row) throw notFoundError("Reading");
  return toRow(row);
}

/** The id of the video's reading on `day`, if there is one. */
export async function findVideoSnapshotOn(creatorId: string, accountId: string, videoId: string, day: Day, tx: Tx = prisma): Promise<string | null> {
  await requireVideo(creatorId, accountId, videoId, tx);
  const row = await tx.videoSnapshot.findFirst({ where: { day: dayToDate(day), ...scope(creatorId, accountId, videoId) }, select: { id: true } });
  return row?.id ?? null;
}

/** The day of the video's oldest reading, or null without readings. */
export async function findFirstReadingDay(creatorId: string, accountId: string, videoId: string, tx: Tx = prisma): Promise<Day | null> {
  await requireVideo(creatorId, accountId, videoId, tx);
  const row = await tx.videoSnapshot.findFirst({ where: scope(creatorId, accountId, videoId), orderBy: { day: "asc" }, select: { day: true } });
  return row ? dateToDay(row.day) : null;
}

/** For each video, its reading on the nearest day before `day` (videos without one are absent). */
export async function findPreviousReadings(
  creatorId: string,
  accountId: string,
  videoIds: string[],
  day: Day,
  tx: Tx = prisma,
): Promise<Map<string, { day: Day; views: number }>> {
  await requireVideos(creatorId, accountId, videoIds, tx);
  if (!videoIds.length) return new Map();
  const rows = await tx.$queryRaw<{ video_id: string; day: Date; views: bigint }[]>`
    SELECT DISTINCT ON (s.video_id) s.video_id, s.day, s.views
    FROM video_snapshots s
    JOIN videos v ON v.id = s.video_id
    JOIN accounts a ON a.id = v.account_id
    WHERE s.video_id = ANY(${videoIds}::text[]) AND v.account_id = ${accountId} AND a.creator_id = ${creatorId} AND s.day < ${day}::date
    ORDER BY s.video_id, s.day DESC`;
  return new Map(rows.map((row) => [row.video_id, { day: dateToDay(row.day), views: fromDbCount(row.views) }]));
}

/** Records each reading, replacing any already there for its day (INSERT … ON CONFLICT (video_id, day) DO UPDATE). */
export async function upsertVideoSnapshots(creatorId: string, accountId: string, readings: VideoReading[], tx: Tx = prisma): Promise<VideoSnapshotRow[]> {
  await requireVideos(creatorId, accountId, readings.map((r) => r.videoId), tx);
  const written: VideoSnapshotRow[] = [];
  for (const { videoId, day, figures } of readings) {
    const columns = toColumns(figures);
    const row = await tx.videoSnapshot.upsert({
      where: { videoId_day: { videoId, day: dayToDate(day) } },
      create: { videoId, day: dayToDate(day), ...columns },
      update: columns,
      select,
    });
    written.push(toRow(row));
  }
  return written;
}

export async function updateVideoSnapshot(
  creatorId: string,
  accountId: string,
  videoId: string,
  snapshotId: string,
  day: Day,
  figures: VideoFigures,
  tx: Tx = prisma,
): Promise<VideoSnapshotRow> {
  const [row] = await tx.videoSnapshot.updateManyAndReturn({
    where: { id: snapshotId, ...scope(creatorId, accountId, videoId) },
    data: { day: dayToDate(day), ...toColumns(figures) },
    select,
  });
  if (!row) throw notFoundError("Reading");
  return toRow(row);
}

export async function deleteVideoSnapshot(creatorId: string, accountId: string, videoId: string, snapshotId: string, tx: Tx = prisma): Promise<void> {
  const { count } = await tx.videoSnapshot.deleteMany({ where: { id: snapshotId, ...scope(creatorId, accountId, videoId) } });
  if (!count) throw notFoundError("Reading");
}
