// npm run bench:detect — does detection cost grow with an account's history? In a fresh database (on
// DATABASE_URL's server, else an embedded PostgreSQL) it builds a small account (2 videos × 500 days = 1,000
// video snapshots) and a large one (2,000 videos × 500 days = 1,000,000), seeded with set-based SQL and
// brought up to date with one full recompute each. Then it times single-reading writes with detection
// (recordVideoSnapshot on the latest day, alternating two videos, interleaving the accounts) and prints both
// medians, their ratio (target ≤ 1.5) and the time of a full recompute of the large account.
import { harness } from "../lib/config/harness.ts";
import { median, openBenchDatabase, seedHistory } from "./lib/bench-seed.ts";

const DAYS = 500;
const FIRST_DAY = "2025-01-01";
const LATEST_DAY = "2026-05-15"; // FIRST_DAY + 499
const NOW = new Date("2026-06-01T12:00:00Z");
const WARM_UP = 20;
const WRITES = harness("BENCH_WRITES");

const db = await openBenchDatabase(); // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { recomputeAccount } = await import("@/lib/services/recompute-milestones");
const { recordVideoSnapshot } = await import("@/lib/services/record-snapshots");

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** An account with `videoCount` videos, each read on all DAYS days, and one account reading a day. Returns two video ids. */
async function seedAccount(
  creatorId: string,
  handle: string,
  videoCount: number,
): Promise<{ accountId: string; videoIds: [string, string] }> {
  const accountId = `bench-${handle}`;
  await seedHistory(
    prisma,
    { creatorId, accountId, handle, videoCount, days: DAYS, firstDay: FIRST_DAY },
    (written, total) => {
      if (videoCount > 200)
        console.log(
          `  ${handle}: ${written.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} video snapshots`,
        );
    },
  );
  return {
    accountId,
    videoIds: [`${accountId}-v00001`, `${accountId}-v${String(Math.ceil(videoCount / 2)).padStart(5, "0")}`],
  };
}

try {
  const creator = await prisma.creator.create({
    data: { email: "bench@example.test", passwordHash: "-", isAdult: true },
    select: { id: true },
  });
  console.log("Seeding the small account (2 videos × 500 days)…");
  const small = await seedAccount(creator.id, "small", 2);
  console.log("Seeding the large account (2,000 videos × 500 days)…");
  const large = await seedAccount(creator.id, "large", 2_000);
  await prisma.$executeRawUnsafe("ANALYZE");

  console.log("Filling account_video_days and milestones with one recompute per account…");
  await recomputeAccount(creator.id, small.accountId);
  const [seeded, seedMs] = await timed(() => recomputeAccount(creator.id, large.accountId));
  console.log(
    `  large account: ${seeded.crossings.length.toLocaleString("en-US")} crossings, ${seeded.stateChanges.length} state changes in ${seconds(seedMs)}`,
  );
  await prisma.$executeRawUnsafe("ANALYZE");
  const counts = await prisma.$queryRaw<{ handle: string; snapshots: bigint }[]>`
    SELECT a.handle, count(*) AS snapshots FROM accounts a JOIN videos v ON v.account_id = a.id JOIN video_snapshots s ON s.video_id = v.id GROUP BY a.handle ORDER BY a.handle`;
  for (const row of counts) console.log(`  ${row.handle}: ${row.snapshots.toLocaleString("en-US")} video snapshots`);

  console.log(
    `Timing ${WRITES} single-reading writes with detection per account (after ${WARM_UP} warm-up writes each)…`,
  );
  const written = await prisma.$queryRaw<{ video_id: string; views: bigint }[]>`
    SELECT video_id, views FROM video_snapshots WHERE video_id = ANY(${[...small.videoIds, ...large.videoIds]}::text[]) AND day = ${LATEST_DAY}::date`;
  const latest = new Map(written.map((s) => [s.video_id, Number(s.views)]));
  const write = async (account: typeof small, i: number) => {
    const videoId = account.videoIds[i % 2]!;
    const views = latest.get(videoId)! + 1 + (i % 5);
    latest.set(videoId, views);
    const [, ms] = await timed(() =>
      recordVideoSnapshot(creator.id, { accountId: account.accountId, videoId, day: LATEST_DAY, views }, NOW),
    );
    return ms;
  };
  for (let i = 0; i < WARM_UP; i++) {
    await write(small, i);
    await write(large, i);
  }
  const times = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < WRITES; i++) {
    times.small.push(await write(small, i));
    times.large.push(await write(large, i));
    if ((i + 1) % 50 === 0) console.log(`  ${i + 1} of ${WRITES}`);
  }

  const [, fullMs] = await timed(() => recomputeAccount(creator.id, large.accountId));
  const smallMedian = median(times.small);
  const largeMedian = median(times.large);
  const ratio = largeMedian / smallMedian;
  console.log("");
  console.log(`Median write with detection, 1,000 video snapshots:     ${smallMedian.toFixed(2)} ms`);
  console.log(`Median write with detection, 1,000,000 video snapshots: ${largeMedian.toFixed(2)} ms`);
  console.log(`Ratio (large ÷ small): ${ratio.toFixed(2)} (target ≤ 1.5) — ${ratio <= 1.5 ? "OK" : "ABOVE TARGET"}`);
  console.log(
    `Full recompute of the large account: ${seconds(fullMs)} (the first one, filling empty tables: ${seconds(seedMs)})`,
  );
  if (ratio > 1.5) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.drop();
}
