// npm run bench:dashboard — how long does the dashboard take on a large history? In a fresh database (on
// DATABASE_URL's server, else an embedded PostgreSQL) it seeds one account with 2,000 videos × 3 years of daily
// video snapshots (2.19 million rows, set-based SQL, one full recompute), then times (median of RUNS after a
// warm-up) for the "all" and "90 days" ranges: loadDashboard (all of the page's data: charts, earnings band, next up),
// getDashboardSeries (the chart aggregations through Prisma) and the very same aggregation SQL through `pg`.
// Targets: series ÷ bare SQL ≤ 1.5, and "all" under 150 ms.
import pg from "pg";
import { harness } from "../lib/config/harness.ts";
import { median, openBenchDatabase, seedHistory } from "./lib/bench-seed.ts";

const DAYS = 3 * 365;
const VIDEOS = 2_000;
const FIRST_DAY = "2023-11-01";
const NOW = new Date("2026-11-01T12:00:00Z"); // FIRST_DAY + DAYS: the last reading is yesterday's
const TODAY = "2026-11-01";
const RUNS = harness("BENCH_RUNS");
const WARM_UP = 5;

const db = await openBenchDatabase(); // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { dashboardSql, getDashboardSeries } = await import("@/lib/db/dashboard");
const { loadDashboard } = await import("@/lib/queries/dashboard");
const { recomputeAccount } = await import("@/lib/services/recompute-milestones");
const pool = new pg.Pool({ connectionString: db.url, max: 10 });

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
  const creator = await prisma.creator.create({
    data: { email: "bench@example.test", passwordHash: "-", isAdult: true },
    select: { id: true },
  });
  const accountId = "bench-dashboard";
  await seedHistory(
    prisma,
    { creatorId: creator.id, accountId, handle: "dashboard", videoCount: VIDEOS, days: DAYS, firstDay: FIRST_DAY },
    (written, total) =>
      console.log(`  ${written.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} video snapshots`),
  );
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
    const bareMs = await medianMs(() =>
      Promise.all([sql.followers, sql.views, sql.markers, sql.income].map((q) => pool.query(q.text, q.values))),
    );
    const ratio = prismaMs / bareMs;
    console.log(
      `Range "${range}" (${series.bucket} buckets: ${series.followers.length} followers points, ${series.views.length} views points, ${series.markers.length} markers)`,
    );
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
}
