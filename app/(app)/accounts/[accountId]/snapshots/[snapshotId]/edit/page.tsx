import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { getAccountSnapshot } from "@/lib/queries/snapshots";
import { dayIn, formatDay } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { AccountSnapshotForm } from "@/components/snapshots/account-snapshot-form";
import { PageHeader } from "@/components/ui/page-header";
import { updateAccountSnapshotAction } from "../../actions";

export const metadata: Metadata = { title: "Edit reading" };

export default async function EditAccountSnapshotPage({
  params,
}: {
  params: Promise<{ accountId: string; snapshotId: string }>;
}) {
  const { accountId, snapshotId } = await idParams(params);
  const user = await requireUser();
  const [account, snapshot] = await orNotFound(
    Promise.all([getAccount(user.id, accountId), getAccountSnapshot(user.id, accountId, snapshotId)]),
  );
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Edit the reading of ${formatDay(snapshot.day)}`}
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
      />
      <AccountSnapshotForm
        action={updateAccountSnapshotAction}
        accountId={account.id}
        today={dayIn(account.timeZone, new Date())}
        snapshot={snapshot}
      />
    </div>
  );
}
