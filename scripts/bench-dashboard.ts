// npm run bench:dashboard — how long does the dashboard take on a large history? In a fresh database (on
// DATABASE_URL's server, else an embedded PostgreSQL) it seeds one account with 2,000 videos × 3 years of daily
// video snapshots (2.19 million rows, set-based SQL, one full recompute), then times (median of RUNS after a
// warm-up) for the "all" and "90 days" ranges: loadDashboard (all of the page's data: charts, earnings band, next up),
// getDashboardSeries (the chart aggregations through Prisma) and the very same aggregation SQL through `pg`.
// Targets: series ÷ bare SQL ≤ 1.5, and "all" under 150 ms.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createFreshDatabase } from "./lib/test-database.ts";

const DAYS = 3 * 365;
const VIDEOS = 2_000;
const FIRST_DAY = "2023-11-01";
const NOW = new Date("2026-11-01T12:00:00Z"); // FIRST_DAY + DAYS: the last reading is yesterday's
const TODAY = "2026-11-01";
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 5;
const VIDEO_CHUNK = 200;

const tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-bench-"));
console.log("Creating a fresh database…");
const db = await createFreshDatabase(process.env.DATABASE_URL, path.join(tmp, "pg"));
process.env.DATABASE_URL = db.url; // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { dashboardSql, getDashboardSeries } = await import("@/lib/db/dashboard");
const { loadDashboard } = await import("@/lib/services/load-dashboard");
const { recomputeAccount } = await import("@/lib/services/recompute-milestones");
const pool = new pg.Pool({ connectionString: db.url, max: 10 });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
async function medianMs(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

try {
  const creator = await prisma.creator.create({ data: { email: "bench@example.test", passwordHash: "-", isAdult: true }, select: { id: true } });
  const accountId = "bench-dashboard";
  await prisma.$executeRaw`INSERT INTO accounts (id, creator_id, handle, time_zone, updated_at) VALUES (${accountId}, ${creator.id}, 'dashboard', 'UTC', now())`;
  await prisma.$executeRaw`
    INSERT INTO videos (id, account_id, platform_id, title, posted_on, updated_at)
    SELECT ${accountId} || '-v' || lpad(n::text, 5, '0'), ${accountId}, n::text, 'Video ' || n, ${FIRST_DAY}::date - (n % 7), now()
    FROM generate_series(1, ${VIDEOS}::int) AS n`;
  // Followers grow to ~55,000; every third day carries the platform's reported views.
  await prisma.$executeRaw`
    INSERT INTO account_snapshots (id, account_id, day, followers, video_views, updated_at)
    SELECT ${accountId} || '-a' || d, ${accountId}, ${FIRST_DAY}::date + d, 50 * d + (d * 7919) % 300, CASE WHEN d % 3 = 0 THEN 400 * d ELSE NULL END, now()
    FROM generate_series(0, ${DAYS - 1}::int) AS d`;
  for (let from = 1; from <= VIDEOS; from += VIDEO_CHUNK) {
    const to = Math.min(VIDEOS, from + VIDEO_CHUNK - 1);
    await prisma.$executeRaw`
      INSERT INTO video_snapshots (id, video_id, day, views, updated_at)
      SELECT v.id || '-' || d, v.id, ${FIRST_DAY}::date + d, (d + 1) * (1 + n % 40) - CASE WHEN (n + d) % 97 = 0 THEN 3 ELSE 0 END, now()
      FROM generate_series(${from}::int, ${to}::int) AS n
      JOIN videos v ON v.id = ${accountId} || '-v' || lpad(n::text, 5, '0')
      CROSS JOIN generate_series(0, ${DAYS - 1}::int) AS d`;
    console.log(`  ${(to * DAYS).toLocaleString("en-US")} of ${(VIDEOS * DAYS).toLocaleString("en-US")} video snapshots`);
  }
  await prisma.$executeRawUnsafe("ANALYZE");
  console.log("Filling account_video_days and milestones with one recompute…");
  const seedStart = performance.now();
  await recomputeAccount(creator.id, accountId);
  console.log(`  done in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  await prisma.$executeRawUnsafe("ANALYZE");

  console.log(`Timing ${RUNS} runs per measurement (after ${WARM_UP} warm-up runs)…\n`);
  let failed = false;
  for (const range of ["all", "90d"] as const) {
    const sql = dashboardSql(creator.id, accountId, range, TODAY);
    const series = await getDashboardSeries(creator.id, accountId, range, TODAY);
    const page = await medianMs(() => loadDashboard(creator.id, accountId, range, NOW));
    const prismaMs = await medianMs(() => getDashboardSeries(creator.id, accountId, range, TODAY));
    const bareMs = await medianMs(() => Promise.all([sql.followers, sql.views, sql.markers].map((q) => pool.query(q.text, q.values))));
    const ratio = prismaMs / bareMs;
    console.log(`Range "${range}" (${series.bucket} buckets: ${series.followers.length} followers points, ${series.views.length} views points, ${series.markers.length} markers)`);
    console.log(`  loadDashboard (charts, earnings, next up): ${page.toFixed(2)} ms`);
    console.log(`  getDashboardSeries (charts, via Prisma): ${prismaMs.toFixed(2)} ms`);
    console.log(`  the same SQL through pg:                 ${bareMs.toFixed(2)} ms`);
    console.log(`  ratio (Prisma ÷ pg): ${ratio.toFixed(2)} (target ≤ 1.5) — ${ratio <= 1.5 ? "OK" : "ABOVE TARGET"}`);
    if (range === "all") console.log(`  "all" page data under 150 ms: ${page < 150 ? "OK" : "ABOVE TARGET"}`);
    if (ratio > 1.5 || (range === "all" && page >= 150)) failed = true;
  }
  if (failed) process.exitCode = 1;
} finally {
  await pool.end();
  await prisma.$disconnect();
  await db.drop();
  await rm(tmp, { recursive: true, force: true });
}
