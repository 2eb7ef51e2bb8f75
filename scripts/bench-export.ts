// npm run bench:export — what does "Download all my data" cost on a large history, and does its memory grow with the
// history? In a fresh database (on DATABASE_URL's server, else an embedded PostgreSQL) it seeds one account with 500
// videos read daily for 500 days (250,000 video readings, set-based SQL) and streams the creator's ZIP into a sink
// that only counts the bytes; then it adds a second account of 1,500 videos (one million readings in all) and streams
// it again. Prints, for each: the time, the ZIP's size, the rows read, and the peak memory while it ran (resident set
// and JavaScript heap in use, above what they were before). npm run bench:export caps V8's heap at 128 MB
// (NODE_OPTIONS), so the figures show what the export needs rather than how lazily V8 collects garbage with room to
// spare; the in-memory export this replaced ran out of memory under that cap on one million readings.
// Target: the peak resident set at one million readings no more than 32 MB above the peak at 250,000.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getHeapStatistics } from "node:v8";
import { openBenchDatabase, seedHistory } from "./lib/bench-seed.ts";

const DAYS = 500;
const FIRST_DAY = "2025-01-01";
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

const db = await openBenchDatabase(); // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { openCreatorExport } = await import("@/lib/queries/export-data");

/** Streams the creator's ZIP into a counting sink, sampling memory every 10 ms. */
async function measureExport(creatorId: string) {
  const before = process.memoryUsage();
  let [peakRss, peakHeap] = [before.rss, before.heapUsed];
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 10);
  let [bytes, rows] = [0, 0];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const start = performance.now();
  await pipeline(await openCreatorExport(creatorId, "zip", { onRead: (n) => (rows += n) }), sink);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return {
    seconds,
    bytes,
    rows,
    rssAbove: Math.max(peakRss, process.memoryUsage().rss) - before.rss,
    peakRss,
    heapAbove: peakHeap - before.heapUsed,
    before,
  };
}

try {
  const creator = await prisma.creator.create({
    data: { email: "bench-export@example.test", passwordHash: "-", isAdult: true },
    select: { id: true },
  });
  const results: Awaited<ReturnType<typeof measureExport>>[] = [];
  let readings = 0;
  for (const [accountId, videos] of [
    ["bench-export-a", 500],
    ["bench-export-b", 1_500],
  ] as const) {
    console.log(`Seeding ${videos.toLocaleString("en-US")} more videos × ${DAYS} days…`);
    await seedHistory(prisma, {
      creatorId: creator.id,
      accountId,
      handle: accountId,
      videoCount: videos,
      days: DAYS,
      firstDay: FIRST_DAY,
    });
    await prisma.$executeRawUnsafe("ANALYZE");
    readings += videos * DAYS;
    console.log(`Streaming the ZIP of ${readings.toLocaleString("en-US")} video readings into a counting sink…`);
    const result = await measureExport(creator.id);
    results.push(result);
    console.log(
      `  ${result.seconds.toFixed(2)} s; ZIP ${(result.bytes / 1024 / 1024).toFixed(1)} MB (${result.bytes.toLocaleString("en-US")} bytes); ${result.rows.toLocaleString("en-US")} rows read in pages`,
    );
    console.log(
      `  peak memory: ${mb(result.peakRss)} MB resident, ${mb(result.rssAbove)} MB above the ${mb(result.before.rss)} MB before; JavaScript heap in use ${mb(result.heapAbove)} MB above the ${mb(result.before.heapUsed)} MB before`,
    );
  }
  const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
  const growth = large.peakRss - small.peakRss;
  console.log(`\nV8 heap limit: ${mb(getHeapStatistics().heap_size_limit)} MB`);
  console.log(
    `one million readings: ${large.seconds.toFixed(2)} s, ZIP ${(large.bytes / 1024 / 1024).toFixed(1)} MB, peak ${mb(large.peakRss)} MB resident (${mb(large.peakRss - small.before.rss)} MB above the process before the first export)`,
  );
  console.log(
    `4× the history, peak resident ${mb(small.peakRss)} → ${mb(large.peakRss)} MB: ${growth >= 0 ? "+" : ""}${mb(growth)} MB (target ≤ +32 MB) — ${growth <= 32 * 1024 * 1024 ? "OK" : "ABOVE TARGET"}`,
  );
  if (growth > 32 * 1024 * 1024) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.drop();
}
