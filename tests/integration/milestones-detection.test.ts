// Detection inside the write services, against PostgreSQL: what each write records, retracts and moves, and
// that the stored events always equal a full recomputation.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { listStoredDetection } from "@/lib/db/milestone-events";
import { listVideoSnapshots } from "@/lib/db/video-snapshots";
import { deleteAccountSnapshot, deleteVideoSnapshot, updateVideoSnapshot } from "@/lib/services/edit-snapshots";
import { updateAccount } from "@/lib/services/manage-accounts";
import { deleteVideo, updateVideo } from "@/lib/services/manage-videos";
import { recomputeAccount } from "@/lib/services/recompute-milestones";
import { recordDay, recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { updateSettings } from "@/lib/services/update-settings";
import { createCreator } from "./fixtures";
import { NOW, createAccountWithVideos, expectStoredEqualsFullRecomputation } from "./milestone-fixtures";

let creator: string;
beforeAll(async () => {
  creator = await createCreator("detect");
});

const keysOf = (crossings: { ruleKey: string; day: string }[]) => crossings.map((c) => `${c.ruleKey}@${c.day}`).sort();

describe("detection in the write services", () => {
  test("a reading that crosses is recorded once with its date and 'reached by'; deleting it retracts", async () => {
    const { accountId, videoIds } = await createAccountWithVideos(creator, [undefined]);
    const videoId = videoIds[0]!;
    const first = await recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-10", views: 500 }, NOW);
    expect(keysOf(first.milestones.crossings)).toEqual(["video.views.100@2026-11-10"]);
    const second = await recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-12", views: 1200 }, NOW);
    expect(keysOf(second.milestones.crossings)).toEqual([
      "account.views.1k@2026-11-12",
      "unlock.analytics@2026-11-12",
      "video.views.1k@2026-11-12",
    ]);
    expect(second.milestones.crossings.find((c) => c.ruleKey === "video.views.1k")).toMatchObject({
      value: 1200,
      reachedBy: true,
      subjectId: videoId,
    });
    await expectStoredEqualsFullRecomputation(creator, accountId);

    // Recording the same day again changes nothing and reports nothing new.
    const again = await recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-12", views: 1200 }, NOW);
    expect(again.milestones).toEqual({ crossings: [], stateChanges: [] });

    await deleteVideoSnapshot(creator, { accountId, videoId, snapshotId: second.snapshot.id });
    const stored = await listStoredDetection(creator, accountId);
    expect(keysOf(stored.crossings)).toEqual(["video.views.100@2026-11-10"]);
    await expectStoredEqualsFullRecomputation(creator, accountId);
  });

  test("backfill moves a crossing earlier in place: same row, nothing new, no second copy", async () => {
    const { accountId, videoIds } = await createAccountWithVideos(creator, ["2026-11-01"]);
    const videoId = videoIds[0]!;
    await recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-20", views: 1500 }, NOW);
    const before = await prisma.milestoneCrossing.findFirstOrThrow({ where: { accountId, ruleKey: "video.views.1k" } });
    const backfill = await recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-15", views: 1100 }, NOW);
    expect(backfill.milestones.crossings).toEqual([]);
    const after = await prisma.milestoneCrossing.findMany({ where: { accountId, ruleKey: "video.views.1k" } });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before.id, value: 1100n, reachedBy: true });
    expect(after[0]!.day.toISOString().slice(0, 10)).toBe("2026-11-15");
    await expectStoredEqualsFullRecomputation(creator, accountId);

    // A second copy is impossible: the unique key refuses it.
    await expect(
      prisma.milestoneCrossing.create({
        data: {
          accountId,
          ruleKey: "video.views.1k",
          subjectType: "video",
          subjectId: videoId,
          day: new Date("2026-11-01"),
          value: 1n,
          reachedBy: false,
        },
      }),
    ).rejects.toThrow();
  });

  test("editing a reading and moving a posted day re-detect; deleting a video removes its milestones", async () => {
    const { accountId, videoIds } = await createAccountWithVideos(creator, [undefined, undefined]);
    const [a, b] = videoIds as [string, string];
    await recordDay(
      creator,
      {
        accountId,
        day: "2026-11-05",
        followers: 90,
        videos: [
          { videoId: a, views: 800 },
          { videoId: b, views: 50 },
        ],
      },
      NOW,
    );
    const { snapshot } = await recordVideoSnapshot(
      creator,
      { accountId, videoId: a, day: "2026-11-06", views: 2000 },
      NOW,
    );
    await expectStoredEqualsFullRecomputation(creator, accountId);

    const edited = await updateVideoSnapshot(
      creator,
      { accountId, videoId: a, snapshotId: snapshot.id, day: "2026-11-07", views: 900 },
      NOW,
    );
    expect(edited.milestones.crossings).toEqual([]);
    expect((await listStoredDetection(creator, accountId)).crossings.some((c) => c.ruleKey === "video.views.1k")).toBe(
      false,
    );
    await expectStoredEqualsFullRecomputation(creator, accountId);

    const moved = await updateVideo(
      creator,
      { accountId, videoId: a, platformId: "1000", title: "Clip 0", postedOn: "2026-11-04" },
      NOW,
    );
    expect(moved.postedOn).toBe("2026-11-04");
    const crossing = (await listStoredDetection(creator, accountId)).crossings.find(
      (c) => c.ruleKey === "video.views.100" && c.subjectId === a,
    );
    expect(crossing).toMatchObject({ day: "2026-11-05", reachedBy: false }); // the posted day counts as a reading of 0
    await expectStoredEqualsFullRecomputation(creator, accountId);

    await deleteVideo(creator, { accountId, videoId: a });
    expect((await listStoredDetection(creator, accountId)).crossings.filter((c) => c.subjectId === a)).toEqual([]);
    await expectStoredEqualsFullRecomputation(creator, accountId);
  });

  test("eligibility is gained and lost with the 30-day window, and an account reading's deletion re-detects it", async () => {
    const { accountId } = await createAccountWithVideos(creator, []);
    await recordDay(creator, { accountId, day: "2026-10-01", followers: 1500, videoViews: 12_000, videos: [] }, NOW);
    const later = await recordDay(creator, { accountId, day: "2026-11-10", followers: 1600, videos: [] }, NOW);
    expect(later.milestones.stateChanges).toEqual([{ ruleKey: "eligible.live", kind: "lost", day: "2026-10-31" }]);
    expect((await listStoredDetection(creator, accountId)).stateChanges).toEqual(
      expect.arrayContaining([
        { ruleKey: "eligible.live", kind: "gained", day: "2026-10-01" },
        { ruleKey: "eligible.live", kind: "lost", day: "2026-10-31" },
      ]),
    );
    await expectStoredEqualsFullRecomputation(creator, accountId);
    const [newest] = await prisma.accountSnapshot.findMany({ where: { accountId }, orderBy: { day: "desc" }, take: 1 });
    await deleteAccountSnapshot(creator, { accountId, snapshotId: newest!.id });
    expect((await listStoredDetection(creator, accountId)).stateChanges).toEqual([
      { ruleKey: "eligible.live", kind: "gained", day: "2026-10-01" },
    ]);
    await expectStoredEqualsFullRecomputation(creator, accountId);
  });
});

