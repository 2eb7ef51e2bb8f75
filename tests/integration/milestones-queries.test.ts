// What the milestone pages read: the timeline and its filters, a video's milestones, next-up inputs, and goals
// through their services (each detected in its own transaction).
import { beforeAll, describe, expect, test } from "vitest";
import { listGoals } from "@/lib/db/goals";
import { getNextUpInputs, getTimeline, listVideoMilestones } from "@/lib/db/milestones";
import { goalSeries } from "@/lib/milestones";
import { createGoal, deleteGoal, updateGoal } from "@/lib/services/manage-goals";
import { createVideo } from "@/lib/services/manage-videos";
import { recordDay } from "@/lib/services/record-snapshots";
import { appErrorOf, createCreator } from "./fixtures";
import { NOW, createAccountWithVideos, expectStoredEqualsFullRecomputation } from "./milestone-fixtures";

let creator: string;
let accountId: string;
let dance: string;
let other: string;
let followersGoal: string;
let danceGoal: string;

beforeAll(async () => {
  creator = await createCreator("queries");
  const setUp = await createAccountWithVideos(creator, ["2026-11-01"]);
  accountId = setUp.accountId;
  dance = setUp.videoIds[0]!;
  other = (await createVideo(creator, { accountId, url: "https://example.com/v/other" }, NOW)).id;
  await recordDay(
    creator,
    {
      accountId,
      day: "2026-11-05",
      followers: 900,
      videos: [
        { videoId: dance, views: 600 },
        { videoId: other, views: 50 },
      ],
    },
    NOW,
  );
  await recordDay(
    creator,
    {
      accountId,
      day: "2026-11-08",
      followers: 1100,
      videos: [
        { videoId: dance, views: 1500 },
        { videoId: other, views: 120 },
      ],
    },
    NOW,
  );
  const first = await createGoal(
    creator,
    { accountId, metric: "account.followers", threshold: 1000, targetDay: "2026-12-31", label: "First thousand" },
    NOW,
  );
  followersGoal = first.goal.id;
  expect(first.milestones.crossings).toEqual([
    { ruleKey: "goal", subjectType: "goal", subjectId: followersGoal, day: "2026-11-08", value: 1100, reachedBy: true },
  ]);
  danceGoal = (await createGoal(creator, { accountId, metric: "video.views", videoId: dance, threshold: 1200 })).goal
    .id;
});

const summary = (items: { day: string; ruleKey: string; subject: { label: string | null } }[]) =>
  items.map((i) => `${i.day} ${i.ruleKey} ${i.subject.label ?? "-"}`);

describe("the timeline", () => {
  test("every event, newest first, with the reading that crossed and 'reached by'", async () => {
    const timeline = await getTimeline(creator, accountId);
    expect(summary(timeline)).toEqual([
      "2026-11-08 account.followers.1k -",
      "2026-11-08 account.views.1k -",
      "2026-11-08 goal First thousand",
      "2026-11-08 goal -",
      "2026-11-08 unlock.analytics -",
      "2026-11-08 video.views.100 https://example.com/v/other",
      "2026-11-08 video.views.1k Clip 0",
      "2026-11-05 account.followers.100 -",
      "2026-11-05 video.views.100 Clip 0",
    ]);
    expect(timeline[1]).toMatchObject({
      kind: "crossed",
      category: "views",
      value: 1620,
      reachedBy: true,
      subject: { type: "account", id: accountId },
    });
    expect(timeline[6]).toMatchObject({ value: 1500, reachedBy: true, subject: { type: "video", id: dance } });
    // The posted day counts as a reading of 0: 600 views four days after it were reached "by" Nov 5.
    expect(timeline[8]).toMatchObject({ value: 600, reachedBy: true });
    expect(timeline[2]).toMatchObject({
      category: "goals",
      goal: { metric: "account.followers", threshold: 1000, targetDay: "2026-12-31", videoId: null },
    });
  });

  test.each([
    ["followers", ["2026-11-08 account.followers.1k -", "2026-11-05 account.followers.100 -"]],
    ["goals", ["2026-11-08 goal First thousand", "2026-11-08 goal -"]],
    ["eligibility", []],
  ] as const)("filtered to %s", async (category, expected) => {
    expect(summary(await getTimeline(creator, accountId, { category }))).toEqual(expected);
  });

  test("the views filter keeps video, account-view and unlock milestones", async () => {
    const keys = (await getTimeline(creator, accountId, { category: "views" })).map((i) => i.ruleKey);
    expect([...new Set(keys)].sort()).toEqual([
      "account.views.1k",
      "unlock.analytics",
      "video.views.100",
      "video.views.1k",
    ]);
  });

  test("eligibility changes are periods: gained and lost events", async () => {
    const { accountId: live } = await createAccountWithVideos(creator, []);
    await recordDay(
      creator,
      { accountId: live, day: "2026-10-01", followers: 2000, videoViews: 15_000, videos: [] },
      NOW,
    );
    await recordDay(creator, { accountId: live, day: "2026-11-20", followers: 2100, videos: [] }, NOW);
    const items = await getTimeline(creator, live, { category: "eligibility" });
    expect(items.map((i) => [i.day, i.ruleKey, i.kind, i.value])).toEqual([
      ["2026-10-31", "eligible.live", "lost", null],
      ["2026-10-01", "eligible.live", "gained", null],
    ]);
  });

  test("a video's page shows its own milestones and its goals'", async () => {
    expect(summary(await listVideoMilestones(creator, accountId, dance))).toEqual([
      "2026-11-08 goal -",
      "2026-11-08 video.views.1k Clip 0",
      "2026-11-05 video.views.100 Clip 0",
    ]);
    expect(summary(await listVideoMilestones(creator, accountId, other))).toEqual([
      "2026-11-08 video.views.100 https://example.com/v/other",
    ]);
  });
});

