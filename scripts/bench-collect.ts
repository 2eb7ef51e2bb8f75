// npm run bench:collect [-- --accounts N] — how fast does one worker collect a day? In a fresh database (on
// DATABASE_URL's server, else an embedded PostgreSQL) it connects N accounts (BENCH_ACCOUNTS, default 2,000) to a fake
// TikTok on loopback in this process, each with 50 videos and yesterday's readings, half of them with an expired access
// token; sets every connection due and starts one collection worker (MILEPOST_COLLECT_CONCURRENCY accounts at once),
// whose scheduler tick claims them all and queues their jobs. It waits until every run has finished and checks each
// account got exactly today's readings. The yardstick: the same readings (1 account reading + 50 video readings of
// today, the very figures the fake answers) written straight through writeReadings for a second set of N accounts
// seeded alike — half just before the collection and half just after (so a machine getting busier or quieter during
// the run weighs on both sides alike), each half a sample one account after another and the rest as many at once as
// the worker collects. Prints accounts per second, the day's time, the time per account, its ratio to the direct
// write's (as many at once: the target; one after another: for reference) and the extrapolation to 10,000 accounts.
// Targets: 10,000 within an hour, ratio ≤ 2.
import { randomBytes } from "node:crypto";
import { harness } from "../lib/config/harness.ts";
import { openBenchDatabase } from "./lib/bench-seed.ts";
import { connectAccounts, inPool, seedAccounts, VIDEOS, type BenchAccount } from "./lib/bench-collect-seed.ts";
import { FakeTikTok } from "../tests/support/fake-tiktok.ts";

const flag = process.argv.indexOf("--accounts");
const N = flag >= 0 ? Number(process.argv[flag + 1]) : harness("BENCH_ACCOUNTS");
if (!Number.isInteger(N) || N < 1) throw new Error("--accounts takes a whole number of accounts.");
const EXPIRED_EVERY = 2; // every second account renews its access token first
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(line);

const fake = await new FakeTikTok().start();
process.env.TIKTOK_CLIENT_KEY = fake.clientKey;
process.env.TIKTOK_CLIENT_SECRET = fake.clientSecret;
process.env.MILEPOST_TIKTOK_AUTH_URL = fake.url;
process.env.MILEPOST_TIKTOK_API_URL = fake.url;
// Tokens are sealed with a key of the bench's own (never one generated into the data folder), as its database is.
process.env.MILEPOST_SECRET_KEY = randomBytes(32).toString("base64");
delete process.env.MILEPOST_PREVIOUS_SECRET_KEYS;
const db = await openBenchDatabase(); // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { collectionSettings } = await import("@/lib/config");
const { sealSecret } = await import("@/lib/secrets");
const { addDays, dayIn } = await import("@/lib/time/days");
const { writeReadings } = await import("@/lib/services/write-readings");
const { startCollectionWorker } = await import("@/lib/collection/worker");

/** Per account of `prefix`: today's account readings, video readings and the sum of their views. */
async function todaysReadings(prefix: string, today: string) {
  const rows = await prisma.$queryRaw<{ accounts: number; exact: number; wrong_views: number }[]>`
    WITH a AS (
      SELECT a.id,
        (SELECT count(*) FROM account_snapshots s WHERE s.account_id = a.id AND s.day = ${today}::date) AS account_readings,
        (SELECT count(*) FROM video_snapshots s JOIN videos v ON v.id = s.video_id
          WHERE v.account_id = a.id AND s.day = ${today}::date AND s.views IS NOT NULL) AS video_readings,
        (SELECT sum(s.views) FROM video_snapshots s JOIN videos v ON v.id = s.video_id
          WHERE v.account_id = a.id AND s.day = ${today}::date) AS views
      FROM accounts a WHERE a.id LIKE ${`${prefix}-%`})
    SELECT count(*)::int AS accounts,
      count(*) FILTER (WHERE account_readings = 1 AND video_readings = ${VIDEOS})::int AS exact,
      count(*) FILTER (WHERE views IS DISTINCT FROM ${(1000 * VIDEOS * (VIDEOS + 1)) / 2})::int AS wrong_views
    FROM a`;
  return rows[0]!;
}

const todayBatch = (a: BenchAccount, today: string) => ({
  account: [{ day: today, followers: a.user.follower_count }],
  videos: a.user.videos.map((v, i) => ({
    videoId: a.videoIds[i]!,
    day: today,
    views: v.view_count,
    likes: v.like_count,
    comments: v.comment_count,
    shares: v.share_count,
  })),
});

/** Direct writes of today's readings: `sequential` accounts one after another, the rest `width` at once. */
async function directWrites(accounts: BenchAccount[], today: string, sequential: number, width: number) {
  const write = (a: BenchAccount) =>
    writeReadings(a.creatorId, a.accountId, todayBatch(a, today), { source: "collected" }).then(() => {});
  let start = performance.now();
  for (const a of accounts.slice(0, sequential)) await write(a);
  const sequentialMs = performance.now() - start;
  start = performance.now();
  await inPool(accounts.slice(sequential), width, write);
  const parallelMs = performance.now() - start;
  const result = { sequential: sequentialMs / sequential, parallel: parallelMs / (accounts.length - sequential) };
  log(
    `  ${accounts.length} accounts: ${result.sequential.toFixed(1)} ms per account one after another (${sequential}), ${result.parallel.toFixed(1)} ms per account ${width} at once (${accounts.length - sequential})`,
  );
  return result;
}

