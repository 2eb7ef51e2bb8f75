// The check every milestone test ends with: what detection stored after the writes equals detectAll over the
// final snapshots, read here straight from the tables (not through the loaders detection itself uses).
import { expect } from "vitest";
import { dateToDay } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { listStoredDetection } from "@/lib/db/milestone-events";
import {
  aggregateVideoGains,
  detectAll,
  sortDetection,
  type AccountHistoryInput,
  type GoalInput,
} from "@/lib/milestones";
import { createAccount } from "@/lib/services/manage-accounts";
import { createVideo } from "@/lib/services/manage-videos";
import { storedVideoReadings, type StoredVideoReading } from "./fixtures";

export const NOW = new Date("2026-11-24T12:00:00Z");

export async function loadHistory(accountId: string): Promise<AccountHistoryInput> {
  const readings = new Map<string, StoredVideoReading[]>();
  for (const r of await storedVideoReadings({ accountId })) {
    const list = readings.get(r.videoId);
    if (list) list.push(r);
    else readings.set(r.videoId, [r]);
  }
  const account = await prisma.account.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      ruleSet: true,
      creator: { select: { isAdult: true } },
      snapshots: { orderBy: { day: "asc" }, select: { day: true, followers: true, videoViews: true } },
      videos: { orderBy: { id: "asc" }, select: { id: true, postedOn: true } },
      goals: {
        orderBy: { id: "asc" },
        select: { id: true, metric: true, videoId: true, threshold: true, targetDay: true },
      },
    },
  });
  return {
    ruleSet: account.ruleSet,
    isAdult: account.creator.isAdult,
    accountReadings: account.snapshots.map((s) => ({
      day: dateToDay(s.day),
      followers: Number(s.followers),
      videoViews: s.videoViews === null ? null : Number(s.videoViews),
    })),
    videos: account.videos.map((v) => ({
      id: v.id,
      postedOn: v.postedOn ? dateToDay(v.postedOn) : null,
      readings: (readings.get(v.id) ?? []).map((s) => ({ day: s.day, views: s.views })),
    })),
    goals: account.goals.map((g) => ({
      id: g.id,
      metric: g.metric as GoalInput["metric"],
      videoId: g.videoId,
      threshold: Number(g.threshold),
      targetDay: g.targetDay ? dateToDay(g.targetDay) : null,
    })),
  };
}

/** Stored crossings, state changes and account_video_days equal a full recomputation from the snapshots. */
export async function expectStoredEqualsFullRecomputation(creatorId: string, accountId: string): Promise<void> {
  const history = await loadHistory(accountId);
  const stored = sortDetection(await listStoredDetection(creatorId, accountId));
  expect(stored).toEqual(sortDetection(detectAll(accountId, history)));

  const { gainsByDay } = aggregateVideoGains(history.videos);
  const readings = new Map<string, number>();
  for (const video of history.videos)
    for (const r of video.readings) readings.set(r.day, (readings.get(r.day) ?? 0) + 1);
  const rows = await prisma.accountVideoDay.findMany({ where: { accountId }, orderBy: { day: "asc" } });
  expect(rows.filter((r) => r.gains !== 0n).map((r) => [dateToDay(r.day), Number(r.gains)])).toEqual([...gainsByDay]);
  expect(rows.filter((r) => r.readings !== 0).map((r) => [dateToDay(r.day), r.readings])).toEqual(
    [...readings].sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  expect(rows.filter((r) => r.gains === 0n && r.readings === 0)).toEqual([]);
}

let handles = 0;

/** A fresh account (UTC days) with `videoCount` videos, posted on the given days. */
export async function createAccountWithVideos(
  creatorId: string,
  postedOn: (string | undefined)[],
  ruleSet: "article" | "tiktok_current" = "article",
) {
  const account = await createAccount(creatorId, {
    platform: "tiktok",
    handle: `ms.${process.pid}.${handles++}`,
    timeZone: "UTC",
    ruleSet,
  });
  const videoIds: string[] = [];
  for (const [i, day] of postedOn.entries()) {
    videoIds.push(
      (
        await createVideo(
          creatorId,
          { accountId: account.id, platformId: String(1000 + i), title: `Clip ${i}`, postedOn: day },
          NOW,
        )
      ).id,
    );
  }
  return { accountId: account.id, videoIds };
}
