// Concurrent writers of one account: each write's detection runs under the account's advisory lock, so many
// writes at once (over several pooled connections) end with exactly the events of a full recomputation.
import { upsertVideoSnapshots } from "@/lib/db/video-snapshots";
import { beforeAll, describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { lockAccountForDetection } from "@/lib/db/detection-inputs";
import { listStoredDetection } from "@/lib/db/milestone-events";
import { recomputeAccount } from "@/lib/services/recompute-milestones";
import { recordDay, recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { createCreator } from "./fixtures";
import { NOW, createAccountWithVideos, expectStoredEqualsFullRecomputation } from "./milestone-fixtures";

/** Returns once another session waits for a lock that session `pid` holds (the writer reached the account's lock). */
async function someoneWaitsFor(pid: number): Promise<void> {
  // At most some 3 s: the holder's transaction ends after 5.
  for (let i = 0; i < 200; i++) {
    const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE ${pid}::int = ANY (pg_blocking_pids(pid))`;
    if (Number(row!.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no session came to wait for session ${pid}'s lock`);
}

let creator: string;
beforeAll(async () => {
  creator = await createCreator("concurrent");
  await prisma.creator.update({ where: { id: creator }, data: { isAdult: true } });
});

describe("concurrent writes to one account", () => {
  test("many writes at once: no duplicate, no miss", { timeout: 60_000 }, async () => {
    const { accountId, videoIds } = await createAccountWithVideos(creator, ["2026-10-01", "2026-10-03", undefined]);
    // Out of order on purpose: later days first, backfills after, thresholds crossed by different writers.
    const writes: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < 36; i++) {
      const videoId = videoIds[i % 3]!;
      const offset = (i * 17) % 40;
      const day = addDays("2026-10-05", offset);
      writes.push(() =>
        recordVideoSnapshot(creator, { accountId, videoId, day, views: 40 * offset * offset + (i % 3) * 700 }, NOW),
      );
      if (i % 4 === 0)
        writes.push(() =>
          recordDay(
            creator,
            { accountId, day, followers: 300 * offset, videoViews: i % 8 === 0 ? 900 * offset : undefined, videos: [] },
            NOW,
          ),
        );
    }
    const results = await Promise.allSettled(writes.map((write) => write()));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const stored = await listStoredDetection(creator, accountId);
    expect(stored.crossings.length).toBeGreaterThan(10);
    expect(stored.stateChanges.length).toBeGreaterThan(0);
    await expectStoredEqualsFullRecomputation(creator, accountId);
    // A recomputation finds nothing new to add: nothing was missed.
    expect(await recomputeAccount(creator, accountId)).toEqual({ crossings: [], stateChanges: [] });
    expect(await listStoredDetection(creator, accountId)).toEqual(stored);
  });

  test("a writer waits for the account's lock, then sees what the holder committed", async () => {
    const { accountId, videoIds } = await createAccountWithVideos(creator, [undefined]);
    const videoId = videoIds[0]!;
    let settled = false;
    let waiting: Promise<unknown> | undefined;
    await prisma.$transaction(async (tx) => {
      await lockAccountForDetection(creator, accountId, tx);
      const [holder] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      waiting = recordVideoSnapshot(creator, { accountId, videoId, day: "2026-11-02", views: 1500 }, NOW).finally(
        () => (settled = true),
      );
      await someoneWaitsFor(holder!.pid);
      expect(settled).toBe(false);
      await upsertVideoSnapshots(
        creator,
        accountId,
        [{ videoId, day: "2026-11-01", figures: { views: 1200 } }],
        "typed",
        tx,
      );
    });
    await waiting;
    // The waiting writer re-read the history after the lock: the holder's reading (written without detection) counts.
    const crossing = (await listStoredDetection(creator, accountId)).crossings.find(
      (c) => c.ruleKey === "video.views.1k",
    );
    expect(crossing).toMatchObject({ day: "2026-11-01", value: 1200 });
  });
});
