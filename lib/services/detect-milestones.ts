// Milestone detection inside the transaction of every write that changes what it reads (readings, a video's
// posted day, goals). Incremental: the videos the write touched are re-detected from their own histories, their
// before/after daily gains are added to account_video_days, and the account level is re-detected from one row
// per day. The stored events then equal a full recomputation (recomputeAccount), which the tests check.
import type { Day } from "@/lib/time/days";
import type { Tx } from "@/lib/db/client";
import { applyVideoDayDeltas, getVideoGainAggregates, type VideoDayDelta } from "@/lib/db/account-video-days";
import {
  getDetectionSettings,
  listAccountReadings,
  listVideoHistories,
  lockAccountForDetection,
} from "@/lib/db/detection-inputs";
import { listGoals } from "@/lib/db/goals";
import { recordMilestoneNotices } from "./notify";
import { listEarliestVideoCrossings, replaceCrossings, replaceStateChanges } from "@/lib/db/milestone-events";
import {
  detectAccountMilestones,
  detectVideoCrossings,
  resolveRuleSet,
  sortDetection,
  videoDailyGains,
  type Crossing,
  type RuleSet,
  type StateChange,
  type VideoHistoryInput,
} from "@/lib/milestones";

/** The events a write recorded that were not stored before (moved dates are not new): for notifications. */
export interface MilestoneChanges {
  crossings: Crossing[];
  stateChanges: StateChange[];
}

export interface PendingDetection {
  /**
   * Detects after the write, in the same transaction, and writes the notices of the new events (lib/services/notify:
   * recent days only; none when `quiet`, as for an import; none for "reached by" crossings when `quietReachedBy`, as for
   * a collection, which sums them up); returns the new events.
   */
  finish(options?: { quiet?: boolean; quietReachedBy?: boolean }): Promise<MilestoneChanges>;
}

/**
 * Call at the start of a write transaction on one account, before reading anything: takes the account's
 * detection lock (concurrent writers of the account queue here) and remembers the histories, as they were
 * before the write, of the videos it will touch (a reading written, edited or deleted; a posted day changed;
 * the video deleted). After the write, `finish()`.
 */
export async function startDetection(
  tx: Tx,
  creatorId: string,
  accountId: string,
  videoIds: string[] = [],
  now: Date = new Date(),
): Promise<PendingDetection> {
  await lockAccountForDetection(creatorId, accountId, tx);
  const ids = [...new Set(videoIds)];
  const before = ids.length
    ? await listVideoHistories(creatorId, accountId, ids, tx)
    : new Map<string, VideoHistoryInput>();
  return {
    async finish({ quiet = false, quietReachedBy = false } = {}) {
      const settings = await getDetectionSettings(creatorId, accountId, tx);
      const ruleSet = resolveRuleSet(settings.ruleSet);
      const videoCrossings = ids.length ? await detectVideos(tx, creatorId, accountId, ruleSet, ids, before) : [];
      const account = await detectAccountLevel(tx, creatorId, accountId, ruleSet, settings.isAdult);
      const changes = sortDetection({
        crossings: [...videoCrossings, ...account.crossings],
        stateChanges: account.stateChanges,
      });
      await recordMilestoneNotices(tx, creatorId, accountId, changes, { now, quiet, quietReachedBy });
      return changes;
    },
  };
}

function addGains(deltas: Map<Day, VideoDayDelta>, video: VideoHistoryInput | undefined, sign: 1 | -1): void {
  if (!video) return;
  const at = (day: Day) => deltas.get(day) ?? deltas.set(day, { day, gains: 0, readings: 0 }).get(day)!;
  for (const [day, gain] of videoDailyGains(video)) at(day).gains += sign * gain;
  for (const reading of video.readings) at(reading.day).readings += sign;
}

/** The touched videos: their after-minus-before gains into account_video_days, their crossings replaced. */
async function detectVideos(
  tx: Tx,
  creatorId: string,
  accountId: string,
  ruleSet: RuleSet,
  ids: string[],
  before: Map<string, VideoHistoryInput>,
): Promise<Crossing[]> {
  const after = await listVideoHistories(creatorId, accountId, ids, tx);
  const deltas = new Map<Day, VideoDayDelta>();
  for (const id of ids) {
    addGains(deltas, before.get(id), -1);
    addGains(deltas, after.get(id), 1);
  }
  const changed = [...deltas.values()].filter((d) => d.gains !== 0 || d.readings !== 0);
  await applyVideoDayDeltas(creatorId, accountId, changed, tx);
  const wanted = [...after.values()].flatMap((video) => detectVideoCrossings(ruleSet, video));
  return replaceCrossings(creatorId, accountId, { videoIds: ids }, wanted, tx);
}

/** The video.views rules whose earliest crossing the account level needs (unlock.analytics). */
function videoRuleKeys(ruleSet: RuleSet): string[] {
  return ruleSet.rules.flatMap((rule) =>
    rule.type === "threshold" && rule.metric === "video.views" ? [rule.key] : [],
  );
}

/** Followers, account views, unlocks, goals and eligibility states: reads one row per day, never every video snapshot. */
async function detectAccountLevel(
  tx: Tx,
  creatorId: string,
  accountId: string,
  ruleSet: RuleSet,
  isAdult: boolean,
): Promise<MilestoneChanges> {
  const accountReadings = await listAccountReadings(creatorId, accountId, tx);
  const { gainsByDay, videoReadingDays } = await getVideoGainAggregates(creatorId, accountId, tx);
  const videoCrossings = await listEarliestVideoCrossings(creatorId, accountId, videoRuleKeys(ruleSet), tx);
  const goals = await listGoals(creatorId, accountId, tx);
  const goalVideoIds = goals.flatMap((goal) => (goal.videoId ? [goal.videoId] : []));
  const goalVideos = [...(await listVideoHistories(creatorId, accountId, goalVideoIds, tx)).values()];
  const detection = detectAccountMilestones(accountId, {
    ruleSet,
    isAdult,
    accountReadings,
    gainsByDay,
    videoReadingDays,
    videoCrossings,
    goals,
    goalVideos,
  });
  return {
    crossings: await replaceCrossings(creatorId, accountId, "account-level", detection.crossings, tx),
    stateChanges: await replaceStateChanges(creatorId, accountId, detection.stateChanges, tx),
  };
}
