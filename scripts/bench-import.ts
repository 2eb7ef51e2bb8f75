// npm run bench:import — how fast is the bulk write path that imports and the API use? In a fresh database (on
// DATABASE_URL's server, else an embedded PostgreSQL) it writes 1,000,000 video readings (2,000 videos × 500 days)
// through writeReadings — one transaction, validation, upserts, milestone detection and the quiet import summary —
// then loads the same rows into a bare table of the same columns (no keys, no indexes) with PostgreSQL's COPY.
// Prints both times, their ratio and the peak memory of the import (the process's resident set while it ran).
// Targets: ratio ≤ 3, peak memory ≤ 512 MB. npm run bench:import caps V8's heap at 400 MB (NODE_OPTIONS), so the
// resident figure shows what the import needs rather than how lazily V8 collects garbage when it has room.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { harness } from "../lib/config/harness.ts";
import { openBenchDatabase } from "./lib/bench-seed.ts";

const VIDEOS = harness("BENCH_VIDEOS");
const DAYS = harness("BENCH_DAYS");
const FIRST_DAY = "2025-06-01";
const NOW = new Date("2026-11-24T12:00:00Z"); // after FIRST_DAY + 500 days
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

const db = await openBenchDatabase(); // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { addDays } = await import("@/lib/time/days");
const { writeReadings } = await import("@/lib/services/write-readings");
const client = new pg.Client({ connectionString: db.url });
await client.connect();

try {
  const creator = await prisma.creator.create({
    data: { email: "bench-import@example.test", passwordHash: "-", isAdult: true },
    select: { id: true },
  });
  const accountId = "bench-import";
  await prisma.$executeRaw`INSERT INTO accounts (id, creator_id, handle, time_zone, updated_at) VALUES (${accountId}, ${creator.id}, 'import', 'UTC', now())`;
  await prisma.$executeRaw`
    INSERT INTO videos (id, account_id, platform_id, title, posted_on, updated_at)
    SELECT ${accountId} || '-v' || lpad(n::text, 5, '0'), ${accountId}, n::text, 'Video ' || n, ${FIRST_DAY}::date, now()
    FROM generate_series(1, ${VIDEOS}::int) AS n`;
  const videoIds = Array.from({ length: VIDEOS }, (_, i) => `${accountId}-v${String(i + 1).padStart(5, "0")}`);
  const days = Array.from({ length: DAYS }, (_, d) => addDays(FIRST_DAY, d));
  // Cumulative views growing by 1–40 a day per video, with small dips now and then (as TikTok removes views).
  const rows = videoIds.flatMap((videoId, n) =>
    days.map((day, d) => ({ videoId, day, views: (d + 1) * (1 + (n % 40)) - ((n + d) % 97 === 0 ? 3 : 0) })),
  );
  console.log(
    `Writing ${rows.length.toLocaleString("en-US")} video readings through writeReadings (one transaction, with detection)…`,
  );

  let peak = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 20);
  const baselineHeap = process.memoryUsage().heapUsed;
  const baseline = process.memoryUsage().rss;
  let shown = 0;
  const importStart = performance.now();
  const result = await writeReadings(
    creator.id,
    accountId,
    { account: [], videos: rows },
    {
      now: NOW,
      source: "imported",
      importId: "bench",
      onProgress: (written, total) => {
        if (written - shown >= total / 10 || written === total) {
          shown = written;
          console.log(
            `  ${written.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows written (${((performance.now() - importStart) / 1000).toFixed(1)} s)`,
          );
        }
      },
    },
  );
  const importMs = performance.now() - importStart;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `  done: ${result.videosWritten.toLocaleString("en-US")} rows, ${result.milestones.crossings.length.toLocaleString("en-US")} milestones detected`,
  );

  console.log("Loading the same rows into a bare table with COPY…");
  await client.query(
    `CREATE TABLE bare_video_snapshots (id text, video_id text, day date, views bigint, likes bigint, comments bigint, shares bigint, saves bigint, created_at timestamp(3), updated_at timestamp(3))`,
  );
  const copyStart = performance.now();
  const stamp = new Date().toISOString();
  async function* lines() {
    for (let i = 0; i < rows.length; i += 10_000) {
      yield rows
        .slice(i, i + 10_000)
        .map((r, j) => `${i + j}\t${r.videoId}\t${r.day}\t${r.views}\t\\N\t\\N\t\\N\t\\N\t${stamp}\t${stamp}\n`)
        .join("");
    }
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom("COPY bare_video_snapshots FROM STDIN")));
  const copyMs = performance.now() - copyStart;

  const ratio = importMs / copyMs;
  console.log(`\nwriteReadings (upserts + detection): ${(importMs / 1000).toFixed(2)} s`);
  console.log(`COPY into a bare table:              ${(copyMs / 1000).toFixed(2)} s`);
  console.log(`ratio: ${ratio.toFixed(2)} (target ≤ 3) — ${ratio <= 3 ? "OK" : "ABOVE TARGET"}`);
  console.log(
    `peak memory during the import: ${mb(peak)} MB resident (${mb(peak - baseline)} MB above the ${mb(baseline)} MB before it, the rows themselves included; target ≤ 512 MB) — ${peak <= 512 * 1024 * 1024 ? "OK" : "ABOVE TARGET"}`,
  );
  const { getHeapStatistics } = await import("node:v8");
  console.log(`V8 heap limit: ${mb(getHeapStatistics().heap_size_limit)} MB`);
  console.log(
    `peak JavaScript heap in use: ${mb(peakHeap)} MB (${mb(peakHeap - baselineHeap)} MB above the ${mb(baselineHeap)} MB before it)`,
  );
  if (ratio > 3 || peak > 512 * 1024 * 1024) process.exitCode = 1;
} finally {
  await client.end();
  await prisma.$disconnect();
  await db.drop();
}
