// Everything the dashboard shows for one account and range, in one call (the page's and the benchmark's unit).
// Next up here is the account's (followers, views, views in 30 days); each video's is on its own page.
import { requireAccount, type AccountRecord } from "@/lib/db/accounts";
import { getDashboardSeries, type DashboardRange, type DashboardSeries } from "@/lib/db/dashboard";
import { getNextUpInputs, type NextUpInputs } from "@/lib/db/milestones";
import { dayIn, type Day } from "@/lib/days";

export interface DashboardData {
  account: AccountRecord;
  today: Day;
  series: DashboardSeries;
  nextUp: NextUpInputs;
}

/** `now` is the clock; the account's calendar day is taken from it in the account's time zone. */
export async function loadDashboard(creatorId: string, accountId: string, range: DashboardRange, now: Date): Promise<DashboardData> {
  const account = await requireAccount(creatorId, accountId);
  const today = dayIn(account.timeZone, now);
  const [series, nextUp] = await Promise.all([getDashboardSeries(creatorId, accountId, range, today), getNextUpInputs(creatorId, accountId, { videoIds: [] })]);
  return { account, today, series, nextUp };
}
