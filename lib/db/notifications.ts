// Notices (the in-app list and the outbox) and their deliveries, as the creator sees them. Scoped by the creator.
import { dateToDay, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { Channel } from "@/lib/notifications/categories";
import { NOTICES_PER_PAGE, type DeliveryRecord, type NoticeKind, type NoticeRecord } from "@/lib/models/notice";
import { prisma, type Tx } from "./client";

export interface NewNotice {
  accountId: string | null;
  kind: NoticeKind;
  eventKey: string;
  category: string | null;
  ruleKey: string | null;
  day: Day | null;
  title: string;
  body: string;
  link: string;
  showInApp: boolean;
}

const noticeSelect = {
  id: true,
  accountId: true,
  kind: true,
  eventKey: true,
  category: true,
  day: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} as const;
type NoticeRow = Omit<NoticeRecord, "day"> & { day: Date | null };
const toNotice = (row: NoticeRow): NoticeRecord => ({ ...row, day: row.day ? dateToDay(row.day) : null });

/**
 * Writes the notices that do not exist yet (one per creator and event key: concurrent writers that find the same
 * event write one) and returns those written. An account id must be the creator's (else NOT_FOUND, nothing written).
 */
export async function insertNotices(
  creatorId: string,
  notices: readonly NewNotice[],
  tx: Tx = prisma,
): Promise<{ id: string; eventKey: string }[]> {
  const accountIds = [...new Set(notices.flatMap((n) => (n.accountId ? [n.accountId] : [])))];
  if (accountIds.length) {
    const owned = await tx.account.count({ where: { id: { in: accountIds }, creatorId } });
    if (owned !== accountIds.length) throw notFoundError("Account");
  }
  const written: { id: string; eventKey: string }[] = [];
  for (const n of notices) {
    const rows = await tx.$queryRaw<{ id: string; event_key: string }[]>`
      INSERT INTO notification_notices (id, creator_id, account_id, kind, event_key, category, rule_key, day, title, body, link, show_in_app, read_at)
      VALUES (gen_random_uuid()::text, ${creatorId}, ${n.accountId}, ${n.kind}::"NoticeKind", ${n.eventKey}, ${n.category}, ${n.ruleKey},
              ${n.day}::date, ${n.title}, ${n.body}, ${n.link}, ${n.showInApp}, ${n.showInApp ? null : new Date()})
      ON CONFLICT (creator_id, event_key) DO NOTHING
      RETURNING id, event_key`;
    written.push(...rows.map((r) => ({ id: r.id, eventKey: r.event_key })));
  }
  return written;
}

/** One delivery per (notice, channel); returns the ids written. The notice must be the creator's. */
export async function insertDeliveries(
  creatorId: string,
  noticeId: string,
  channels: readonly Exclude<Channel, "in_app">[],
  tx: Tx = prisma,
): Promise<string[]> {
  const notice = await tx.notificationNotice.findFirst({ where: { id: noticeId, creatorId }, select: { id: true } });
  if (!notice) throw notFoundError("Notice");
  const ids: string[] = [];
  for (const channel of channels) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO notification_deliveries (id, notice_id, creator_id, channel, updated_at)
      VALUES (gen_random_uuid()::text, ${noticeId}, ${creatorId}, ${channel}::"NotificationChannel", now())
      ON CONFLICT (notice_id, channel) DO NOTHING RETURNING id`;
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** The in-app list, newest first, a page at a time (page 1 is the newest). */
export async function listNotices(
  creatorId: string,
  page = 1,
  tx: Tx = prisma,
): Promise<{ items: NoticeRecord[]; total: number; unread: number }> {
  const where = { creatorId, showInApp: true };
  const [rows, total, unread] = await Promise.all([
    tx.notificationNotice.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * NOTICES_PER_PAGE,
      take: NOTICES_PER_PAGE,
      select: noticeSelect,
    }),
    tx.notificationNotice.count({ where }),
    tx.notificationNotice.count({ where: { ...where, readAt: null } }),
  ]);
  return { items: rows.map(toNotice), total, unread };
}

export function countUnreadNotices(creatorId: string, tx: Tx = prisma): Promise<number> {
  return tx.notificationNotice.count({ where: { creatorId, showInApp: true, readAt: null } });
}

/** Marks one notice read (NOT_FOUND when it is not the creator's). */
export async function markNoticeRead(creatorId: string, noticeId: string, tx: Tx = prisma): Promise<NoticeRecord> {
  await tx.notificationNotice.updateMany({
    where: { id: noticeId, creatorId, readAt: null },
    data: { readAt: new Date() },
  });
  const row = await tx.notificationNotice.findFirst({ where: { id: noticeId, creatorId }, select: noticeSelect });
  if (!row) throw notFoundError("Notice");
  return toNotice(row);
}

export async function markAllNoticesRead(creatorId: string, tx: Tx = prisma): Promise<number> {
  const { count } = await tx.notificationNotice.updateMany({
    where: { creatorId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

const deliverySelect = {
  id: true,
  channel: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  message: true,
  notice: { select: { id: true, title: true, link: true } },
} as const;

/** The delivery log, newest first; `channel` keeps one channel (the outbox page lists e-mail). */
export async function listDeliveries(
  creatorId: string,
  options: { page?: number; channel?: Exclude<Channel, "in_app"> } = {},
  tx: Tx = prisma,
): Promise<{ items: DeliveryRecord[]; total: number }> {
  const where = { creatorId, ...(options.channel ? { channel: options.channel } : {}) };
  const [items, total] = await Promise.all([
    tx.notificationDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, options.page ?? 1) - 1) * NOTICES_PER_PAGE,
      take: NOTICES_PER_PAGE,
      select: deliverySelect,
    }),
    tx.notificationDelivery.count({ where }),
  ]);
  return { items, total };
}
