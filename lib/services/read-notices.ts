// What reading the in-app notices changes: marking read, and opening a notice (which marks it read and leads to its
// timeline event). The count and the list are reads (lib/queries/notices.ts). Scoped by the creator; another creator's
// notice is NOT_FOUND.
import { prisma } from "@/lib/db/client";
import { markAllNoticesRead, markNoticeRead } from "@/lib/db/notifications";
import type { NoticeRecord } from "@/lib/models/notice";

/** Marks one notice read (NOT_FOUND when it is not the creator's); marking a read notice again changes nothing. */
export function markRead(creatorId: string, noticeId: string): Promise<NoticeRecord> {
  return prisma.$transaction((tx) => markNoticeRead(creatorId, noticeId, tx));
}

/** Marks every unread notice of the creator read; returns how many were unread. */
export function markAllRead(creatorId: string): Promise<number> {
  return markAllNoticesRead(creatorId);
}

/** A notice's link is a path of this app; anything else leads to the list instead. */
function safeLink(link: string): string {
  return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : "/notifications";
}

/** Opening a notice marks it read and gives the path to go to: its timeline event. */
export async function openNotice(creatorId: string, noticeId: string): Promise<string> {
  const notice = await markRead(creatorId, noticeId);
  return safeLink(notice.link);
}
