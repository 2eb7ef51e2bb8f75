// The daily schedule with real workers: due connections are claimed once however many workers tick, two workers
// never collect an account twice in a day, and a collection killed part-way writes nothing and the next run completes.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { startCollectionWorker } from "@/lib/collection/worker";
import { enqueueDueCollections } from "@/lib/collection/scheduler";
import { prisma } from "@/lib/db/client";
import { collectAccount } from "@/lib/services/collect-account";
import { connectTikTok } from "@/lib/services/connect-account";
import { dayIn } from "@/lib/time/days";
import { FakeTikTok } from "../support/fake-tiktok";
import { startMilepost } from "../support/milepost-cli";
import { createCreator, storedVideoReadings } from "./fixtures";

const REDIRECT = "http://localhost:3000/api/connections/tiktok/callback";
const ENV = ["TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET", "MILEPOST_TIKTOK_AUTH_URL", "MILEPOST_TIKTOK_API_URL"];
let fake: FakeTikTok;

beforeAll(async () => {
  fake = await new FakeTikTok().start();
  Object.assign(process.env, {
    TIKTOK_CLIENT_KEY: fake.clientKey,
    TIKTOK_CLIENT_SECRET: fake.clientSecret,
    MILEPOST_TIKTOK_AUTH_URL: fake.url,
    MILEPOST_TIKTOK_API_URL: fake.url,
    MILEPOST_COLLECT_TICK_SECONDS: "1",
  });
});
afterAll(async () => {
  await fake.close();
  for (const name of [...ENV, "MILEPOST_COLLECT_TICK_SECONDS"]) delete process.env[name];
});

/** `count` connected accounts of one creator, due now. */
async function dueAccounts(count: number, videos = 3) {
  const creatorId = await createCreator("schedule");
  const accounts = [];
  for (let i = 0; i < count; i++) {
    const account = await prisma.account.create({
      data: { creatorId, handle: `s${i}`, timeZone: i % 2 ? "Asia/Tokyo" : "America/Los_Angeles" },
      select: { id: true, handle: true, timeZone: true },
    });
    const user = fake.seedUser({ videos });
    const code = fake.issueCode({ openId: user.open_id, redirectUri: REDIRECT });
    await connectTikTok(creatorId, account.id, { code, codeVerifier: "v", redirectUri: REDIRECT });
    accounts.push({ ...account, openId: user.open_id });
  }
  const ids = accounts.map((a) => a.id);
  await prisma.platformConnection.updateMany({
    where: { accountId: { in: ids } },
    data: { nextRunAt: new Date(Date.now() - 60_000) },
  });
  return { creatorId, accounts, ids };
}

async function until(check: () => Promise<boolean>, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the schedule", () => {
  test("claims each due connection once however many schedulers tick, and moves it to the next local day", async () => {
    const { accounts, ids } = await dueAccounts(4, 0);
    const now = new Date();
    const claimed = await Promise.all([enqueueDueCollections(now), enqueueDueCollections(now)]);
    const jobs = await prisma.$queryRaw<{ account: string }[]>`
      SELECT data->>'accountId' AS account FROM pgboss.job WHERE name = 'collection' AND data->>'accountId' = ANY(${ids}::text[])`;
    expect(jobs.map((j) => j.account).sort()).toEqual([...ids].sort());
    expect(claimed[0]! + claimed[1]!).toBeGreaterThanOrEqual(4);
    for (const account of accounts) {
      const { nextRunAt } = await prisma.platformConnection.findUniqueOrThrow({ where: { accountId: account.id } });
      const tomorrow = new Date(now.getTime() + 86_400_000);
      expect(dayIn(account.timeZone, nextRunAt!)).toBe(dayIn(account.timeZone, tomorrow));
    }
    await enqueueDueCollections(now);
    const again = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = 'collection' AND data->>'accountId' = ANY(${ids}::text[])`;
    expect(Number(again[0]!.n)).toBe(4);
    await prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = 'collection' AND data->>'accountId' = ANY(${ids}::text[])`;
  });

  test("two workers never collect the same account twice in a day", { timeout: 60_000 }, async () => {
    const { creatorId, accounts, ids } = await dueAccounts(6);
    const url = inject("databaseUrl");
    const infoBefore = fake.requests.filter((r) => r.path === "/v2/user/info/").length;
    const workers = await Promise.all([startCollectionWorker(url), startCollectionWorker(url)]);
    try {
      await until(
        async () =>
          (await prisma.collectionRun.count({ where: { accountId: { in: ids }, status: "succeeded" } })) === ids.length,
        45,
      );
      await new Promise((resolve) => setTimeout(resolve, 2500)); // more ticks of both workers
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    const runs = await prisma.collectionRun.findMany({ where: { accountId: { in: ids } } });
    expect(runs).toHaveLength(ids.length);
    expect(runs.every((r) => r.trigger === "schedule" && r.status === "succeeded")).toBe(true);
    const infoCalls = fake.requests.filter((r) => r.path === "/v2/user/info/").length - infoBefore;
    expect(infoCalls).toBe(ids.length); // each account read once
    for (const account of accounts)
      expect(await prisma.accountSnapshot.count({ where: { accountId: account.id } })).toBe(1);
    // A job run again after its success (pg-boss retries a job whose completion was lost) collects nothing.
    const retried = await collectAccount(creatorId, accounts[0]!.id, { trigger: "schedule" });
    expect(retried.status).toBe("already_collected");
  });

  test("a collection killed part-way writes nothing, and the next run completes", { timeout: 120_000 }, async () => {
    const { creatorId, accounts } = await dueAccounts(1, 45);
    const account = accounts[0]!;
    const email = (await prisma.creator.findUniqueOrThrow({ where: { id: creatorId } })).email;
    const held = fake.hold("/v2/video/list/");
    const { child, exited } = startMilepost(["collect", "--email", email, "--account", account.handle], {
      env: { DATABASE_URL: inject("databaseUrl") },
      timeoutMs: 90_000,
    });
    await held; // the run read the account and waits for its first page of videos
    child.kill("SIGKILL");
    await exited;
    const [run] = await prisma.collectionRun.findMany({ where: { accountId: account.id } });
    expect(run).toMatchObject({ status: "running", trigger: "cli" });
    expect(await prisma.accountSnapshot.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.video.count({ where: { accountId: account.id } })).toBe(0);

    // The run's timeout passes (its job would expire and be tried again): the next run marks it and completes.
    await prisma.collectionRun.update({ where: { id: run!.id }, data: { startedAt: new Date(Date.now() - 3600_000) } });
    const next = await collectAccount(creatorId, account.id, { trigger: "schedule" });
    expect(next).toMatchObject({ status: "succeeded", videos: 45, videosCreated: 45 });
    const statuses = (
      await prisma.collectionRun.findMany({ where: { accountId: account.id }, orderBy: { startedAt: "asc" } })
    ).map((r) => r.status);
    expect(statuses).toEqual(["interrupted", "succeeded"]);
    expect(await storedVideoReadings({ accountId: account.id })).toHaveLength(45);
  });
});
