// Everything the dashboard shows for one account and range, in one call (the page's and the benchmark's unit).
// Next up here is the account's (followers, views, views in 30 days); each video's is on its own page.
import { requireAccount, type AccountRecord } from "@/lib/db/accounts";
import { getVideoGainAggregates } from "@/lib/db/account-video-days";
import { listAccountReadings } from "@/lib/db/detection-inputs";
import { getEarningsSettings } from "@/lib/db/earnings-settings";
import { creatorFundRuleKey, cumulativeEstimates } from "@/lib/earnings";
import { accountDailyViews } from "@/lib/milestones";
import { getDashboardSeries, listStateChanges, type DashboardRange, type DashboardSeries } from "@/lib/db/dashboard";
import { getNextUpInputs, type NextUpInputs } from "@/lib/db/milestones";
import { earningsSeries, type EarningsPoint } from "@/lib/time/buckets";
import { dayIn, type Day } from "@/lib/time/days";

export interface DashboardData {
  account: AccountRecord;
  today: Day;
  series: DashboardSeries;
  nextUp: NextUpInputs;
  /** Cumulative estimated earnings (in total and per stream) and logged income at each bucket's end. */
  earnings: EarningsPoint[];
}

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
  const [series, nextUp, settings, readings, { gainsByDay }, stateChanges] = await Promise.all([
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
  return { account, today, series, nextUp, earnings };
}
