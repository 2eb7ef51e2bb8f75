// Video readings stored a month to a row (video_reading_months), through the services against a real PostgreSQL:
// month boundaries, replace-versus-merge of a day's figures, deleting and moving readings without leaving an empty
// month, the creator scope of a reading named by its day, and "record today" with many videos.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/services/manage-accounts";
import { createVideo } from "@/lib/services/manage-videos";
import { deleteVideoSnapshot, updateVideoSnapshot } from "@/lib/services/edit-snapshots";
import { recordDay, recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { writeReadings } from "@/lib/services/write-readings";
import { accountSchema } from "@/lib/validation/accounts";
import { recordDaySchema, videoReadingSchema, videoReadingUpdateSchema } from "@/lib/validation/snapshots";
import { videoSchema } from "@/lib/validation/videos";
import { appErrorOf, createCreator, parse, storedVideoReadings } from "./fixtures";

const NOW = new Date("2026-11-24T12:00:00Z");
let creator: string;

beforeAll(async () => {
  creator = await createCreator("months");
});

async function setUp(videoCount = 1, owner = creator) {
  const handle = `m.${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const account = await createAccount(owner, parse(accountSchema, { handle, timeZone: "UTC" }));
  const videoIds: string[] = [];
  for (let i = 0; i < videoCount; i++) {
    const video = await createVideo(
      owner,
      parse(videoSchema, {
        accountId: account.id,
        platformId: String(5000 + i),
        title: `Clip ${i}`,
        postedOn: "2026-09-01",
      }),
      NOW,
    );
    videoIds.push(video.id);
  }
  return { accountId: account.id, videoIds };
}

/** The stored month rows of a video, as the table holds them. */
async function monthRows(videoId: string) {
  const rows = await prisma.$queryRaw<
    { month: Date; views: number; likes: number; comments: number; shares: number; saves: number; readings: number }[]
  >`
    SELECT month, cardinality(views) AS views, cardinality(likes) AS likes, cardinality(comments) AS comments, cardinality(shares) AS shares,
           cardinality(saves) AS saves, cardinality(array_remove(views, NULL)) AS readings
    FROM video_reading_months WHERE video_id = ${videoId} ORDER BY month`;
  return rows.map((r) => ({ ...r, month: r.month.toISOString().slice(0, 10) }));
}

const fullMonth = (month: string, readings: number) => ({
  month,
  views: 31,
  likes: 31,
  comments: 31,
  shares: 31,
  saves: 31,
  readings,
});

const reading = (accountId: string, videoId: string, day: string, figures: Record<string, string> = {}) =>
  parse(videoReadingSchema, { accountId, videoId, day, views: "100", ...figures });

describe("video readings a month to a row", () => {
  test("readings across a month boundary: one row per month, 31 elements each, the view gives back exactly the readings", async () => {
    const { accountId, videoIds } = await setUp(1);
    const videoId = videoIds[0]!;
    const days = ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"];
    for (const [i, day] of days.entries()) {
      await recordVideoSnapshot(
        creator,
        reading(accountId, videoId, day, { views: String(1_000 * (i + 1)), ...(i === 1 ? { likes: "42" } : {}) }),
        NOW,
      );
    }
    expect(await monthRows(videoId)).toEqual([fullMonth("2026-10-01", 2), fullMonth("2026-11-01", 2)]);
    expect(await storedVideoReadings({ videoIds: [videoId] })).toEqual(
      days.map((day, i) => ({
        videoId,
        day,
        views: 1_000 * (i + 1),
        likes: i === 1 ? 42 : null,
        comments: null,
        shares: null,
        saves: null,
      })),
    );
  });

  test("re-recording a day replaces its whole reading; the bulk path keeps a stored figure it leaves out", async () => {
    const { accountId, videoIds } = await setUp(1);
    const videoId = videoIds[0]!;
    const stored = async (day: string) => (await storedVideoReadings({ videoIds: [videoId], day }))[0];

    await recordVideoSnapshot(
      creator,
      reading(accountId, videoId, "2026-11-10", { views: "500", likes: "20", saves: "3" }),
      NOW,
    );
    await recordVideoSnapshot(creator, reading(accountId, videoId, "2026-11-10", { views: "600" }), NOW);
    expect(await stored("2026-11-10")).toMatchObject({ views: 600, likes: null, saves: null });

    await recordVideoSnapshot(
      creator,
      reading(accountId, videoId, "2026-11-11", { views: "700", likes: "30", comments: "4" }),
      NOW,
    );
    await writeReadings(
      creator,
      accountId,
      { account: [], videos: [{ videoId, day: "2026-11-11", views: 800, comments: 5 }] },
      { now: NOW, source: "api" },
    );
    expect(await stored("2026-11-11")).toMatchObject({ views: 800, likes: 30, comments: 5, shares: null });
    // The bulk write of one day leaves the month's other days alone.
    expect(await stored("2026-11-10")).toMatchObject({ views: 600, likes: null });
    expect(await monthRows(videoId)).toEqual([fullMonth("2026-11-01", 2)]);
  });

  test("deleting a month's only reading deletes the month's row; deleting one of two keeps it", async () => {
    const { accountId, videoIds } = await setUp(1);
    const videoId = videoIds[0]!;
    for (const day of ["2026-10-31", "2026-11-01", "2026-11-02"])
      await recordVideoSnapshot(creator, reading(accountId, videoId, day), NOW);

    await deleteVideoSnapshot(creator, { accountId, videoId, snapshotId: "2026-10-31" });
    expect(await monthRows(videoId)).toEqual([fullMonth("2026-11-01", 2)]);

    await deleteVideoSnapshot(creator, { accountId, videoId, snapshotId: "2026-11-01" });
    expect(await monthRows(videoId)).toEqual([fullMonth("2026-11-01", 1)]);
    expect((await storedVideoReadings({ videoIds: [videoId] })).map((r) => r.day)).toEqual(["2026-11-02"]);

    await deleteVideoSnapshot(creator, { accountId, videoId, snapshotId: "2026-11-02" });
    expect(await monthRows(videoId)).toEqual([]);
    await appErrorOf(deleteVideoSnapshot(creator, { accountId, videoId, snapshotId: "2026-11-02" }), "NOT_FOUND");
  });

  test("moving a reading to a day of another month moves it and leaves no empty month", async () => {
    const { accountId, videoIds } = await setUp(1);
    const videoId = videoIds[0]!;
    await recordVideoSnapshot(creator, reading(accountId, videoId, "2026-10-15", { views: "900", likes: "9" }), NOW);
    await recordVideoSnapshot(creator, reading(accountId, videoId, "2026-11-20", { views: "950" }), NOW);

    const update = parse(videoReadingUpdateSchema, {
      accountId,
      videoId,
      snapshotId: "2026-10-15",
      day: "2026-11-05",
      views: "910",
      likes: "11",
    });
    const { snapshot } = await updateVideoSnapshot(creator, update, NOW);
    expect(snapshot).toMatchObject({ id: "2026-11-05", day: "2026-11-05", views: 910, likes: 11 });
    expect(await monthRows(videoId)).toEqual([fullMonth("2026-11-01", 2)]);
    expect(await storedVideoReadings({ videoIds: [videoId] })).toEqual([
      { videoId, day: "2026-11-05", views: 910, likes: 11, comments: null, shares: null, saves: null },
      { videoId, day: "2026-11-20", views: 950, likes: null, comments: null, shares: null, saves: null },
    ]);

    // Within its month, and onto the day it already has: still one reading.
    await updateVideoSnapshot(creator, { ...update, snapshotId: "2026-11-05", day: "2026-11-05", views: 915 }, NOW);
    expect((await storedVideoReadings({ videoIds: [videoId] })).map((r) => [r.day, r.views])).toEqual([
      ["2026-11-05", 915],
      ["2026-11-20", 950],
    ]);
  });

  test("another creator cannot delete or update a reading by its day; a malformed id is NOT_FOUND", async () => {
    const { accountId, videoIds } = await setUp(1);
    const videoId = videoIds[0]!;
    await recordVideoSnapshot(creator, reading(accountId, videoId, "2026-11-03", { views: "333", likes: "3" }), NOW);
    const before = await storedVideoReadings({ videoIds: [videoId] });
    const rowsBefore = await monthRows(videoId);

    const stranger = await createCreator("months-stranger");
    await setUp(1, stranger); // the stranger has an account and video of their own
    await appErrorOf(deleteVideoSnapshot(stranger, { accountId, videoId, snapshotId: "2026-11-03" }), "NOT_FOUND");
    await appErrorOf(
      updateVideoSnapshot(stranger, { accountId, videoId, snapshotId: "2026-11-03", day: "2026-11-04", views: 1 }, NOW),
      "NOT_FOUND",
    );
    for (const snapshotId of ["abc", "2026-13-45", "2026-11-3", ""]) {
      await appErrorOf(deleteVideoSnapshot(creator, { accountId, videoId, snapshotId }), "NOT_FOUND");
      await appErrorOf(
        updateVideoSnapshot(creator, { accountId, videoId, snapshotId, day: "2026-11-04", views: 1 }, NOW),
        "NOT_FOUND",
      );
    }
    expect(await storedVideoReadings({ videoIds: [videoId] })).toEqual(before);
    expect(await monthRows(videoId)).toEqual(rowsBefore);
  });

  test("record today with many videos writes every one of them", async () => {
    const { accountId, videoIds } = await setUp(40);
    const day = "2026-11-24";
    const result = await recordDay(
      creator,
      parse(recordDaySchema, {
        accountId,
        day,
        videos: videoIds.map((videoId, i) => ({ videoId, views: String(10 * (i + 1)) })),
      }),
      NOW,
    );
    expect(result.videosRecorded).toBe(40);
    const stored = await storedVideoReadings({ videoIds });
    expect(stored).toHaveLength(40);
    const viewsOf = new Map(stored.map((r) => [r.videoId, r]));
    videoIds.forEach((videoId, i) =>
      expect(viewsOf.get(videoId)).toMatchObject({ day, views: 10 * (i + 1), likes: null }),
    );
    const months = await prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM video_reading_months WHERE video_id = ANY(${videoIds}::text[])`;
    expect(Number(months[0]!.n)).toBe(40);

    // The next day's form, again for all of them, adds to the same month rows.
    await recordDay(
      creator,
      parse(recordDaySchema, {
        accountId,
        day: addDays(day, -1),
        videos: videoIds.map((videoId) => ({ videoId, views: "5" })),
      }),
      NOW,
    );
    expect(await storedVideoReadings({ videoIds })).toHaveLength(80);
    for (const videoId of videoIds.slice(0, 3)) expect(await monthRows(videoId)).toEqual([fullMonth("2026-11-01", 2)]);
  });
});
