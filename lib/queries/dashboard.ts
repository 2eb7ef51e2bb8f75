// Everything the dashboard shows for one account and range, in one call (the page's and the benchmark's unit).
// Next up here is the account's (followers, views, views in 30 days); each video's is on its own page.
import { requireAccount } from "@/lib/db/accounts";
import { getVideoGainAggregates } from "@/lib/db/account-video-days";
import { getDashboardSeries, listStateChanges } from "@/lib/db/dashboard";
import { listAccountReadings } from "@/lib/db/detection-inputs";
import { getEarningsSettings } from "@/lib/db/earnings-settings";
import { getNextUpInputs } from "@/lib/db/milestones";
import { creatorFundRuleKey, cumulativeEstimates } from "@/lib/earnings";
import { accountDailyViews, accountNextUps } from "@/lib/milestones";
import type { DashboardData, DashboardRange } from "@/lib/models/dashboard";
import { earningsSeries } from "@/lib/time/buckets";
import { dayIn } from "@/lib/time/days";

/** `now` is the clock; the account's calendar day is taken from it in the account's time zone. */
export async function loadDashboard(
  creatorId: string,
  accountId: string,
  range: DashboardRange,
  now: Date,
): Promise<DashboardData> {
  const account = await requireAccount(creatorId, accountId);
  const today = dayIn(account.timeZone, now);
  // The estimate's inputs are read here, side by side with the charts, rather than through a transaction of their own.
  const [series, nextUpInputs, settings, readings, { gainsByDay }, stateChanges] = await Promise.all([
    getDashboardSeries(creatorId, accountId, range, today),
    getNextUpInputs(creatorId, accountId, { videoIds: [] }),
    getEarningsSettings(creatorId, accountId),
    listAccountReadings(creatorId, accountId),
    getVideoGainAggregates(creatorId, accountId),
    listStateChanges(creatorId, accountId),
  ]);
  const estimates = cumulativeEstimates({
    dailyViews: accountDailyViews(readings, gainsByDay),
    stateChanges,
    creatorFundRuleKey: creatorFundRuleKey(account.ruleSet),
    settings,
  });
  const earnings = earningsSeries(estimates, series.income, series.incomeBefore, series.bucket, series.from, today);
  return { account, today, series, nextUp: accountNextUps(nextUpInputs, today), earnings };
}
