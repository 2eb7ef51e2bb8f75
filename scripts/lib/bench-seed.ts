// Shared by the benchmarks: a fresh database, a large, realistic history seeded with set-based SQL, and the median.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { insertMonthsFromDays } from "@/lib/db/reading-months";
import { databaseUrl } from "../../lib/config/index.ts";
import { createFreshDatabase } from "./test-database.ts";

/**
 * A fresh database for a benchmark (on DATABASE_URL's server, else an embedded PostgreSQL in a temporary folder),
 * set as DATABASE_URL — call it before the app's Prisma client is first used. `drop()` removes both.
 */
export async function openBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-bench-"));
  console.log("Creating a fresh database…");
  const db = await createFreshDatabase(databaseUrl(), path.join(tmp, "pg"));
  process.env.DATABASE_URL = db.url;
  return {
    url: db.url,
    async drop() {
      await db.drop();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const VIDEO_CHUNK = 200; // videos per INSERT: 100,000+ snapshots a statement

/**
 * An account `accountId` with `videoCount` videos ("<accountId>-v00001" …), each read on every one of `days`
 * days from `firstDay`, and one account reading a day. Followers grow by ~50 a day; every third day carries
 * the platform's reported views; cumulative views grow by 1–40 a day per video, with small dips now and then.
 */
export async function seedHistory(
  prisma: PrismaClient,
  {
    creatorId,
    accountId,
    handle,
    videoCount,
    days,
    firstDay,
  }: { creatorId: string; accountId: string; handle: string; videoCount: number; days: number; firstDay: string },
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  await prisma.$executeRaw`INSERT INTO accounts (id, creator_id, handle, time_zone, updated_at) VALUES (${accountId}, ${creatorId}, ${handle}, 'UTC', now())`;
  await prisma.$executeRaw`
    INSERT INTO videos (id, account_id, platform_id, title, posted_on, updated_at)
    SELECT ${accountId} || '-v' || lpad(n::text, 5, '0'), ${accountId}, n::text, 'Video ' || n, ${firstDay}::date - (n % 7), now()
    FROM generate_series(1, ${videoCount}::int) AS n`;
  await prisma.$executeRaw`
    INSERT INTO account_snapshots (id, account_id, day, followers, video_views, updated_at)
    SELECT ${accountId} || '-a' || d, ${accountId}, ${firstDay}::date + d, 50 * d + (d * 7919) % 300, CASE WHEN d % 3 = 0 THEN 400 * d ELSE NULL END, now()
    FROM generate_series(0, ${days - 1}::int) AS d`;
  for (let from = 1; from <= videoCount; from += VIDEO_CHUNK) {
    const to = Math.min(videoCount, from + VIDEO_CHUNK - 1);
    await prisma.$executeRaw(
      insertMonthsFromDays(Prisma.sql`
        SELECT v.id AS video_id, ${firstDay}::date + d AS day, (d + 1) * (1 + n % 40) - CASE WHEN (n + d) % 97 = 0 THEN 3 ELSE 0 END AS views
        FROM generate_series(${from}::int, ${to}::int) AS n
        JOIN videos v ON v.id = ${accountId} || '-v' || lpad(n::text, 5, '0')
        CROSS JOIN generate_series(0, ${days - 1}::int) AS d`),
    );
    onProgress?.(to * days, videoCount * days);
  }
}
