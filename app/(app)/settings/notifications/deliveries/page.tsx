import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listDeliveries } from "@/lib/queries/notices";
import { NOTICES_PER_PAGE } from "@/lib/models/notice";
import { DeliveryLog } from "@/components/notification-settings/delivery-log";
import { parsePage } from "@/lib/http/search-params";
import { Pager } from "@/components/notification-settings/pager";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Delivery log" };

const BASE = "/settings/notifications/deliveries";

export default async function DeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const page = parsePage((await searchParams).page);
  const user = await requireUser();
  const { items, total } = await listDeliveries(user.id, { page });
  const failed = items.filter((d) => d.status === "failed").length;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Delivery log"
        back={{ href: "/settings/notifications", label: "Notifications" }}
        description="Every e-mail and webhook of your notices, newest first. Failed attempts are retried with growing pauses for about a day; after that a delivery gives up and you are told in the app."
      />
      <Card>
        {items.length ? (
          <>
            {failed ? (
              <p
                role="status"
                className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
              >
                {failed === 1 ? "1 delivery on this page gave up." : `${failed} deliveries on this page gave up.`} Check
                the last error, then your webhook URL or mail server.
              </p>
            ) : null}
            <DeliveryLog deliveries={items} />
          </>
        ) : (
          <p className="text-sm text-slate-700">
            {page > 1
              ? "No deliveries on this page."
              : "No deliveries yet. When you cross a milestone with e-mail or a webhook on, each delivery shows up here."}
          </p>
        )}
        <Pager basePath={BASE} page={page} total={total} perPage={NOTICES_PER_PAGE} label="Delivery log pages" />
      </Card>
    </div>
  );
}
