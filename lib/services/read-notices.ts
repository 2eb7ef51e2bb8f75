// The in-app notices as the creator reads them: the bell's count, the paged list, marking read, and opening a
// notice (which marks it read and leads to its timeline event). Scoped by the creator; another creator's notice is NOT_FOUND.
import { prisma } from "@/lib/db/client";
import {
  countUnreadNotices,
  listNotices,
  markAllNoticesRead,
  markNoticeRead,
  NOTICES_PER_PAGE,
  type NoticeRecord,
} from "@/lib/db/notifications";

export interface NoticesPage {
  items: NoticeRecord[];
  total: number;
  unread: number;
  /** The page shown (1 is the newest), at most `pages`. */
  page: number;
  /** At least 1, even with no notices. */
  pages: number;
}

/** One page of the list, newest first; a page past the end shows the last page. */
export async function getNoticesPage(creatorId: string, page = 1): Promise<NoticesPage> {
  const wanted = Number.isInteger(page) && page > 1 ? page : 1;
  const first = await listNotices(creatorId, wanted);
  const pages = Math.max(1, Math.ceil(first.total / NOTICES_PER_PAGE));
  if (wanted <= pages) return { ...first, page: wanted, pages };
  return { ...(await listNotices(creatorId, pages)), page: pages, pages };
}

export function getUnreadCount(creatorId: string): Promise<number> {
  return countUnreadNotices(creatorId);
}

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
