import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/queries/accounts";
import { DASHBOARD_RANGES, type DashboardRange, type EarningsPoint } from "@/lib/models/dashboard";
import { formatMoney, formatMoneyRange } from "@/lib/earnings";
import { orNotFound } from "@/lib/http/or-not-found";
import { firstValue, oneOf, type SearchParamValue } from "@/lib/http/search-params";
import { isSampleHandle } from "@/lib/models/sample-account";
import { loadDashboard } from "@/lib/queries/dashboard";
import { EarningsChart } from "@/components/charts/earnings-chart";
import { FollowersChart } from "@/components/charts/followers-chart";
import { ViewsChart } from "@/components/charts/views-chart";
import { AccountLinks } from "@/components/dashboard/account-links";
import { DashboardEmpty, NoReadingsYet } from "@/components/dashboard/dashboard-empty";
import { RangeLinks } from "@/components/dashboard/range-links";
import { SampleBadge } from "@/components/dashboard/sample-badge";
import { SampleDataButton } from "@/components/dashboard/sample-data-button";
import { NextUpPanel } from "@/components/milestones/next-up-panel";
import { accountNextUpRows } from "@/components/milestones/next-up-rows";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createSampleDataAction, removeSampleDataAction } from "./actions";

export const metadata: Metadata = { title: "Dashboard" };

const DEFAULT_RANGE: DashboardRange = "90d";

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, SearchParamValue>>;
}) {
  const params = await searchParams;
  const user = await requireUser();
  const accounts = await listAccounts(user.id);
  if (!accounts.length) {
    return (
      <DashboardEmpty
        sampleAction={
          <SampleDataButton
            action={createSampleDataAction}
            label="Try it with sample data"
            busyLabel="Creating sample data…"
          />
        }
      />
    );
  }
  const range = oneOf(params.range, DASHBOARD_RANGES) ?? DEFAULT_RANGE;
  const accountId = accounts.find((a) => a.id === firstValue(params.account))?.id ?? accounts[0]!.id;
  const { account, series, nextUp, earnings } = await orNotFound(loadDashboard(user.id, accountId, range, new Date()));
  const isSample = isSampleHandle(account.handle);
  const hasReadings = series.followers.length > 0 || series.views.length > 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Dashboard"
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Link href={`/accounts/${account.id}`} className="font-medium text-indigo-800 underline">
              @{account.handle}
            </Link>
            {isSample ? <SampleBadge /> : null}
          </span>
        }
        actions={
          isSample ? (
            <SampleDataButton
              action={removeSampleDataAction}
              label="Remove sample data"
              busyLabel="Removing sample data…"
            />
          ) : (
            <Link href={`/accounts/${account.id}/record`} className={buttonClass("primary")}>
              Record today
            </Link>
          )
        }
      />
      <AccountLinks accounts={accounts} current={account.id} range={range} />
      <RangeLinks accountId={account.id} current={range} />
      {hasReadings ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <Card title="Followers">
            <FollowersChart points={series.followers} markers={series.markers} bucket={series.bucket} />
          </Card>
          <Card title="Views">
            <ViewsChart points={series.views} markers={series.markers} bucket={series.bucket} />
          </Card>
          <Card
            title="Estimated earnings"
            actions={
              <Link href={`/accounts/${account.id}/earnings`} className="text-sm font-medium text-indigo-800 underline">
                Rates and logged income
              </Link>
            }
          >
            <EarningsChart points={earnings} bucket={series.bucket} />
            {earnings.length ? <EarningsSoFar last={earnings.at(-1)!} /> : null}
          </Card>
        </div>
      ) : (
        <NoReadingsYet accountId={account.id} />
      )}
      <Card title="Next up">
        <NextUpPanel rows={accountNextUpRows(nextUp, account.id)} />
      </Card>
    </div>
  );
}

function EarningsSoFar({ last }: { last: EarningsPoint }) {
  return (
    <p className="mt-2 text-sm text-slate-700">
      So far:{" "}
      <span className="font-semibold tabular-nums text-slate-900" data-testid="dashboard-estimate">
        {formatMoneyRange(last.low, last.high)}
      </span>{" "}
      estimated from your views and rates
      {last.logged > 0 ? (
        <>
          ; <span className="font-semibold tabular-nums text-slate-900">{formatMoney(last.logged)}</span> logged, shown
          beside the estimate and not added to it
        </>
      ) : null}
      .
    </p>
  );
}
