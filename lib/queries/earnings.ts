// An account's estimated earnings so far: account views per docs/domain.md "Words", the stored eligibility changes,
// the account's rates — handed to the pure lib/earnings. Reads in one transaction so the inputs agree.
// The earnings page adds the logged income and, when asked, the what-if calculator.
import { prisma } from "@/lib/db/client";
import { getVideoGainAggregates } from "@/lib/db/account-video-days";
import { getDetectionSettings, listAccountReadings } from "@/lib/db/detection-inputs";
import { getEarningsSettings } from "@/lib/db/earnings-settings";
import { listStoredDetection } from "@/lib/db/milestone-events";
import { requireAccount } from "@/lib/db/accounts";
import { listIncome } from "@/lib/db/logged-income";
import { getTimeline } from "@/lib/db/milestones";
import { listVideos } from "@/lib/db/videos";
import {
  creatorFundRuleKey,
  cumulativeEstimates,
  stateHoldsOn,
  totalEstimate,
  whatIf,
  whatIfInputFrom,
  type DayEstimate,
  type WhatIfResult,
} from "@/lib/earnings";
import { accountDailyViews } from "@/lib/milestones";
import type { EarningsInputs, EarningsOverview } from "@/lib/models/earnings";
import { dayIn, type Day } from "@/lib/time/days";
import type { WhatIfQuery } from "@/lib/validation/earnings";

/** Everything the estimate needs for one account (NOT_FOUND when it is not the creator's). */
export function getEarningsInputs(creatorId: string, accountId: string): Promise<EarningsInputs> {
  return prisma.$transaction(async (tx) => {
    const { ruleSet, isAdult } = await getDetectionSettings(creatorId, accountId, tx);
    const settings = await getEarningsSettings(creatorId, accountId, tx);
    const readings = await listAccountReadings(creatorId, accountId, tx);
    const { gainsByDay } = await getVideoGainAggregates(creatorId, accountId, tx);
    const { stateChanges } = await listStoredDetection(creatorId, accountId, tx);
    return {
      ruleSet,
      isAdult,
      settings,
      dailyViews: accountDailyViews(readings, gainsByDay),
      stateChanges,
      creatorFundRuleKey: creatorFundRuleKey(ruleSet),
    };
  });
}

/** The running estimate per day (ascending); the last entry is the estimate so far. */
export async function getCumulativeEstimates(creatorId: string, accountId: string): Promise<DayEstimate[]> {
  return cumulativeEstimates(await getEarningsInputs(creatorId, accountId));
}

/** The earnings page on the account's day at `now`; `ask` is the what-if calculator's question, when there is one. */
export async function getEarningsOverview(
  creatorId: string,
  accountId: string,
  now: Date,
  ask: WhatIfQuery | null,
): Promise<EarningsOverview> {
  const [account, inputs, income] = await Promise.all([
    requireAccount(creatorId, accountId),
    getEarningsInputs(creatorId, accountId),
    listIncome(creatorId, accountId),
  ]);
  const today = dayIn(account.timeZone, now);
  const { streams, total } = totalEstimate(inputs);
  const creatorFundHoldsNow = stateHoldsOn(
    inputs.stateChanges,
    inputs.creatorFundRuleKey ?? "eligible.creator_fund",
  )(today);
  return {
    account,
    today,
    settings: inputs.settings,
    streams,
    total,
    creatorFundHoldsNow,
    income,
    whatIf: ask ? await whatIfFor(creatorId, accountId, today, inputs, ask) : null,
  };
}

/** The calculator from the account's figures so far: views, the 30-day window up to today, its best video, what it has crossed. */
async function whatIfFor(
  creatorId: string,
  accountId: string,
  today: Day,
  inputs: EarningsInputs,
  ask: WhatIfQuery,
): Promise<WhatIfResult> {
  const [videos, timeline] = await Promise.all([listVideos(creatorId, accountId), getTimeline(creatorId, accountId)]);
  const history = {
    ...inputs,
    videoViews: videos.map((video) => video.lastViews),
    crossedRuleKeys: timeline.filter((item) => item.kind === "crossed").map((item) => item.ruleKey),
  };
  return whatIf(whatIfInputFrom(ask, history, today));
}
