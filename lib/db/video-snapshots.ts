// Video readings: cumulative views (and optional figures), one per video and day, stored a month to a row
// (video_reading_months; the view video_snapshots unfolds them). A reading is named by its day: its id is the day.
// Scoped through video → account → creator.
import { dateToDay, isDay, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { VideoFigures } from "@/lib/validation/snapshots";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount } from "./counts";
import {
  countsLiteral,
  dayOfMonth,
  FIGURES,
  foldIntoMonths,
  monthOf,
  parseCounts,
  sourcesLiteral,
} from "@/lib/db/reading-months";
import { requireVideo, requireVideos } from "./videos";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import { readingSourceOfCode, type ReadingSource } from "@/lib/models/readings";

export interface VideoReading {
  videoId: string;
  day: Day;
  figures: VideoFigures;
}

type Row = {
  day: Date;
  views: bigint;
  likes: bigint | null;
  comments: bigint | null;
  shares: bigint | null;
  saves: bigint | null;
  source: ReadingSource | null;
  replaced_source: ReadingSource | null;
};

function toRow(row: Row): VideoSnapshotRow {
  const day = dateToDay(row.day);
  return {
    id: day,
    day,
    views: fromDbCount(row.views),
    likes: fromDbOptionalCount(row.likes),
    comments: fromDbOptionalCount(row.comments),
    shares: fromDbOptionalCount(row.shares),
    saves: fromDbOptionalCount(row.saves),
    source: row.source,
    replacedSource: row.replaced_source,
  };
}

/** The video's readings on `day` (null: every day), newest first, after checking the video is the creator's. */
async function readings(
  creatorId: string,
  accountId: string,
  videoId: string,
  day: Day | null,
  tx: Tx,
): Promise<VideoSnapshotRow[]> {
  await requireVideo(creatorId, accountId, videoId, tx);
  const rows = await tx.$queryRaw<Row[]>`
    SELECT s.day, s.views, s.likes, s.comments, s.shares, s.saves, s.source, s.replaced_source
    FROM video_snapshots s JOIN videos v ON v.id = s.video_id JOIN accounts a ON a.id = v.account_id
    WHERE s.video_id = ${videoId} AND v.account_id = ${accountId} AND a.creator_id = ${creatorId}
      AND (${day}::date IS NULL OR s.day = ${day}::date)
    ORDER BY s.day DESC`;
  return rows.map(toRow);
}

/** The video's readings, newest day first. */
export function listVideoSnapshots(
  creatorId: string,
  accountId: string,
  videoId: string,
  tx: Tx = prisma,
): Promise<VideoSnapshotRow[]> {
  return readings(creatorId, accountId, videoId, null, tx);
}

/** The reading `snapshotId` (its day); NOT_FOUND when the video has none that day or is not the creator's. */
export async function requireVideoSnapshot(
  creatorId: string,
  accountId: string,
  videoId: string,
  snapshotId: string,
  tx: Tx = prisma,
): Promise<VideoSnapshotRow> {
  if (!isDay(snapshotId)) throw notFoundError("Reading");
  const [row] = await readings(creatorId, accountId, videoId, snapshotId, tx);
  if (!row) throw notFoundError("Reading");
  return row;
}

/** The id of the video's reading on `day`, if there is one. */
export async function findVideoSnapshotOn(
  creatorId: string,
  accountId: string,
  videoId: string,
  day: Day,
  tx: Tx = prisma,
): Promise<string | null> {
  const [row] = await readings(creatorId, accountId, videoId, day, tx);
  return row?.id ?? null;
}

/** The day of the video's oldest reading, or null without readings. */
export async function findFirstReadingDay(
  creatorId: string,
  accountId: string,
  videoId: string,
  tx: Tx = prisma,
): Promise<Day | null> {
  await requireVideo(creatorId, accountId, videoId, tx);
  const [row] = await tx.$queryRaw<{ day: Date }[]>`
    SELECT s.day FROM (SELECT month FROM video_reading_months WHERE video_id = ${videoId} ORDER BY month LIMIT 1) first
    JOIN video_snapshots s ON s.video_id = ${videoId} AND s.month = first.month
    ORDER BY s.day LIMIT 1`;
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
  // Every stored month holds a reading, so the nearest one before `day` is in one of the two latest months that
  // begin before it (the day's own month may hold only later readings).
  const rows = await tx.$queryRaw<{ video_id: string; day: Date; views: bigint }[]>`
    SELECT v.id AS video_id, r.day, r.views
    FROM videos v JOIN accounts a ON a.id = v.account_id
    CROSS JOIN LATERAL (
      SELECT (m.month + (d.i - 1))::date AS day, m.views[d.i] AS views
      FROM (SELECT month, views FROM video_reading_months WHERE video_id = v.id AND month < ${day}::date ORDER BY month DESC LIMIT 2) m
      CROSS JOIN generate_series(1, 31) AS d(i)
      WHERE m.views[d.i] IS NOT NULL AND m.month + (d.i - 1) < ${day}::date
      ORDER BY 1 DESC LIMIT 1
    ) r
    WHERE v.id = ANY(${videoIds}::text[]) AND v.account_id = ${accountId} AND a.creator_id = ${creatorId}`;
  return new Map(rows.map((row) => [row.video_id, { day: dateToDay(row.day), views: fromDbCount(row.views) }]));
}

