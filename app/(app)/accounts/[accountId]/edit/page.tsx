import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { listTimeZones } from "@/lib/time/time-zones";
import { AccountForm } from "@/components/accounts/account-form";
import { Card } from "@/components/ui/card";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { PageHeader } from "@/components/ui/page-header";
import { deleteAccountAction, updateAccountAction } from "../../actions";

export const metadata: Metadata = { title: "Edit account" };

export default async function EditAccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const account = await orNotFound(getAccount(user.id, accountId));
  return (
    <div className="max-w-xl space-y-8">
      <div>
        <PageHeader
          title={`Edit @${account.handle}`}
          back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        />
        <AccountForm action={updateAccountAction} timeZones={listTimeZones(account.timeZone)} account={account} />
      </div>
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