let worker: Awaited<ReturnType<typeof startCollectionWorker>> | undefined;
try {
  const today = dayIn("UTC", new Date());
  const yesterday = addDays(today, -1);
  const concurrency = collectionSettings().concurrency;
  log(`Seeding ${N.toLocaleString("en-US")} connected accounts × ${VIDEOS} videos (and as many for the direct write)…`);
  const seedStart = performance.now();
  const collected = await seedAccounts(prisma, writeReadings, fake, { prefix: "c", count: N, today, yesterday }, log);
  const expired = await connectAccounts(prisma, sealSecret, fake, collected, EXPIRED_EVERY);
  const direct = await seedAccounts(prisma, writeReadings, fake, { prefix: "d", count: N, today, yesterday }, log);
  await prisma.$executeRawUnsafe("ANALYZE");
  log(`  seeded in ${seconds(performance.now() - seedStart)}; ${expired} of ${N} access tokens expired`);

  const half = Math.ceil(N / 2);
  const sample = Math.max(1, Math.min(100, Math.floor(half / 4)));
  log(`\nDirect writeReadings of today's readings, the first half of the other ${N} accounts (before the collection)…`);
  const before = await directWrites(direct.slice(0, half), today, sample, concurrency);

  log(`\nCollecting ${today} with one worker, ${concurrency} accounts at once (MILEPOST_COLLECT_CONCURRENCY)…`);
  const requestsBefore = fake.requests.length;
  const start = Date.now();
  worker = await startCollectionWorker(db.url, (line) => {
    if (!line.includes(": succeeded")) log(`  worker: ${line}`);
  });
  let done = 0;
  while (done < N) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const runs = await prisma.$queryRaw<{ done: number; running: number }[]>`
      SELECT count(*) FILTER (WHERE status <> 'running')::int AS done, count(*) FILTER (WHERE status = 'running')::int AS running
      FROM collection_runs`;
    done = runs[0]!.done;
    const rate = done / ((Date.now() - start) / 1000);
    log(`  collecting: ${done} / ${N} runs done, ${runs[0]!.running} running (${rate.toFixed(2)} accounts/s)`);
  }
  const last = await prisma.collectionRun.aggregate({ _max: { finishedAt: true } });
  const dayMs = last._max.finishedAt!.getTime() - start;
  await worker.stop();
  worker = undefined;

  log("\nChecking the collected day…");
  const statuses = await prisma.collectionRun.groupBy({ by: ["status"], _count: true });
  const runs = Object.fromEntries(statuses.map((s) => [s.status, s._count]));
  const check = await todaysReadings("c", today);
  const requests = fake.requests.slice(requestsBefore);
  const refreshes = requests.filter((r) => r.path === "/v2/oauth/token/").length;
  const renewed = await prisma.platformConnection.count({ where: { accessTokenExpiresAt: { gt: new Date() } } });
  const stats = await prisma.$queryRaw<{ mean_ms: number; max_ms: number }[]>`
    SELECT avg(extract(epoch FROM finished_at - started_at) * 1000)::float AS mean_ms,
           max(extract(epoch FROM finished_at - started_at) * 1000)::float AS max_ms FROM collection_runs`;
  log(`  runs: ${JSON.stringify(runs)}`);
  log(`  accounts with exactly 1 account reading and ${VIDEOS} video readings of ${today}: ${check.exact} of ${N}`);
  log(`  accounts whose views today differ from the fake's: ${check.wrong_views}`);
  log(
    `  HTTP requests to the fake: ${requests.length} (${refreshes} token refreshes for ${expired} expired tokens); connections with a valid token now: ${renewed} of ${N}`,
  );
  log(
    `  one run (started → finished, ${concurrency} at once): mean ${stats[0]!.mean_ms.toFixed(0)} ms, max ${stats[0]!.max_ms.toFixed(0)} ms`,
  );
  const correct =
    runs.succeeded === N && Object.keys(runs).length === 1 && check.exact === N && check.wrong_views === 0;
  log(
    `  ${correct ? "OK" : "WRONG"}: ${correct ? "every account collected exactly once, no failed run" : "see above"}`,
  );

  log(`\nDirect writeReadings of today's readings, the second half (after the collection)…`);
  const after = await directWrites(direct.slice(half), today, sample, concurrency);
  const directCheck = await todaysReadings("d", today);
  log(`  accounts with exactly 1 + ${VIDEOS} readings of ${today}: ${directCheck.exact} of ${N}`);

  const perAccount = dayMs / N;
  const parallel = (before.parallel + after.parallel) / 2;
  const sequential = (before.sequential + after.sequential) / 2;
  const ratio = perAccount / parallel;
  const rate = N / (dayMs / 1000);
  const hours = 10_000 / rate / 3600;
  log(`\nCollection of ${N} accounts (one worker, ${concurrency} at once): ${seconds(dayMs)} for the day`);
  log(`  ${rate.toFixed(2)} accounts per second, ${perAccount.toFixed(1)} ms per account (the day ÷ N)`);
  log(`Direct writeReadings of the same readings: ${parallel.toFixed(1)} ms per account ${concurrency} at once`);
  log(`  (${sequential.toFixed(1)} ms one account after another; means of the halves before and after the collection)`);
  log(
    `ratio (collection ÷ direct write, ${concurrency} at once each): ${ratio.toFixed(2)} (target ≤ 2) — ${ratio <= 2 ? "OK" : "ABOVE TARGET"}`,
  );
  log(`  against the direct write one account after another: ${(perAccount / sequential).toFixed(2)}`);
  log(
    `10,000 accounts with one worker process: ${hours.toFixed(2)} h (target ≤ 1 h) — ${hours <= 1 ? "OK" : "ABOVE TARGET"}`,
  );
  if (!correct || directCheck.exact !== N || ratio > 2 || hours > 1) process.exitCode = 1;
} finally {
  await worker?.stop();
  await prisma.$disconnect();
  await fake.close();
  await db.drop();
}
