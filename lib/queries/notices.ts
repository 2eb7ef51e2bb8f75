// Reads of the creator's notices: the bell's count, the paged list, and the delivery log (outbox). Scoped by the creator.
import * as notifications from "@/lib/db/notifications";
import type { Channel } from "@/lib/notifications/categories";
import { NOTICES_PER_PAGE, type DeliveryRecord, type NoticesPage } from "@/lib/models/notice";

/** One page of the list, newest first; a page past the end shows the last page. */
export async function getNoticesPage(creatorId: string, page = 1): Promise<NoticesPage> {
  const wanted = Number.isInteger(page) && page > 1 ? page : 1;
  const first = await notifications.listNotices(creatorId, wanted);
  const pages = Math.max(1, Math.ceil(first.total / NOTICES_PER_PAGE));
  if (wanted <= pages) return { ...first, page: wanted, pages };
  return { ...(await notifications.listNotices(creatorId, pages)), page: pages, pages };
}

/** The bell's count: the creator's unread in-app notices. */
export function getUnreadCount(creatorId: string): Promise<number> {
  return notifications.countUnreadNotices(creatorId);
}

/** One page of the delivery log, newest first; `channel` keeps one channel (the outbox page lists e-mail). */
export function listDeliveries(
  creatorId: string,
  options: { page?: number; channel?: Exclude<Channel, "in_app"> } = {},
): Promise<{ items: DeliveryRecord[]; total: number }> {
  return notifications.listDeliveries(creatorId, options);
}
