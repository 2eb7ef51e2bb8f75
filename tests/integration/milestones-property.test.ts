// Property: for random histories written through the services in random orders — with edits, deletions,
// out-of-order backfill, posted-day changes and goals — the stored events after every write equal a full
// recomputation from the snapshots (detectAll), and account_video_days equals aggregateVideoGains.
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import {
  deleteAccountSnapshot,
  deleteVideoSnapshot,
  updateAccountSnapshot,
  updateVideoSnapshot,
} from "@/lib/services/edit-snapshots";
import { createGoal, deleteGoal } from "@/lib/services/manage-goals";
import { updateVideo } from "@/lib/services/manage-videos";
import { recordDay, recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { createCreator, storedVideoReadings } from "./fixtures";
import { NOW, createAccountWithVideos, expectStoredEqualsFullRecomputation } from "./milestone-fixtures";

const FIRST_DAY = "2026-09-10";
const day = (offset: number) => addDays(FIRST_DAY, offset);

// Counts cluster around the catalog's thresholds (100, 1k, 10k) so crossings, dips and retractions are common.
const nearThresholds = fc.oneof(
  fc.integer({ min: 0, max: 1_500 }),
  fc.integer({ min: 9_000, max: 11_500 }),
  fc.constantFrom(99, 100, 999, 1_000, 1_001, 9_999, 10_000, 10_001),
);
const dayOffset = fc.integer({ min: 0, max: 69 });
const pick = fc.nat(); // an index into whatever exists when the step runs (modulo its length)

const step = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ op: fc.constant("video" as const), video: pick, day: dayOffset, views: nearThresholds }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("day" as const),
      day: dayOffset,
      followers: nearThresholds,
      videoViews: fc.option(nearThresholds, { nil: undefined }),
      views: fc.array(fc.option(nearThresholds, { nil: undefined }), { minLength: 3, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("editVideo" as const),
      reading: pick,
      day: dayOffset,
      views: nearThresholds,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("deleteVideoReading" as const), reading: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("editAccount" as const),
      reading: pick,
      day: dayOffset,
      followers: nearThresholds,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteAccountReading" as const), reading: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("postedOn" as const),
      video: pick,
      day: fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("goal" as const),
      metric: fc.constantFrom("account.followers", "account.views", "account.views30", "video.views"),
      video: pick,
      threshold: nearThresholds.map((n) => n + 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteGoal" as const), goal: pick }) },
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const history = fc.record({
  ruleSet: fc.constantFrom("article" as const, "tiktok_current" as const),
  isAdult: fc.boolean(),
  postedOn: fc.array(fc.option(fc.integer({ min: -3, max: 10 }), { nil: undefined }), { minLength: 2, maxLength: 3 }),
  steps: fc.array(step, { minLength: 4, maxLength: 18 }),
});

const at = <T>(items: T[], index: number): T | undefined => (items.length ? items[index % items.length] : undefined);

async function run(creator: string, accountId: string, videoIds: string[], s: Step): Promise<void> {
  const videoReadings = async () =>
    (await storedVideoReadings({ accountId })).map((r) => ({ id: r.day, videoId: r.videoId }));
  const accountReadings = () =>
    prisma.accountSnapshot.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { id: true } });
  switch (s.op) {
    case "video":
      await recordVideoSnapshot(
        creator,
        { accountId, videoId: at(videoIds, s.video)!, day: day(s.day), views: s.views },
        NOW,
      );
      return;
    case "day": {
      const videos = videoIds.map((videoId, i) => ({ videoId, views: s.views[i] }));
      await recordDay(
        creator,
        { accountId, day: day(s.day), followers: s.followers, videoViews: s.videoViews, videos },
        NOW,
      );
      return;
    }
    case "editVideo": {
      const reading = at(await videoReadings(), s.reading);
      if (reading)
        await updateVideoSnapshot(
          creator,
          { accountId, videoId: reading.videoId, snapshotId: reading.id, day: day(s.day), views: s.views },
          NOW,
        );
      return;
    }
    case "deleteVideoReading": {
      const reading = at(await videoReadings(), s.reading);
      if (reading) await deleteVideoSnapshot(creator, { accountId, videoId: reading.videoId, snapshotId: reading.id });
      return;
    }
    case "editAccount": {
      const reading = at(await accountReadings(), s.reading);
      if (reading)
        await updateAccountSnapshot(
          creator,
          { accountId, snapshotId: reading.id, day: day(s.day), followers: s.followers },
          NOW,
        );
      return;
    }
    case "deleteAccountReading": {
      const reading = at(await accountReadings(), s.reading);
      if (reading) await deleteAccountSnapshot(creator, { accountId, snapshotId: reading.id });
      return;
    }
    case "postedOn": {
      const videoId = at(videoIds, s.video)!;
      await updateVideo(
        creator,
        { accountId, videoId, platformId: `p${videoId}`, postedOn: s.day === undefined ? undefined : day(s.day) },
        NOW,
      );
      return;
    }
    case "goal":
      await createGoal(creator, {
        accountId,
        metric: s.metric,
        videoId: s.metric === "video.views" ? at(videoIds, s.video) : undefined,
        threshold: s.threshold,
      });
      return;
    case "deleteGoal": {
      const goal = at(await prisma.goal.findMany({ where: { accountId }, orderBy: { id: "asc" } }), s.goal);
      if (goal) await deleteGoal(creator, { accountId, goalId: goal.id });
      return;
    }
  }
}

let creator: string;
let adultCreator: string;
beforeAll(async () => {
  creator = await createCreator("property");
  adultCreator = await createCreator("property-adult");
  await prisma.creator.update({ where: { id: adultCreator }, data: { isAdult: true } });
});

describe("incremental detection equals full recomputation", () => {
  test("after every write of random histories", { timeout: 180_000 }, async () => {
    let writes = 0;
    await fc.assert(
      fc.asyncProperty(history, async ({ ruleSet, isAdult, postedOn, steps }) => {
        const owner = isAdult ? adultCreator : creator;
        const { accountId, videoIds } = await createAccountWithVideos(
          owner,
          postedOn.map((offset) => (offset === undefined ? undefined : day(offset))),
          ruleSet,
        );
        for (const s of steps) {
          try {
            await run(owner, accountId, videoIds, s);
            writes++;
          } catch (error) {
            // Refused writes (a day taken, a reading before the posted day) change nothing: still checked below.
            if (!(error instanceof AppError) || !["CONFLICT", "VALIDATION"].includes(error.code)) throw error;
          }
          await expectStoredEqualsFullRecomputation(owner, accountId);
        }
      }),
      { numRuns: 25 },
    );
    expect(writes).toBeGreaterThan(100);
  });
});
