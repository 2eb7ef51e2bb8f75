// Where readings came from: every writer records its source; a reading of another source that replaces a day's
// reading keeps the newer value and marks what it replaced (accounts: source and followers, videos: source); a
// same-source rewrite does not mark; deleting a reading clears its source and mark.
import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { listAccountSnapshots } from "@/lib/db/account-snapshots";
import { listVideoSnapshots } from "@/lib/db/video-snapshots";
import { listReadingsInRange } from "@/lib/queries/snapshots";
import { deleteAccountSnapshot, deleteVideoSnapshot, updateAccountSnapshot } from "@/lib/services/edit-snapshots";
import { updateVideoSnapshot } from "@/lib/services/edit-snapshots";
import { importMilepostCsv } from "@/lib/services/import-milepost-csv";
import { createTikTokImportRun, runTikTokImport } from "@/lib/services/import-tiktok";
import { recordDay, recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { writeApiBatch } from "@/lib/services/write-api-batch";
import { writeReadings } from "@/lib/services/write-readings";
import type { ReadingSource } from "@/lib/models/readings";
import { createCreator } from "./fixtures";
import { NOW, createAccountWithVideos } from "./milestone-fixtures";

const DAY = "2026-11-20";

async function setUp() {
  const creator = await createCreator("sources");
  const { accountId, videoIds } = await createAccountWithVideos(creator, ["2026-10-01", "2026-10-01"]);
  const video = await prisma.video.findUniqueOrThrow({ where: { id: videoIds[0]! } });
  return { creator, accountId, videoIds: videoIds as [string, string], platformId: video.platformId! };
}

const collect = (
  creator: string,
  accountId: string,
  batch: Parameters<typeof writeReadings>[2],
  source: ReadingSource,
) => writeReadings(creator, accountId, batch, { now: NOW, source });

async function accountOn(creator: string, accountId: string, day = DAY) {
  return (await listAccountSnapshots(creator, accountId)).find((s) => s.day === day);
}
async function videoOn(creator: string, accountId: string, videoId: string, day = DAY) {
  return (await listVideoSnapshots(creator, accountId, videoId)).find((s) => s.day === day);
}

describe("reading sources", () => {
  test("a typed reading then a collected one of the same day: the newer value wins and says what it replaced", async () => {
    const { creator, accountId, videoIds } = await setUp();
    await recordDay(
      creator,
      { accountId, day: DAY, followers: 1_020, videos: [{ videoId: videoIds[0], views: 500 }] },
      NOW,
    );
    expect(await accountOn(creator, accountId)).toMatchObject({ source: "typed", replacedSource: null });
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ source: "typed", replacedSource: null });

    await collect(
      creator,
      accountId,
      { account: [{ day: DAY, followers: 1_034 }], videos: [{ videoId: videoIds[0], day: DAY, views: 512 }] },
      "collected",
    );
    expect(await accountOn(creator, accountId)).toMatchObject({
      followers: 1_034,
      source: "collected",
      replacedSource: "typed",
      replacedFollowers: 1_020,
    });
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({
      views: 512,
      source: "collected",
      replacedSource: "typed",
    });

    // Collected again: the value moves on, the mark of the typed reading stays.
    await collect(
      creator,
      accountId,
      { account: [{ day: DAY, followers: 1_040 }], videos: [{ videoId: videoIds[0], day: DAY, views: 520 }] },
      "collected",
    );
    expect(await accountOn(creator, accountId)).toMatchObject({
      followers: 1_040,
      source: "collected",
      replacedSource: "typed",
      replacedFollowers: 1_020,
    });
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ views: 520, replacedSource: "typed" });
  });

  test("an API write over a typed reading is marked; same-source rewrites and other days are not", async () => {
    const { creator, accountId, videoIds } = await setUp();
    const day2 = "2026-11-21";
    await collect(
      creator,
      accountId,
      {
        account: [
          { day: DAY, followers: 100 },
          { day: day2, followers: 110 },
        ],
        videos: [
          { videoId: videoIds[0], day: DAY, views: 10 },
          { videoId: videoIds[0], day: day2, views: 20 },
        ],
      },
      "api",
    );
    await collect(
      creator,
      accountId,
      { account: [{ day: DAY, followers: 101 }], videos: [{ videoId: videoIds[0], day: DAY, views: 11 }] },
      "api",
    );
    expect(await accountOn(creator, accountId)).toMatchObject({ followers: 101, source: "api", replacedSource: null });
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ views: 11, replacedSource: null });

    const { snapshot } = await recordVideoSnapshot(
      creator,
      { accountId, videoId: videoIds[0], day: day2, views: 25 },
      NOW,
    );
    expect(snapshot).toMatchObject({ source: "typed", replacedSource: "api" });
    await recordDay(creator, { accountId, day: day2, followers: 115, videos: [] }, NOW);
    expect(await videoOn(creator, accountId, videoIds[0], day2)).toMatchObject({
      views: 25,
      source: "typed",
      replacedSource: "api",
    });
    expect(await accountOn(creator, accountId, day2)).toMatchObject({
      source: "typed",
      replacedSource: "api",
      replacedFollowers: 110,
    });
    // The other day of the same month row is untouched.
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ source: "api", replacedSource: null });
  });

  test("each writer records its source", async () => {
    const { creator, accountId, videoIds, platformId } = await setUp();
    await recordDay(creator, { accountId, day: "2026-11-01", followers: 1, videos: [] }, NOW);
    await recordVideoSnapshot(creator, { accountId, videoId: videoIds[0], day: "2026-11-01", views: 1 }, NOW);
    await writeApiBatch(
      creator,
      accountId,
      {
        account: [{ day: "2026-11-02", followers: 2 }],
        videos: [{ videoId: videoIds[0], day: "2026-11-02", views: 2 }],
      },
      NOW,
    );
    await importMilepostCsv(
      creator,
      accountId,
      [
        { name: "account.csv", text: "day,followers\n2026-11-03,3\n" },
        { name: "videos.csv", text: `platform_id,day,views\n${platformId},2026-11-03,3\n` },
      ],
      { now: NOW },
    );
    const run = await createTikTokImportRun(creator, accountId);
    await runTikTokImport(
      creator,
      accountId,
      [{ name: "FollowerHistory.csv", bytes: new TextEncoder().encode('"Date","Followers"\n"2026-11-04","4"\n') }],
      { exportDay: "2026-11-24", now: NOW, importRunId: run.id },
    );
    await collect(
      creator,
      accountId,
      {
        account: [{ day: "2026-11-05", followers: 5 }],
        videos: [{ videoId: videoIds[0], day: "2026-11-05", views: 5 }],
      },
      "collected",
    );
    const sources = (rows: { day: string; source: ReadingSource | null }[]) =>
      Object.fromEntries(rows.map((r) => [r.day, r.source]));
    expect(sources(await listAccountSnapshots(creator, accountId))).toEqual({
      "2026-11-01": "typed",
      "2026-11-02": "api",
      "2026-11-03": "imported",
      "2026-11-04": "imported",
      "2026-11-05": "collected",
    });
    expect(sources(await listVideoSnapshots(creator, accountId, videoIds[0]))).toEqual({
      "2026-11-01": "typed",
      "2026-11-02": "api",
      "2026-11-03": "imported",
      "2026-11-05": "collected",
    });
    // The API's GET /snapshots shows them too.
    const range = await listReadingsInRange(creator, accountId, { from: "2026-11-02", to: "2026-11-02" });
    expect(range.account.map((r) => r.source)).toEqual(["api"]);
    expect(range.videos.map((r) => r.source)).toEqual(["api"]);
  });

  test("a reading from before sources were kept is replaced without a mark", async () => {
    const { creator, accountId, videoIds } = await setUp();
    await collect(
      creator,
      accountId,
      { account: [{ day: DAY, followers: 50 }], videos: [{ videoId: videoIds[0], day: DAY, views: 5 }] },
      "imported",
    );
    await prisma.$executeRaw`UPDATE account_snapshots SET source = NULL WHERE account_id = ${accountId}`;
    await prisma.$executeRaw`UPDATE video_reading_months SET sources = NULL WHERE video_id = ${videoIds[0]}`;
    expect(await accountOn(creator, accountId)).toMatchObject({ source: null });
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ source: null, replacedSource: null });
    await collect(
      creator,
      accountId,
      { account: [{ day: DAY, followers: 60 }], videos: [{ videoId: videoIds[0], day: DAY, views: 6 }] },
      "collected",
    );
    expect(await accountOn(creator, accountId)).toMatchObject({ source: "collected", replacedSource: null });
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ source: "collected", replacedSource: null });
  });

  test("editing makes a typed reading without the old mark; deleting clears the day's source and mark", async () => {
    const { creator, accountId, videoIds } = await setUp();
    await recordDay(creator, { accountId, day: DAY, followers: 10, videos: [{ videoId: videoIds[0], views: 1 }] }, NOW);
    await collect(
      creator,
      accountId,
      { account: [{ day: DAY, followers: 12 }], videos: [{ videoId: videoIds[0], day: DAY, views: 2 }] },
      "collected",
    );
    const account = (await accountOn(creator, accountId))!;
    expect(account).toMatchObject({ replacedSource: "typed" });
    await updateAccountSnapshot(creator, { accountId, snapshotId: account.id, day: DAY, followers: 13 }, NOW);
    expect(await accountOn(creator, accountId)).toMatchObject({
      followers: 13,
      source: "typed",
      replacedSource: null,
      replacedFollowers: null,
    });
    await updateVideoSnapshot(creator, { accountId, videoId: videoIds[0], snapshotId: DAY, day: DAY, views: 3 }, NOW);
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({
      views: 3,
      source: "typed",
      replacedSource: null,
    });

    // Collected over the edit, then deleted: the day's elements are cleared, the month's other day keeps its own.
    await collect(
      creator,
      accountId,
      {
        account: [],
        videos: [
          { videoId: videoIds[0], day: DAY, views: 4 },
          { videoId: videoIds[0], day: "2026-11-21", views: 5 },
        ],
      },
      "collected",
    );
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ replacedSource: "typed" });
    await deleteVideoSnapshot(creator, { accountId, videoId: videoIds[0], snapshotId: DAY });
    const [month] = await prisma.$queryRaw<{ sources: number[]; replaced_sources: (number | null)[] }[]>`
      SELECT sources, replaced_sources FROM video_reading_months WHERE video_id = ${videoIds[0]} AND month = '2026-11-01'`;
    expect(month!.sources[19]).toBeNull();
    expect(month!.replaced_sources[19]).toBeNull();
    expect(month!.sources[20]).toBe(4);
    await recordVideoSnapshot(creator, { accountId, videoId: videoIds[0], day: DAY, views: 6 }, NOW);
    expect(await videoOn(creator, accountId, videoIds[0])).toMatchObject({ source: "typed", replacedSource: null });

    await deleteAccountSnapshot(creator, { accountId, snapshotId: account.id });
    expect(await accountOn(creator, accountId)).toBeUndefined();
    await collect(creator, accountId, { account: [{ day: DAY, followers: 20 }], videos: [] }, "collected");
    expect(await accountOn(creator, accountId)).toMatchObject({ source: "collected", replacedSource: null });
  });
});
