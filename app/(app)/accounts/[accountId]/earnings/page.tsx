import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/or-not-found";
import { fieldErrorsOf } from "@/lib/http/errors";
import { idParams } from "@/lib/http/page-params";
import { firstValue, type SearchParamValue } from "@/lib/http/search-params";
import { getEarningsOverview } from "@/lib/queries/earnings";
import { whatIfSchema } from "@/lib/validation/earnings";
import { EarningsSettingsForm } from "@/components/earnings/earnings-settings-form";
import { EstimateSummary } from "@/components/earnings/estimate-summary";
import { IncomeForm } from "@/components/earnings/income-form";
import { IncomeList } from "@/components/earnings/income-list";
import { WhatIf } from "@/components/earnings/what-if";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { deleteIncomeAction, logIncomeAction, updateEarningsSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Earnings" };

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
  const values = { viewsPerDay: firstValue(query.viewsPerDay) ?? "", followers: firstValue(query.followers) ?? "" };
  const asked = values.viewsPerDay !== "" || values.followers !== "";
  const parsed = asked ? whatIfSchema.safeParse(values) : null;
  const { account, today, settings, streams, total, creatorFundHoldsNow, income, whatIf } = await orNotFound(
    getEarningsOverview(user.id, accountId, new Date(), parsed?.success ? parsed.data : null),
  );
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
            settings={settings}
            creatorFundHoldsNow={creatorFundHoldsNow}
          />
        </Card>
        <Card title="Logged income">
          <IncomeList accountId={account.id} income={income} deleteAction={deleteIncomeAction} />
        </Card>
      </div>
      <Card title="Rates">
        <div className="max-w-xl">
          <EarningsSettingsForm action={updateEarningsSettingsAction} accountId={account.id} settings={settings} />
        </div>
      </Card>
      <Card title="Log income">
        <div className="max-w-xl">
          <IncomeForm action={logIncomeAction} accountId={account.id} today={today} />
        </div>
      </Card>
      <Card title="What if">
        <WhatIf values={values} errors={errors} result={whatIf} />
      </Card>
    </div>
  );
}
