import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { smtpUrl } from "@/lib/config";
import { listDeliveries } from "@/lib/queries/notices";
import { NOTICES_PER_PAGE } from "@/lib/models/notice";
import { parsePage } from "@/lib/http/search-params";
import { OutboxList } from "@/components/notification-settings/outbox-list";
import { Pager } from "@/components/notification-settings/pager";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "E-mail outbox" };

const BASE = "/settings/notifications/outbox";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const page = parsePage((await searchParams).page);
  const user = await requireUser();
  const { items, total } = await listDeliveries(user.id, { page, channel: "email" });
  const smtpConfigured = smtpUrl() !== null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="E-mail outbox"
        back={{ href: "/settings/notifications", label: "Notifications" }}
        description="The e-mails of your notices, newest first, as they were written."
      />
      {smtpConfigured ? null : (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          No mail server is configured (SMTP_URL is not set), so e-mails are kept here instead of sent. Nothing is
          dropped: set SMTP_URL and MAIL_FROM to send them.
        </p>
      )}
      <Card>
        {items.length ? (
          <OutboxList deliveries={items} />
        ) : (
          <p className="text-sm text-slate-700">
            {page > 1
              ? "No e-mails on this page."
              : "No e-mails yet. When you cross a milestone with e-mail on, the message shows up here."}
          </p>
        )}
        <Pager basePath={BASE} page={page} total={total} perPage={NOTICES_PER_PAGE} label="Outbox pages" />
      </Card>
    </div>
  );
}
