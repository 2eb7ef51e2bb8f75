import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/queries/accounts";
import { getNoticesPage } from "@/lib/queries/notices";
import { parsePage } from "@/lib/http/search-params";
import { NoticeButton } from "@/components/notifications/notice-button";
import { NoticeList } from "@/components/notifications/notice-list";
import { NoticePager } from "@/components/notifications/notice-pager";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { page } = await searchParams;
  const user = await requireUser();
  const [notices, accounts] = await Promise.all([getNoticesPage(user.id, parsePage(page)), listAccounts(user.id)]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Notifications"
        description={
          notices.total
            ? `${notices.unread} unread of ${notices.total}. Newest first.`
            : "Milestones you cross show up here."
        }
        actions={
          notices.unread ? (
            <NoticeButton action={markAllReadAction} label="Mark all as read" busyLabel="Marking all…" />
          ) : undefined
        }
      />
      <Card>
        {notices.total ? (
          <>
            <NoticeList
              items={notices.items}
              now={now}
              timeZones={new Map(accounts.map((a) => [a.id, a.timeZone]))}
              markReadAction={markReadAction}
            />
            <NoticePager page={notices.page} pages={notices.pages} />
          </>
        ) : (
          <p className="text-sm text-slate-700">
            No notifications yet. When a reading of today or yesterday crosses a milestone, it shows up here and on the
            bell at the top of every page.
          </p>
        )}
      </Card>
    </div>
  );
}
