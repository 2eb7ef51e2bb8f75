// Readings through the services, against a real PostgreSQL: upserts, the all-or-nothing
// "record today" form, warnings, day rules and BIGINT round-trips.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { listAccountSnapshots } from "@/lib/db/account-snapshots";
import { listVideoSnapshots } from "@/lib/db/video-snapshots";
import { createAccount } from "@/lib/services/manage-accounts";
import { createVideo } from "@/lib/services/manage-videos";
import { recordDay, recordVideoSnapshot } from "@/lib/services/record-snapshots";
import {
  deleteAccountSnapshot,
  deleteVideoSnapshot,
  updateAccountSnapshot,
  updateVideoSnapshot,
} from "@/lib/services/edit-snapshots";
import { accountSchema } from "@/lib/validation/accounts";
import { recordDaySchema, videoReadingSchema } from "@/lib/validation/snapshots";
import { videoSchema } from "@/lib/validation/videos";
import { appErrorOf, createCreator, parse, storedVideoReadings } from "./fixtures";

// 10:00 UTC on Nov 24 is Nov 24 in Los Angeles and already Nov 25 on Kiritimati (UTC+14).
const NOW = new Date("2026-11-24T10:00:00Z");
let creator: string;

async function setUp(handle: string, timeZone = "America/Los_Angeles", videoCount = 3) {
  const account = await createAccount(creator, parse(accountSchema, { handle, timeZone }));
  const videos = [];
  for (let i = 0; i < videoCount; i++) {
    videos.push(
      await createVideo(
        creator,
        parse(videoSchema, {
          accountId: account.id,
          platformId: String(1000 + i),
          title: `Clip ${i}`,
          postedOn: "2026-11-10",
        }),
        NOW,
      ),
    );
  }
  return { accountId: account.id, videoIds: videos.map((v) => v.id) };
}

const countRows = async (accountId: string) => ({
  account: await prisma.accountSnapshot.count({ where: { accountId } }),
  video: (await storedVideoReadings({ accountId })).length,
});

beforeAll(async () => {
  creator = await createCreator("snap");
});

