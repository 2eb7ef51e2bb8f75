// An account's estimated earnings so far: account views per docs/domain.md "Words", the stored eligibility changes,
// the account's rates — handed to the pure lib/earnings. Reads in one transaction so the inputs agree.
import { prisma } from "@/lib/db/client";
import { getVideoGainAggregates } from "@/lib/db/account-video-days";
import { getDetectionSettings, listAccountReadings } from "@/lib/db/detection-inputs";
import { getEarningsSettings } from "@/lib/db/earnings-settings";
import { listStoredDetection } from "@/lib/db/milestone-events";
import {
  creatorFundRuleKey,
  cumulativeEstimates,
  type DayEstimate,
  type EarningsSettings,
  type EstimateInput,
} from "@/lib/earnings";
import { accountDailyViews, type RuleSetKey } from "@/lib/milestones";

export interface EarningsInputs extends EstimateInput {
  ruleSet: RuleSetKey;
  isAdult: boolean;
  settings: EarningsSettings;
}

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