/**
 * Records each reading from `source`, replacing the whole reading of its day (figures left out become unknown), in
 * one INSERT … ON CONFLICT (video_id, month) DO UPDATE that overwrites the given days' elements. A day's stored
 * reading of another known source is marked as replaced (replaced_sources).
 */
export async function upsertVideoSnapshots(
  creatorId: string,
  accountId: string,
  input: VideoReading[],
  source: ReadingSource,
  tx: Tx = prisma,
): Promise<VideoSnapshotRow[]> {
  await requireVideos(
    creatorId,
    accountId,
    input.map((r) => r.videoId),
    tx,
  );
  if (!input.length) return [];
  const months = foldIntoMonths(input.map(({ videoId, day, figures }) => ({ videoId, day, ...figures })));
  const literal = (figure: (typeof FIGURES)[number]) => months.map((m) => countsLiteral(m.figures[figure] ?? []));
  const views = literal("views");
  const upserted = await tx.$queryRaw<{ video_id: string; month: Date; replaced_sources: string | null }[]>`
    INSERT INTO video_reading_months AS m (video_id, month, views, likes, comments, shares, saves, sources, updated_at)
    SELECT v.id, u.month, u.views::bigint[], u.likes::bigint[], u.comments::bigint[], u.shares::bigint[], u.saves::bigint[], u.sources::smallint[], now()
    FROM unnest(${months.map((m) => m.videoId)}::text[], ${months.map((m) => m.month)}::date[], ${views}::text[], ${literal("likes")}::text[],
                ${literal("comments")}::text[], ${literal("shares")}::text[], ${literal("saves")}::text[],
                ${views.map((text) => sourcesLiteral(text, source))}::text[]) AS u(video_id, month, views, likes, comments, shares, saves, sources)
    JOIN videos v ON v.id = u.video_id AND v.account_id = ${accountId}
    JOIN accounts a ON a.id = v.account_id AND a.creator_id = ${creatorId}
    ON CONFLICT (video_id, month) DO UPDATE SET
      likes = replace_readings(EXCLUDED.views, EXCLUDED.likes, m.likes),
      comments = replace_readings(EXCLUDED.views, EXCLUDED.comments, m.comments),
      shares = replace_readings(EXCLUDED.views, EXCLUDED.shares, m.shares),
      saves = replace_readings(EXCLUDED.views, EXCLUDED.saves, m.saves),
      views = merge_readings(EXCLUDED.views, m.views),
      sources = merge_sources(EXCLUDED.sources, m.sources),
      replaced_sources = replaced_sources(EXCLUDED.views, EXCLUDED.sources, m.views, m.sources, m.replaced_sources),
      updated_at = now()
    RETURNING m.video_id, m.month, m.replaced_sources::text AS replaced_sources`;
  const marks = new Map(
    upserted.map((r) => [`${r.video_id}\u0000${dateToDay(r.month)}`, parseCounts(r.replaced_sources)]),
  );
  const replacedOn = (videoId: string, day: Day) =>
    readingSourceOfCode(marks.get(`${videoId}\u0000${monthOf(day)}`)?.[dayOfMonth(day) - 1]);
  return input.map(({ videoId, day, figures }) => ({
    id: day,
    day,
    views: figures.views,
    likes: figures.likes ?? null,
    comments: figures.comments ?? null,
    shares: figures.shares ?? null,
    saves: figures.saves ?? null,
    source,
    replacedSource: replacedOn(videoId, day),
  }));
}

/**
 * Moves the reading `snapshotId` (its day) to `day` with these figures, a new reading from `source` (the caller checks
 * `day` is free): an edit is no silent replacement, so the mark of what the reading had replaced goes with it.
 */
export async function updateVideoSnapshot(
  creatorId: string,
  accountId: string,
  videoId: string,
  snapshotId: string,
  day: Day,
  figures: VideoFigures,
  source: ReadingSource,
  tx: Tx = prisma,
): Promise<VideoSnapshotRow> {
  await deleteVideoSnapshot(creatorId, accountId, videoId, snapshotId, tx);
  const [row] = await upsertVideoSnapshots(creatorId, accountId, [{ videoId, day, figures }], source, tx);
  return row!;
}

/**
 * Clears the day's elements, its source and replaced mark included; a month left without a reading is deleted (every
 * stored month holds one).
 */
export async function deleteVideoSnapshot(
  creatorId: string,
  accountId: string,
  videoId: string,
  snapshotId: string,
  tx: Tx = prisma,
): Promise<void> {
  if (!isDay(snapshotId)) throw notFoundError("Reading");
  const month = monthOf(snapshotId);
  const i = dayOfMonth(snapshotId);
  const cleared = await tx.$executeRaw`
    UPDATE video_reading_months m
    SET views[${i}::int] = NULL, likes[${i}::int] = NULL, comments[${i}::int] = NULL, shares[${i}::int] = NULL, saves[${i}::int] = NULL,
        sources[${i}::int] = NULL, replaced_sources[${i}::int] = NULL, updated_at = now()
    FROM videos v JOIN accounts a ON a.id = v.account_id
    WHERE m.video_id = ${videoId} AND m.month = ${month}::date AND m.views[${i}::int] IS NOT NULL
      AND v.id = m.video_id AND v.account_id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!cleared) throw notFoundError("Reading");
  await tx.$executeRaw`
    DELETE FROM video_reading_months WHERE video_id = ${videoId} AND month = ${month}::date AND cardinality(array_remove(views, NULL)) = 0`;
}