describe("record today", () => {
  test("writes the account reading and every filled video row, skipping empty ones", async () => {
    const { accountId, videoIds } = await setUp("daily.one");
    const input = parse(recordDaySchema, {
      accountId,
      day: "2026-11-24",
      followers: "1,204",
      profileViews: "88",
      videos: [
        { videoId: videoIds[0], views: "12,400" },
        { videoId: videoIds[1], views: "" },
        { videoId: videoIds[2], views: "7" },
      ],
    });
    const result = await recordDay(creator, input, NOW);
    expect(result).toMatchObject({ accountRecorded: true, videosRecorded: 2, warnings: [] });
    expect(result.milestones.crossings.map((c) => c.ruleKey)).toContain("video.views.10k");
    expect(await listAccountSnapshots(creator, accountId)).toEqual([
      expect.objectContaining({ day: "2026-11-24", followers: 1204, profileViews: 88, videoViews: null }),
    ]);
    expect((await listVideoSnapshots(creator, accountId, videoIds[0]!))[0]).toMatchObject({
      day: "2026-11-24",
      views: 12400,
    });
    expect(await listVideoSnapshots(creator, accountId, videoIds[1]!)).toEqual([]);
  });

  test("recording the same day again replaces that day's readings (one row, new values)", async () => {
    const { accountId, videoIds } = await setUp("daily.two", "America/Los_Angeles", 1);
    const day = { accountId, day: "2026-11-20" };
    await recordDay(
      creator,
      parse(recordDaySchema, { ...day, followers: "100", likes: "5", videos: [{ videoId: videoIds[0], views: "40" }] }),
      NOW,
    );
    await recordDay(
      creator,
      parse(recordDaySchema, { ...day, followers: "120", videos: [{ videoId: videoIds[0], views: "45" }] }),
      NOW,
    );
    expect(await listAccountSnapshots(creator, accountId)).toEqual([
      expect.objectContaining({ followers: 120, likes: null }),
    ]);
    expect(await listVideoSnapshots(creator, accountId, videoIds[0]!)).toEqual([
      expect.objectContaining({ views: 45 }),
    ]);
    expect(await countRows(accountId)).toEqual({ account: 1, video: 1 });
  });

  test("one invalid row (a day before the video was posted) writes nothing at all", async () => {
    const { accountId, videoIds } = await setUp("daily.three");
    const late = await createVideo(
      creator,
      parse(videoSchema, { accountId, platformId: "999", title: "Late", postedOn: "2026-11-23" }),
      NOW,
    );
    const input = parse(recordDaySchema, {
      accountId,
      day: "2026-11-22",
      followers: "50",
      videos: [
        { videoId: videoIds[0], views: "10" },
        { videoId: videoIds[1], views: "20" },
        { videoId: late.id, views: "30" },
      ],
    });
    const error = await appErrorOf(recordDay(creator, input, NOW), "VALIDATION");
    expect(Object.keys(error.fields ?? {})).toEqual(["videos.2.views"]);
    expect(error.fields?.["videos.2.views"]?.[0]).toMatch(/posted on Nov 23, 2026/);
    expect(await countRows(accountId)).toEqual({ account: 0, video: 0 });
  });

  test("a video of another account in the form is NOT_FOUND and writes nothing", async () => {
    const { accountId } = await setUp("daily.four", "UTC", 0);
    const elsewhere = await setUp("daily.five", "UTC", 1);
    const input = parse(recordDaySchema, {
      accountId,
      day: "2026-11-22",
      followers: "50",
      videos: [{ videoId: elsewhere.videoIds[0], views: "1" }],
    });
    await appErrorOf(recordDay(creator, input, NOW), "NOT_FOUND");
    expect(await countRows(accountId)).toEqual({ account: 0, video: 0 });
    expect(await countRows(elsewhere.accountId)).toEqual({ account: 0, video: 0 });
  });

  test.each([
    ["America/Los_Angeles", "2026-11-24", true],
    ["America/Los_Angeles", "2026-11-25", false],
    ["Pacific/Kiritimati", "2026-11-25", true],
    ["Pacific/Kiritimati", "2026-11-26", false],
  ])("in %s, recording %s is allowed: %s", async (timeZone, day, allowed) => {
    const { accountId } = await setUp(
      `tz.${timeZone.split("/")[1]!.toLowerCase().slice(0, 8)}.${day.slice(8)}`,
      timeZone,
      0,
    );
    const attempt = recordDay(creator, parse(recordDaySchema, { accountId, day, followers: "1" }), NOW);
    if (allowed) await expect(attempt).resolves.toMatchObject({ accountRecorded: true });
    else expect((await appErrorOf(attempt, "VALIDATION")).fields?.day?.[0]).toMatch(/has not come yet/);
  });

  test("views below the nearest earlier reading are kept, with a warning naming the video", async () => {
    const { accountId, videoIds } = await setUp("daily.six", "UTC", 2);
    await recordDay(
      creator,
      parse(recordDaySchema, {
        accountId,
        day: "2026-11-20",
        videos: [
          { videoId: videoIds[0], views: "1200" },
          { videoId: videoIds[1], views: "10" },
        ],
      }),
      NOW,
    );
    await recordDay(
      creator,
      parse(recordDaySchema, { accountId, day: "2026-11-15", videos: [{ videoId: videoIds[0], views: "5000" }] }),
      NOW,
    );
    const result = await recordDay(
      creator,
      parse(recordDaySchema, {
        accountId,
        day: "2026-11-21",
        videos: [
          { videoId: videoIds[0], views: "1150" },
          { videoId: videoIds[1], views: "11" },
        ],
      }),
      NOW,
    );
    expect(result.warnings).toEqual([
      "Clip 0: Views went down from 1,200 to 1,150 — TikTok sometimes removes invalid views.",
    ]);
    expect((await listVideoSnapshots(creator, accountId, videoIds[0]!))[0]).toMatchObject({
      day: "2026-11-21",
      views: 1150,
    });
  });
});

