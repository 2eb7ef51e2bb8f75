import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getAccountOverview } from "@/lib/queries/accounts";
import { getConnectionPanel } from "@/lib/queries/connections";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { PLATFORM_LABELS, RULE_SET_LABELS } from "@/lib/validation/accounts";
import { NextUpPanel } from "@/components/milestones/next-up-panel";
import { accountNextUpRows } from "@/components/milestones/next-up-rows";
import { AccountHistoryTable } from "@/components/snapshots/account-history-table";
import { VideoList } from "@/components/videos/video-list";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CollectionCard } from "@/components/connections/collection-card";
import { deleteAccountSnapshotAction } from "./snapshots/actions";
import { collectNowAction } from "./connection/actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const now = new Date();
  const { account, videos, snapshots, nextUp } = await orNotFound(getAccountOverview(user.id, accountId, now));
  const panel = await getConnectionPanel(user.id, account.id, now);
  const base = `/accounts/${account.id}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`@${account.handle}`}
        back={{ href: "/accounts", label: "Accounts" }}
        description={`${PLATFORM_LABELS[account.platform]} · days in ${account.timeZone} · rules: ${RULE_SET_LABELS[account.ruleSet]}`}
        actions={
          <>
            <Link href={`${base}/record`} className={buttonClass("primary")}>
              Record today
            </Link>
            <Link href={`${base}/timeline`} className={buttonClass("secondary")}>
              Timeline
            </Link>
            <Link href={`${base}/goals`} className={buttonClass("secondary")}>
              Goals
            </Link>
            <Link href={`${base}/earnings`} className={buttonClass("secondary")}>
              Earnings
            </Link>
            <Link href={`${base}/edit`} className={buttonClass("secondary")}>
              Edit account
            </Link>
            <Link href={`${base}/import`} className={buttonClass("secondary")}>
              Import from TikTok
            </Link>
          </>
        }
      />
      <Card title="Next up">
        <NextUpPanel rows={accountNextUpRows(nextUp, account.id)} />
      </Card>
      <Card
        title="Videos"
        actions={
          <Link href={`${base}/videos/new`} className={buttonClass("secondary")}>
            Add video
          </Link>
        }
      >
        <VideoList accountId={account.id} videos={videos} />
      </Card>
      <CollectionCard panel={panel} accountId={account.id} collectAction={collectNowAction} />
      <Card title="Account history">
        <AccountHistoryTable accountId={account.id} snapshots={snapshots} deleteAction={deleteAccountSnapshotAction} />
      </Card>
    </div>
  );
}
