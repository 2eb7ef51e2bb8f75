// Everything the dashboard shows for one account and range, in one call (the page's and the benchmark's unit).
// Next up here is the account's (followers, views, views in 30 days); each video's is on its own page.
import { requireAccount, type AccountRecord } from "@/lib/db/accounts";
import { getDashboardSeries, type DashboardRange, type DashboardSeries } from "@/lib/db/dashboard";
import { getNextUpInputs, type NextUpInputs } from "@/lib/db/milestones";
import { lastPerBucket } from "@/lib/dashboard-buckets";
import { dayIn, type Day } from "@/lib/days";
import { getCumulativeEstimates } from "./estimate-earnings";

export interface DashboardData {
  account: AccountRecord;
  today: Day;
  series: DashboardSeries;
  nextUp: NextUpInputs;
  /** Cumulative estimated earnings at each bucket's end, low and high in micro-dollars. */
  earnings: EarningsPoint[];
}

export interface EarningsPoint {
  day: Day;
  low: number;
  high: number;
}

/** `now` is the clock; the account's calendar day is taken from it in the account's time zone. */
export async function loadDashboard(creatorId: string, accountId: string, range: DashboardRange, now: Date): Promise<DashboardData> {
  const account = await requireAccount(creatorId, accountId);
  const today = dayIn(account.timeZone, now);
  const [series, nextUp, estimates] = await Promise.all([
    getDashboardSeries(creatorId, accountId, range, today),
    getNextUpInputs(creatorId, accountId, { videoIds: [] }),
    getCumulativeEstimates(creatorId, accountId),
  ]);
  const earnings = lastPerBucket(estimates, series.bucket, series.from, today).map((e) => ({ day: e.bucketDay, low: e.total.low, high: e.total.high }));
  return { account, today, series, nextUp, earnings };
}
