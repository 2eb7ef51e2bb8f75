// The bulk write path (imports, the API's batch, the command line): all or nothing, every bad item named, re-writing
// an overlapping batch replaces instead of duplicating, detection equals a full recomputation.
import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { RECOMPUTE_ABOVE_ROWS, writeReadings } from "@/lib/services/write-readings";
import { appErrorOf, createCreator, storedVideoReadings } from "./fixtures";
import { NOW, createAccountWithVideos, expectStoredEqualsFullRecomputation } from "./milestone-fixtures";

const TODAY = "2026-11-24";

async function setUp() {
  const creator = await createCreator("bulk");
  const { accountId, videoIds } = await createAccountWithVideos(creator, ["2026-10-01", "2026-10-01", undefined]);
  return { creator, accountId, videoIds: videoIds as [string, string, string] };
}

const snapshotCounts = async (accountId: string) => ({
  account: await prisma.accountSnapshot.count({ where: { accountId } }),
  videos: (await storedVideoReadings({ accountId })).length,
});

describe("writeReadings", () => {
  test("writes account and video readings with detection; an overlapping batch replaces the days it names", async () => {
    const { creator, accountId, videoIds } = await setUp();
    const days = Array.from({ length: 40 }, (_, i) => addDays("2026-10-10", i));
    const result = await writeReadings(
      creator,
      accountId,
      {
        account: days.map((day, i) => ({ day, followers: 900 + 10 * i, videoViews: 100 + i })),
        videos: videoIds.flatMap((videoId, v) => days.map((day, i) => ({ videoId, day, views: (v + 1) * 50 * i }))),
      },
      { now: NOW, source: "api" },
    );
    expect(result).toMatchObject({ accountWritten: 40, videosWritten: 120 });
    expect(result.milestones.crossings.map((c) => c.ruleKey)).toEqual(
      expect.arrayContaining(["account.followers.1k", "video.views.1k"]),
    );
    await expectStoredEqualsFullRecomputation(creator, accountId);

    // The same last 10 days again with other values (and one day named twice: the last wins).
    const again = days.slice(30).map((day) => ({ videoId: videoIds[0], day, views: 5_000 }));
    await writeReadings(
      creator,
      accountId,
      {
        account: [
          { day: days[39]!, followers: 5 },
          { day: days[39]!, followers: 7 },
        ],
        videos: again,
      },
      { now: NOW, source: "api" },
    );
    expect(await snapshotCounts(accountId)).toEqual({ account: 40, videos: 120 });
    const last = await prisma.accountSnapshot.findFirstOrThrow({ where: { accountId }, orderBy: { day: "desc" } });
    expect([Number(last.followers), Number(last.videoViews)]).toEqual([7, 139]); // a figure left out keeps the stored one
    expect((await storedVideoReadings({ videoIds: [videoIds[0]] })).filter((r) => r.views === 5_000)).toHaveLength(10);
    await expectStoredEqualsFullRecomputation(creator, accountId);
  });

  test("any bad item: 422 naming each one, nothing written", async () => {
    const { creator, accountId, videoIds } = await setUp();
    const other = await setUp();
    const error = await appErrorOf(
      writeReadings(
        creator,
        accountId,
        {
          account: [
            { day: "2026-11-01", followers: 10 },
            { day: "2026-11-25", followers: 11 },
          ],
          videos: [
            { videoId: videoIds[0], day: "2026-11-02", views: 10 },
            { videoId: videoIds[1], day: "2026-09-01", views: 10 }, // before its posted day
            { videoId: other.videoIds[0], day: "2026-11-02", views: 10 }, // another creator's video
          ],
        },
        { now: NOW, source: "api" },
      ),
      "VALIDATION",
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["account.1.day", "videos.1.day", "videos.2.videoId"]);
    expect(await snapshotCounts(accountId)).toEqual({ account: 0, videos: 0 });
    expect(await snapshotCounts(other.accountId)).toEqual({ account: 0, videos: 0 });
  });

  test("a large batch (more rows than RECOMPUTE_ABOVE_ROWS) recomputes the account: stored events still equal a full recomputation", async () => {
    const creator = await createCreator("bulk-large");
    const { accountId, videoIds } = await createAccountWithVideos(
      creator,
      Array.from({ length: 50 }, () => "2025-09-01"),
    );
    const days = Array.from({ length: 420 }, (_, i) => addDays("2025-09-01", i));
    const videos = videoIds.flatMap((videoId, v) =>
      days.map((day, d) => ({ videoId, day, views: (d + 1) * (v + 1) * 3 })),
    );
    expect(videos.length).toBeGreaterThan(RECOMPUTE_ABOVE_ROWS);
    const result = await writeReadings(
      creator,
      accountId,
      { account: [{ day: "2026-11-23", followers: 2_000 }], videos },
      { now: NOW, source: "api" },
    );
    expect(result.videosWritten).toBe(videos.length);
    expect(result.milestones.crossings.length).toBeGreaterThan(50);
    await expectStoredEqualsFullRecomputation(creator, accountId);
    // Live (not an import): the crossings of the last two days notify, older ones are quiet.
    const notices = await prisma.notificationNotice.findMany({ where: { creatorId: creator }, select: { day: true } });
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n.day!.toISOString().slice(0, 10) >= "2026-11-23").toBe(true);
  }, 60_000);

  test("an import's crossings are quiet, with one summary notice", async () => {
    const { creator, accountId } = await setUp();
    await writeReadings(
      creator,
      accountId,
      { account: [{ day: TODAY, followers: 12_000 }], videos: [] },
      { now: NOW, importId: "imp-1", source: "imported" },
    );
    const notices = await prisma.notificationNotice.findMany({ where: { creatorId: creator } });
    expect(notices.map((n) => n.kind)).toEqual(["import_summary"]);
  });
});