describe("next up inputs", () => {
  test("series on real reading days from the account readings and account_video_days, and each video's recent readings", async () => {
    const inputs = await getNextUpInputs(creator, accountId);
    expect(inputs.ruleSet).toBe("article");
    expect(inputs.series).toEqual({
      followers: [
        { day: "2026-11-05", value: 900 },
        { day: "2026-11-08", value: 1100 },
      ],
      total: [
        { day: "2026-11-05", value: 650 },
        { day: "2026-11-08", value: 1620 },
      ],
      trailing30: [
        { day: "2026-11-05", value: 650 },
        { day: "2026-11-08", value: 1620 },
      ],
    });
    expect(inputs.videos).toEqual([
      {
        id: dance,
        label: "Clip 0",
        postedOn: "2026-11-01",
        readings: [
          { day: "2026-11-05", views: 600 },
          { day: "2026-11-08", views: 1500 },
        ],
      },
      {
        id: other,
        label: "https://example.com/v/other",
        postedOn: null,
        readings: [
          { day: "2026-11-05", views: 50 },
          { day: "2026-11-08", views: 120 },
        ],
      },
    ]);
    expect(inputs.goalCrossings.map((c) => c.subjectId).sort()).toEqual([followersGoal, danceGoal].sort());
    expect((await getNextUpInputs(creator, accountId, { videoIds: [other] })).videos.map((v) => v.id)).toEqual([other]);
    const goals = await listGoals(creator, accountId);
    expect(goalSeries(goals[1]!, inputs.series, inputs.videos).points.at(-1)).toEqual({
      day: "2026-11-08",
      value: 1500,
    });
  });
});

describe("goals", () => {
  test("are listed with their video, and editing or deleting one re-detects it", async () => {
    expect(await listGoals(creator, accountId)).toEqual([
      {
        id: followersGoal,
        accountId,
        metric: "account.followers",
        videoId: null,
        videoTitle: null,
        threshold: 1000,
        targetDay: "2026-12-31",
        label: "First thousand",
      },
      {
        id: danceGoal,
        accountId,
        metric: "video.views",
        videoId: dance,
        videoTitle: "Clip 0",
        threshold: 1200,
        targetDay: null,
        label: null,
      },
    ]);
    const raised = await updateGoal(creator, {
      accountId,
      goalId: followersGoal,
      metric: "account.followers",
      threshold: 5000,
    });
    expect(raised.goal).toMatchObject({ threshold: 5000, targetDay: null, label: null });
    expect(summary(await getTimeline(creator, accountId, { category: "goals" }))).toEqual(["2026-11-08 goal -"]);
    await expectStoredEqualsFullRecomputation(creator, accountId);

    await deleteGoal(creator, { accountId, goalId: danceGoal });
    expect(await getTimeline(creator, accountId, { category: "goals" })).toEqual([]);
    await expectStoredEqualsFullRecomputation(creator, accountId);
  });

  test("a video goal needs a video of the same account", async () => {
    const { accountId: elsewhere } = await createAccountWithVideos(creator, []);
    await appErrorOf(
      createGoal(creator, { accountId: elsewhere, metric: "video.views", videoId: dance, threshold: 5 }),
      "NOT_FOUND",
    );
    expect(await listGoals(creator, elsewhere)).toEqual([]);
  });
});
