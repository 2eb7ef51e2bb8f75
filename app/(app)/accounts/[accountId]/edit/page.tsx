import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { getConnectionPanel } from "@/lib/queries/connections";
import { CONNECT_RESULTS, type ConnectResult } from "@/lib/models/connection";
import { oneOf, type SearchParamValue } from "@/lib/http/search-params";
import { CONNECT_MESSAGE_COOKIE, readConnectMessage } from "@/lib/http/oauth-state";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { listTimeZones } from "@/lib/time/time-zones";
import { AccountForm } from "@/components/accounts/account-form";
import { Card } from "@/components/ui/card";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { ConnectionCard } from "@/components/connections/connection-card";
import { PageHeader } from "@/components/ui/page-header";
import { deleteAccountAction, updateAccountAction } from "../../actions";
import { disconnectAction } from "../connection/actions";

const RESULTS = Object.keys(CONNECT_RESULTS) as ConnectResult[];

export const metadata: Metadata = { title: "Edit account" };

export default async function EditAccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ accountId: string }>;
  searchParams: Promise<Record<string, SearchParamValue>>;
}) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const account = await orNotFound(getAccount(user.id, accountId));
  const panel = await getConnectionPanel(user.id, account.id, new Date());
  const result = oneOf((await searchParams).tiktok, RESULTS);
  // A refusal's own sentence (the callback leaves it for a minute), shown only with the result it belongs to.
  const detail = result === "failed" ? readConnectMessage((await cookies()).get(CONNECT_MESSAGE_COOKIE)?.value) : null;
  return (
    <div className="max-w-xl space-y-8">
      <div>
        <PageHeader
          title={`Edit @${account.handle}`}
          back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        />
        <AccountForm action={updateAccountAction} timeZones={listTimeZones(account.timeZone)} account={account} />
      </div>
      <ConnectionCard
        panel={panel}
        accountId={account.id}
        result={result}
        detail={detail}
        disconnectAction={disconnectAction}
      />
      <Card title="Delete this account">
        <p className="mb-3 text-sm text-slate-700">
          Deletes @{account.handle} with all its videos and readings. This cannot be undone.
        </p>
        <ConfirmDelete
          action={deleteAccountAction}
          fields={{ accountId: account.id }}
          what={`the account @${account.handle}`}
          consequence="Delete the account, its videos and all readings?"
        />
      </Card>
    </div>
  );
}
