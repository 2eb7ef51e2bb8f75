// Collecting a connected TikTok account against the fake TikTok on loopback: the connect flow's service, three pages
// of videos, a second run the same day, token refresh, a revoked authorisation told once, 429 then success, failures
// summed up once, and the collected reading's crossing notified as a reading of today.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { collectAccount, FAILURES_BEFORE_NOTICE, requestCollection } from "@/lib/services/collect-account";
import { connectTikTok, disconnectAccount, firstSlot } from "@/lib/services/connect-account";
import { writeReadings } from "@/lib/services/write-readings";
import { deleteAccount } from "@/lib/services/manage-accounts";
import { deleteCreatorAndData } from "@/lib/services/delete-creator";
import { getNoticesPage } from "@/lib/queries/notices";
import { addDays, dayIn } from "@/lib/time/days";
import { FakeTikTok } from "../support/fake-tiktok";
import { appErrorOf, createCreator, storedVideoReadings } from "./fixtures";

const REDIRECT = "http://localhost:3000/api/connections/tiktok/callback";
const noWait = { attempts: 4, baseMs: 1, sleep: async () => {} };
let fake: FakeTikTok;

beforeAll(async () => {
  fake = await new FakeTikTok().start();
  process.env.TIKTOK_CLIENT_KEY = fake.clientKey;
  process.env.TIKTOK_CLIENT_SECRET = fake.clientSecret;
  process.env.MILEPOST_TIKTOK_AUTH_URL = fake.url;
  process.env.MILEPOST_TIKTOK_API_URL = fake.url;
});
afterAll(async () => {
  await fake.close();
  for (const name of [
    "TIKTOK_CLIENT_KEY",
    "TIKTOK_CLIENT_SECRET",
    "MILEPOST_TIKTOK_AUTH_URL",
    "MILEPOST_TIKTOK_API_URL",
  ])
    delete process.env[name];
});

const connectionOf = (accountId: string) => prisma.platformConnection.findUniqueOrThrow({ where: { accountId } });

/** A creator with an account connected to a new fake TikTok user. */
async function connected(input: { videos?: number; followers?: number; timeZone?: string } = {}) {
  const creatorId = await createCreator("collect");
  const account = await prisma.account.create({
    data: { creatorId, handle: `c${Math.random().toString(36).slice(2, 10)}`, timeZone: input.timeZone ?? "UTC" },
    select: { id: true, handle: true },
  });
  const user = fake.seedUser({ videos: input.videos ?? 3, follower_count: input.followers ?? 950 });
  const code = fake.issueCode({ openId: user.open_id, redirectUri: REDIRECT });
  const { displayName } = await connectTikTok(creatorId, account.id, {
    code,
    codeVerifier: "v",
    redirectUri: REDIRECT,
  });
  // Out of the way of the schedule tests' workers (the same database): these runs are started by the tests.
  const { nextRunAt: scheduled } = await connectionOf(account.id);
  await prisma.platformConnection.update({
    where: { accountId: account.id },
    data: { nextRunAt: new Date("2100-01-01") },
  });
  return { creatorId, accountId: account.id, handle: account.handle, user, displayName, scheduled };
}

const calls = (path: string) => fake.requests.filter((r) => r.path === path).length;
const runsOf = (accountId: string) =>
  prisma.collectionRun.findMany({ where: { accountId }, orderBy: { startedAt: "asc" } });

describe("connecting", () => {
  test("stores the tokens sealed, shows who is connected, and schedules the first run at the local evening hour", async () => {
    const { accountId, displayName, user, scheduled } = await connected({ timeZone: "Asia/Tokyo" });
    expect(displayName).toBe(user.display_name);
    const connection = await connectionOf(accountId);
    expect(connection).toMatchObject({ externalId: user.open_id, status: "active", collectHour: 22 });
    expect(connection.accessToken).not.toMatch(/^act\./);
    expect(connection.refreshToken).not.toMatch(/^rft\./);
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", hourCycle: "h23" }).format(
        scheduled!,
      ),
    );
    expect(hour).toBe(22);
    expect(scheduled!.getTime()).toBeGreaterThan(Date.now());
  });

  test("a second Milepost account cannot connect the same TikTok user", async () => {
    const first = await connected();
    const other = await createCreator("collect-other");
    const account = await prisma.account.create({ data: { creatorId: other, handle: "second", timeZone: "UTC" } });
    const code = fake.issueCode({ openId: first.user.open_id, redirectUri: REDIRECT });
    const error = await appErrorOf(
      connectTikTok(other, account.id, { code, codeVerifier: "v", redirectUri: REDIRECT }),
      "CONFLICT",
    );
    expect(error.message).toBe("This TikTok account is already connected to another Milepost account.");
    expect(await prisma.platformConnection.count({ where: { accountId: account.id } })).toBe(0);
  });

  test("the first slot is today's when still ahead, else tomorrow's, in the account's zone", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(firstSlot("UTC", 22, 600, now).toISOString()).toBe("2026-12-02T22:10:00.000Z");
    expect(firstSlot("Asia/Tokyo", 22, 0, now).toISOString()).toBe("2026-12-02T13:00:00.000Z"); // 21:00 JST now
    expect(firstSlot("Asia/Tokyo", 22, 0, new Date("2026-12-02T14:00:00Z")).toISOString()).toBe(
      "2026-12-03T13:00:00.000Z", // 23:00 JST: tomorrow's
    );
    expect(firstSlot("America/New_York", 22, 0, now).toISOString()).toBe("2026-12-03T03:00:00.000Z");
  });
});