describe("single readings", () => {
  test("a video reading: posted-day rule, warning, re-record replaces, BIGINT above 2^31 round-trips", async () => {
    const { accountId, videoIds } = await setUp("single.one", "UTC", 1);
    const videoId = videoIds[0]!;
    const reading = (day: string, views: string) => parse(videoReadingSchema, { accountId, videoId, day, views });

    const early = await appErrorOf(recordVideoSnapshot(creator, reading("2026-11-09", "1"), NOW), "VALIDATION");
    expect(early.fields?.day?.[0]).toMatch(/posted on Nov 10, 2026/);
    await expect(recordVideoSnapshot(creator, reading("2026-11-10", "0"), NOW)).resolves.toMatchObject({
      warnings: [],
    });

    const big = 5_000_000_000;
    await recordVideoSnapshot(creator, reading("2026-11-11", String(big)), NOW);
    const { warnings } = await recordVideoSnapshot(creator, reading("2026-11-12", "9,000,000,000,000,000"), NOW);
    expect(warnings).toEqual([]);
    const lower = await recordVideoSnapshot(creator, reading("2026-11-13", "4,999,999,999"), NOW);
    expect(lower.warnings).toEqual([
      "Views went down from 9,000,000,000,000,000 to 4,999,999,999 — TikTok sometimes removes invalid views.",
    ]);
    await recordVideoSnapshot(creator, reading("2026-11-13", "9,000,000,000,000,000"), NOW);

    const rows = await listVideoSnapshots(creator, accountId, videoId);
    expect(rows.map((r) => [r.day, r.views])).toEqual([
      ["2026-11-13", 9_000_000_000_000_000],
      ["2026-11-12", 9_000_000_000_000_000],
      ["2026-11-11", big],
      ["2026-11-10", 0],
    ]);
    const [stored] = await storedVideoReadings({ videoIds: [videoId], day: "2026-11-11" });
    expect(stored?.views).toBe(5_000_000_000);
  });

  test("account readings: edit, refuse to move onto a taken day, delete; followers above 2^31 round-trip", async () => {
    const { accountId } = await setUp("single.two", "UTC", 0);
    await recordDay(creator, parse(recordDaySchema, { accountId, day: "2026-11-20", followers: "10" }), NOW);
    await recordDay(creator, parse(recordDaySchema, { accountId, day: "2026-11-21", followers: "11" }), NOW);
    const [newer, older] = await listAccountSnapshots(creator, accountId);

    const edited = await updateAccountSnapshot(
      creator,
      { accountId, snapshotId: older!.id, day: "2026-11-19", followers: 3_000_000_000, shares: 4 },
      NOW,
    );
    expect(edited).toMatchObject({ day: "2026-11-19", followers: 3_000_000_000, shares: 4 });
    const taken = await appErrorOf(
      updateAccountSnapshot(creator, { accountId, snapshotId: older!.id, day: "2026-11-21", followers: 1 }, NOW),
      "CONFLICT",
    );
    expect(taken.fields?.day?.[0]).toMatch(/already a reading on Nov 21, 2026/);
    await appErrorOf(
      updateAccountSnapshot(creator, { accountId, snapshotId: older!.id, day: "2026-11-25", followers: 1 }, NOW),
      "VALIDATION",
    );

    await deleteAccountSnapshot(creator, { accountId, snapshotId: newer!.id });
    expect(await listAccountSnapshots(creator, accountId)).toEqual([
      expect.objectContaining({ id: older!.id, followers: 3_000_000_000 }),
    ]);
  });

  test("video readings: edit with a warning, refuse a taken day, delete", async () => {
    const { accountId, videoIds } = await setUp("single.three", "UTC", 1);
    const videoId = videoIds[0]!;
    await recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-20", views: 1200 }, NOW);
    const { snapshot } = await recordVideoSnapshot(
      creator,
      { accountId, videoId, day: "2026-11-21", views: 1300 },
      NOW,
    );

    const edited = await updateVideoSnapshot(
      creator,
      { accountId, videoId, snapshotId: snapshot.id, day: "2026-11-21", views: 1150, saves: 3 },
      NOW,
    );
    expect(edited.snapshot).toMatchObject({ views: 1150, saves: 3 });
    expect(edited.warnings).toEqual(["Views went down from 1,200 to 1,150 — TikTok sometimes removes invalid views."]);
    await appErrorOf(
      updateVideoSnapshot(creator, { accountId, videoId, snapshotId: snapshot.id, day: "2026-11-20", views: 1 }, NOW),
      "CONFLICT",
    );
    await appErrorOf(
      updateVideoSnapshot(creator, { accountId, videoId, snapshotId: snapshot.id, day: "2026-11-01", views: 1 }, NOW),
      "VALIDATION",
    );

    await deleteVideoSnapshot(creator, { accountId, videoId, snapshotId: snapshot.id });
    expect((await listVideoSnapshots(creator, accountId, videoId)).map((r) => r.day)).toEqual(["2026-11-20"]);
  });
});