describe("recomputation", () => {
  test("changing the rule set recomputes the account's eligibility", async () => {
    const adult = await createCreator("detect-adult");
    await prisma.creator.update({ where: { id: adult }, data: { isAdult: true } });
    const { accountId } = await createAccountWithVideos(adult, []);
    await recordDay(adult, { accountId, day: "2026-11-01", followers: 12_000, videoViews: 150_000, videos: [] }, NOW);
    const ruleKeys = async () =>
      (await listStoredDetection(adult, accountId)).stateChanges.map((s) => s.ruleKey).sort();
    expect(await ruleKeys()).toEqual(["eligible.creator_fund", "eligible.live"]);

    const switched = await updateAccount(adult, {
      accountId,
      platform: "tiktok",
      handle: "switched.rules",
      timeZone: "UTC",
      ruleSet: "tiktok_current",
    });
    expect(await ruleKeys()).toEqual(["eligible.creator_rewards", "eligible.live", "eligible.shop_affiliate"]);
    expect(switched.milestones.stateChanges.map((s) => s.ruleKey).sort()).toEqual([
      "eligible.creator_rewards",
      "eligible.shop_affiliate",
    ]);
    await expectStoredEqualsFullRecomputation(adult, accountId);
  });

  test("changing the 18+ confirmation recomputes every account of the creator", async () => {
    const minor = await createCreator("detect-minor");
    const accounts = [
      await createAccountWithVideos(minor, []),
      await createAccountWithVideos(minor, [], "tiktok_current"),
    ];
    for (const { accountId } of accounts)
      await recordDay(minor, { accountId, day: "2026-11-01", followers: 20_000, videos: [] }, NOW);
    const adultRules = async (accountId: string) =>
      (await listStoredDetection(minor, accountId)).stateChanges.filter((s) => s.ruleKey !== "eligible.live").length;
    expect(await adultRules(accounts[0]!.accountId)).toBe(0);

    const adult = await updateSettings(minor, { name: null, isAdult: true });
    expect(adult.milestones.stateChanges.length).toBeGreaterThan(0);
    for (const { accountId } of accounts) {
      expect(await adultRules(accountId)).toBeGreaterThan(0);
      await expectStoredEqualsFullRecomputation(minor, accountId);
    }
    await updateSettings(minor, { name: null, isAdult: false });
    for (const { accountId } of accounts) {
      expect(await adultRules(accountId)).toBe(0);
      await expectStoredEqualsFullRecomputation(minor, accountId);
    }
  });

  test("recomputeAccount rebuilds damaged derived tables and keeps the ids of unchanged events", async () => {
    const { accountId, videoIds } = await createAccountWithVideos(creator, ["2026-10-01", undefined]);
    await recordDay(
      creator,
      {
        accountId,
        day: "2026-10-20",
        followers: 1100,
        videos: [
          { videoId: videoIds[0]!, views: 20_000 },
          { videoId: videoIds[1]!, views: 3 },
        ],
      },
      NOW,
    );
    const kept = await prisma.milestoneCrossing.findFirstOrThrow({ where: { accountId, ruleKey: "video.views.10k" } });
    await prisma.accountVideoDay.deleteMany({ where: { accountId } });
    await prisma.milestoneCrossing.deleteMany({ where: { accountId, ruleKey: "account.followers.1k" } });
    const rebuilt = await recomputeAccount(creator, accountId);
    expect(keysOf(rebuilt.crossings)).toEqual(["account.followers.1k@2026-10-20"]);
    expect(
      (await prisma.milestoneCrossing.findFirstOrThrow({ where: { accountId, ruleKey: "video.views.10k" } })).id,
    ).toBe(kept.id);
    await expectStoredEqualsFullRecomputation(creator, accountId);
    expect(await listVideoSnapshots(creator, accountId, videoIds[0]!)).toHaveLength(1);
  });
});