describe("a collection", () => {
  test("reads three pages of videos, creates them and writes the day's readings; a second run replaces them", async () => {
    const { creatorId, accountId, user } = await connected({ videos: 45, followers: 1234 });
    const pagesBefore = calls("/v2/video/list/");
    const progress: number[] = [];
    const outcome = await collectAccount(creatorId, accountId, {
      trigger: "now",
      onProgress: (read) => progress.push(read),
      retry: noWait,
    });
    const today = dayIn("UTC", new Date());
    expect(outcome).toMatchObject({ status: "succeeded", day: today, followers: 1234, videos: 45, videosCreated: 45 });
    expect(calls("/v2/video/list/") - pagesBefore).toBe(3);
    expect(progress).toEqual([20, 40, 45]);
    const videos = await prisma.video.findMany({ where: { accountId }, orderBy: { postedOn: "desc" } });
    expect(videos).toHaveLength(45);
    const newest = user.videos[0]!;
    expect(videos[0]).toMatchObject({ platformId: newest.id, url: newest.share_url, title: newest.title });
    expect(videos[0]!.postedOn!.toISOString().slice(0, 10)).toBe(dayIn("UTC", new Date(newest.create_time * 1000)));
    const snapshot = await prisma.accountSnapshot.findMany({ where: { accountId } });
    expect(snapshot.map((s) => Number(s.followers))).toEqual([1234]);
    const readings = await storedVideoReadings({ accountId });
    expect(readings).toHaveLength(45);
    expect(readings.every((r) => r.day === today)).toBe(true);
    // Videos first read long after they were posted, already past their thresholds: one notice sums them up. (The
    // video posted yesterday crossed for real today, and the account became eligible: those are told one by one.)
    const titles = (await prisma.notificationNotice.findMany({ where: { accountId } })).map((n) => n.title);
    expect(titles).toContainEqual(
      expect.stringMatching(/: \d+ milestones already reached when Milepost first read 44 videos$/),
    );
    expect(titles.length).toBeLessThan(6);

    user.follower_count = 1300;
    for (const video of user.videos) video.view_count += 7;
    const again = await collectAccount(creatorId, accountId, { trigger: "now", retry: noWait });
    expect(again).toMatchObject({ status: "succeeded", videosCreated: 0 });
    expect((await prisma.accountSnapshot.findMany({ where: { accountId } })).map((s) => Number(s.followers))).toEqual([
      1300,
    ]);
    const replaced = await storedVideoReadings({ accountId });
    expect(replaced).toHaveLength(45);
    expect(replaced.find((r) => r.videoId === videos[0]!.id)!.views).toBe(newest.view_count);
    expect((await runsOf(accountId)).map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
    expect((await connectionOf(accountId)).lastCollectedAt).not.toBeNull();
  });

  test("renews an access token that has expired (before the run, and when TikTok refuses it mid-way)", async () => {
    const { creatorId, accountId, user } = await connected({ videos: 2 });
    await prisma.platformConnection.update({ where: { accountId }, data: { accessTokenExpiresAt: new Date(0) } });
    const sealedBefore = (await connectionOf(accountId)).refreshToken;
    const refreshes = calls("/v2/oauth/token/");
    expect(await collectAccount(creatorId, accountId, { trigger: "now", retry: noWait })).toMatchObject({
      status: "succeeded",
    });
    expect(calls("/v2/oauth/token/") - refreshes).toBe(1);
    const renewed = await connectionOf(accountId);
    expect(renewed.refreshToken).not.toBe(sealedBefore); // TikTok rotated it; the new one is kept
    expect(renewed.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now());

    fake.expireAccessTokensOf(user.open_id);
    expect(await collectAccount(creatorId, accountId, { trigger: "now", retry: noWait })).toMatchObject({
      status: "succeeded",
    });
    expect(calls("/v2/oauth/token/") - refreshes).toBe(2);
  });

  test("a revoked authorisation marks the connection and tells the creator once; nothing more is tried", async () => {
    const { creatorId, accountId, user } = await connected({ videos: 1 });
    fake.revokeUser(user.open_id);
    const first = await collectAccount(creatorId, accountId, { trigger: "schedule", retry: noWait });
    expect(first.status).toBe("needs_reconnecting");
    expect((await connectionOf(accountId)).status).toBe("needs_reconnecting");
    const before = fake.requests.length;
    const second = await collectAccount(creatorId, accountId, { trigger: "cli", retry: noWait });
    expect(second.status).toBe("needs_reconnecting");
    expect(fake.requests.length).toBe(before); // not tried
    const notices = await prisma.notificationNotice.findMany({ where: { accountId, kind: "connection" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toContain("reconnect");
    expect(await prisma.notificationDelivery.count({ where: { noticeId: notices[0]!.id, channel: "email" } })).toBe(1);
    await appErrorOf(requestCollection(creatorId, accountId, { trigger: "now" }), "CONFLICT");
    expect(await prisma.accountSnapshot.count({ where: { accountId } })).toBe(0);
  });

  test("429 and 5xx are retried with backoff, then the run succeeds", async () => {
    const { creatorId, accountId } = await connected({ videos: 25 });
    fake.failNext("/v2/video/list/", 429, 2);
    fake.failNext("/v2/user/info/", 500, 1);
    const waits: number[] = [];
    const outcome = await collectAccount(creatorId, accountId, {
      trigger: "now",
      retry: { attempts: 4, baseMs: 100, sleep: async (ms) => void waits.push(ms) },
    });
    expect(outcome).toMatchObject({ status: "succeeded", videos: 25 });
    expect(waits).toEqual([100, 1000, 1000]); // 5xx: the backoff; 429: TikTok's Retry-After of 1 s
  });

  test("a run that keeps failing writes nothing; repeated failures are summed up in one notice", async () => {
    const { creatorId, accountId } = await connected({ videos: 3 });
    for (let i = 1; i <= FAILURES_BEFORE_NOTICE + 1; i++) {
      fake.failNext("/v2/video/list/", 503, 4);
      const outcome = await collectAccount(creatorId, accountId, { trigger: "schedule", retry: noWait });
      expect(outcome).toMatchObject({ status: "failed", error: "TikTok had a problem on its side." });
      // Scheduled runs that fail try again later the same day; a new day's run is another try.
      await prisma.collectionRun.updateMany({
        where: { accountId },
        data: { day: new Date(`${addDays("2026-01-01", i)}`) },
      });
    }
    expect(await prisma.accountSnapshot.count({ where: { accountId } })).toBe(0);
    expect(await storedVideoReadings({ accountId })).toEqual([]);
    expect(await prisma.video.count({ where: { accountId } })).toBe(0);
    const connection = await connectionOf(accountId);
    expect(connection).toMatchObject({
      failures: FAILURES_BEFORE_NOTICE + 1,
      lastError: "TikTok had a problem on its side.",
    });
    const notices = await prisma.notificationNotice.findMany({ where: { accountId, kind: "connection" } });
    expect(notices.map((n) => n.title)).toEqual([
      expect.stringContaining(`could not collect your readings ${FAILURES_BEFORE_NOTICE} times in a row`),
    ]);
    expect(await collectAccount(creatorId, accountId, { trigger: "now", retry: noWait })).toMatchObject({
      status: "succeeded",
    });
    expect((await connectionOf(accountId)).failures).toBe(0);
  });

  test("the collected reading crosses 1,000 followers: the creator is notified as for a reading of today", async () => {
    const { creatorId, accountId, handle, user } = await connected({ videos: 1, followers: 1020 });
    const yesterday = addDays(dayIn("UTC", new Date()), -1);
    await writeReadings(
      creatorId,
      accountId,
      { account: [{ day: yesterday, followers: 950 }], videos: [] },
      { source: "api" },
    );
    expect(user.follower_count).toBe(1020);
    await collectAccount(creatorId, accountId, { trigger: "schedule", retry: noWait });
    const sources = await prisma.accountSnapshot.findMany({ where: { accountId }, orderBy: { day: "asc" } });
    expect(sources.map((s) => s.source)).toEqual(["api", "collected"]);
    const page = await getNoticesPage(creatorId);
    expect(page.items.map((n) => n.title)).toContain(`@${handle}: You reached 1,000 followers`);
    expect(page.unread).toBeGreaterThan(0);
  });

  test("disconnecting revokes at TikTok and forgets the tokens; readings and the log stay", async () => {
    const { creatorId, accountId } = await connected({ videos: 2 });
    await collectAccount(creatorId, accountId, { trigger: "now", retry: noWait });
    const revokes = calls("/v2/oauth/revoke/");
    await disconnectAccount(creatorId, accountId);
    expect(calls("/v2/oauth/revoke/") - revokes).toBe(1);
    expect(await prisma.platformConnection.count({ where: { accountId } })).toBe(0);
    expect(await prisma.accountSnapshot.count({ where: { accountId } })).toBe(1);
    expect(await storedVideoReadings({ accountId })).toHaveLength(2);
    expect(await runsOf(accountId)).toHaveLength(1);
  });

  test("deleting a connected account, or the creator, revokes its token at TikTok", async () => {
    const one = await connected();
    const two = await connected();
    const revokes = calls("/v2/oauth/revoke/");
    await deleteAccount(one.creatorId, { accountId: one.accountId });
    await deleteCreatorAndData(two.creatorId);
    expect(calls("/v2/oauth/revoke/") - revokes).toBe(2);
    expect(
      await prisma.platformConnection.count({ where: { accountId: { in: [one.accountId, two.accountId] } } }),
    ).toBe(0);
  });
});
