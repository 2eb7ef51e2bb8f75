// The full recomputation: rebuilds an account's account_video_days, crossings and state changes from all its
// readings, the way detectAll composes the detector (used after a rule-set or 18+ change, and by tests).
// Video histories are read a page at a time, so a large account is never held in memory at once.
import type { Day } from "@/lib/time/days";
import { prisma, type Tx } from "@/lib/db/client";
import { replaceVideoDays } from "@/lib/db/account-video-days";
import { listAccountIds } from "@/lib/db/accounts";
import {
  getDetectionSettings,
  listAccountReadings,
  listVideoHistoryPage,
  lockAccountForDetection,
} from "@/lib/db/detection-inputs";
import { listGoals } from "@/lib/db/goals";
import { replaceCrossings, replaceStateChanges } from "@/lib/db/milestone-events";
import {
  detectAccountMilestones,
  detectVideoCrossings,
  resolveRuleSet,
  sortDetection,
  videoDailyGains,
  type Crossing,
  type VideoHistoryInput,
} from "@/lib/milestones";
import type { MilestoneChanges } from "./detect-milestones";

/** A transaction that recomputes may read every reading of a large account: give it time. */
export const RECOMPUTE_TIMEOUT_MS = 10 * 60_000;
const PAGE_SIZE = 50; // videos a page: ~25,000 readings of a long history, decoded at once by the driver

const byDay = <V>(map: Map<Day, V>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function add(map: Map<Day, number>, day: Day, amount: number): void {
  const sum = (map.get(day) ?? 0) + amount;
  if (sum === 0) map.delete(day);
  else map.set(day, sum);
}

async function recompute(tx: Tx, creatorId: string, accountId: string): Promise<MilestoneChanges> {
  await lockAccountForDetection(creatorId, accountId, tx);
  const settings = await getDetectionSettings(creatorId, accountId, tx);
  const ruleSet = resolveRuleSet(settings.ruleSet);
  const goals = await listGoals(creatorId, accountId, tx);
  const goalVideoIds = new Set(goals.map((goal) => goal.videoId));

  const gains = new Map<Day, number>();
  const readings = new Map<Day, number>();
  const videoCrossings: Crossing[] = [];
  const goalVideos: VideoHistoryInput[] = [];
  for (let after: string | null = null; ;) {
    const page: VideoHistoryInput[] = await listVideoHistoryPage(creatorId, accountId, after, PAGE_SIZE, tx);
    for (const video of page) {
      for (const [day, gain] of videoDailyGains(video)) add(gains, day, gain);
      for (const reading of video.readings) add(readings, reading.day, 1);
      videoCrossings.push(...detectVideoCrossings(ruleSet, video));
      if (goalVideoIds.has(video.id)) goalVideos.push(video);
    }
    if (page.length < PAGE_SIZE) break;
    after = page.at(-1)!.id;
  }
  await replaceVideoDays(creatorId, accountId, gains, readings, tx);

  const account = detectAccountMilestones(accountId, {
    ruleSet,
    isAdult: settings.isAdult,
    accountReadings: await listAccountReadings(creatorId, accountId, tx),
    gainsByDay: byDay(gains),
    videoReadingDays: new Set([...readings.keys()].sort()),
    videoCrossings,
    goals,
    goalVideos,
  });
  return sortDetection({
    crossings: await replaceCrossings(creatorId, accountId, "all", [...videoCrossings, ...account.crossings], tx),
    stateChanges: await replaceStateChanges(creatorId, accountId, account.stateChanges, tx),
  });
}

/** Rebuilds the account's milestones from its readings; in `tx` when given, else in a transaction of its own. Returns the new events. */
export function recomputeAccount(creatorId: string, accountId: string, tx?: Tx): Promise<MilestoneChanges> {
  if (tx) return recompute(tx, creatorId, accountId);
  return prisma.$transaction((t) => recompute(t, creatorId, accountId), { timeout: RECOMPUTE_TIMEOUT_MS });
}

/** Rebuilds the milestones of every account of the creator (after the 18+ confirmation changed). */
export async function recomputeCreatorAccounts(creatorId: string, tx: Tx): Promise<MilestoneChanges> {
  const changes: MilestoneChanges = { crossings: [], stateChanges: [] };
  for (const accountId of await listAccountIds(creatorId, tx)) {
    const found = await recompute(tx, creatorId, accountId);
    changes.crossings.push(...found.crossings);
    changes.stateChanges.push(...found.stateChanges);
  }
  return changes;
}
