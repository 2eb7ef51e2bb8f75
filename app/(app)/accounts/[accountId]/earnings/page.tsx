import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { requireAccount } from "@/lib/db/accounts";
import { listIncome } from "@/lib/db/logged-income";
import { getTimeline } from "@/lib/db/milestones";
import { listVideos } from "@/lib/db/videos";
import { addDays, dayIn, type Day } from "@/lib/time/days";
import { stateHoldsOn, totalEstimate, whatIf } from "@/lib/earnings";
import { WINDOW_DAYS } from "@/lib/milestones";
import { orNotFound } from "@/lib/http/or-not-found";
import { fieldErrorsOf } from "@/lib/http/errors";
import { idParams } from "@/lib/http/page-params";
import { firstValue, type SearchParamValue } from "@/lib/http/search-params";
import { getEarningsInputs, type EarningsInputs } from "@/lib/services/estimate-earnings";
import { whatIfSchema, type WhatIfQuery } from "@/lib/validation/earnings";
import { EarningsSettingsForm } from "@/components/earnings/earnings-settings-form";
import { EstimateSummary } from "@/components/earnings/estimate-summary";
import { IncomeForm } from "@/components/earnings/income-form";
import { IncomeList } from "@/components/earnings/income-list";
import { WhatIf } from "@/components/earnings/what-if";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { deleteIncomeAction, logIncomeAction, updateEarningsSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Earnings" };

/** The calculator from the account's figures so far: views, the 30-day window up to today, its best video, what it has crossed. */
async function whatIfFor(creatorId: string, accountId: string, today: Day, inputs: EarningsInputs, query: WhatIfQuery) {
  const [videos, timeline] = await Promise.all([listVideos(creatorId, accountId), getTimeline(creatorId, accountId)]);
  const accountViews = [...inputs.dailyViews.values()].reduce((sum, v) => sum + v, 0);
  const recentDailyViews = Array.from(
    { length: WINDOW_DAYS },
    (_, i) => inputs.dailyViews.get(addDays(today, i - WINDOW_DAYS + 1)) ?? 0,
  );
  return whatIf({
    viewsPerDay: query.viewsPerDay,
    followers: query.followers ?? null,
    isAdult: inputs.isAdult,
    startingAccountViews: Math.max(0, accountViews),
    bestVideoViews: videos.reduce((best, video) => Math.max(best, video.lastViews ?? 0), 0),
    recentDailyViews,
    reachedKeys: timeline.filter((item) => item.kind === "crossed").map((item) => item.ruleKey),
    ruleSet: inputs.ruleSet,
    settings: inputs.settings,
  });
}

type SearchParams = Promise<Record<string, SearchParamValue>>;

export default async function EarningsPage({
  params,
  searchParams,
}: {
  params: Promise<{ accountId: string }>;
  searchParams: SearchParams;
}) {
  const { accountId } = await idParams(params);
  const query = await searchParams;
  const user = await requireUser();
  const [account, inputs, income] = await orNotFound(
    Promise.all([
      requireAccount(user.id, accountId),
      getEarningsInputs(user.id, accountId),
      listIncome(user.id, accountId),
    ]),
  );
  const today = dayIn(account.timeZone, new Date());
  const { streams, total } = totalEstimate(inputs);
  const creatorFundHoldsNow = stateHoldsOn(
    inputs.stateChanges,
    inputs.creatorFundRuleKey ?? "eligible.creator_fund",
  )(today);

  const values = { viewsPerDay: firstValue(query.viewsPerDay) ?? "", followers: firstValue(query.followers) ?? "" };
  const asked = values.viewsPerDay !== "" || values.followers !== "";
  const parsed = asked ? whatIfSchema.safeParse(values) : null;
  const result = parsed?.success ? await orNotFound(whatIfFor(user.id, account.id, today, inputs, parsed.data)) : null;
  const errors = parsed && !parsed.success ? fieldErrorsOf(parsed.error) : {};

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Earnings for @${account.handle}`}
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        description="Estimates from your views and the rates below, always as a range. Income you log is listed beside them, never added in."
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Estimated so far">
          <EstimateSummary
            streams={streams}
            total={total}
            settings={inputs.settings}
            creatorFundHoldsNow={creatorFundHoldsNow}
          />
        </Card>
        <Card title="Logged income">
          <IncomeList accountId={account.id} income={income} deleteAction={deleteIncomeAction} />
        </Card>
      </div>
      <Card title="Rates">
        <div className="max-w-xl">
          <EarningsSettingsForm
            action={updateEarningsSettingsAction}
            accountId={account.id}
            settings={inputs.settings}
          />
        </div>
      </Card>
      <Card title="Log income">
        <div className="max-w-xl">
          <IncomeForm action={logIncomeAction} accountId={account.id} today={today} />
        </div>
      </Card>
      <Card title="What if">
        <WhatIf values={values} errors={errors} result={result} />
      </Card>
    </div>
  );
}
