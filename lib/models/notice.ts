// In-app notices as the creator reads them (the bell, the paged list) and their deliveries (the outbox).
import type { Day } from "@/lib/time/days";
import type { Channel } from "@/lib/notifications/categories";

export type NoticeKind = "milestone" | "import_summary" | "delivery_failed" | "test" | "connection";

export interface NoticeRecord {
  id: string;
  accountId: string | null;
  kind: NoticeKind;
  eventKey: string;
  category: string | null;
  day: Day | null;
  title: string;
  body: string;
  link: string;
  readAt: Date | null;
  createdAt: Date;
}

/** Notices (and deliveries) a page of a list shows. */
export const NOTICES_PER_PAGE = 20;

export interface NoticesPage {
  items: NoticeRecord[];
  total: number;
  unread: number;
  /** The page shown (1 is the newest), at most `pages`. */
  page: number;
  /** At least 1, even with no notices. */
  pages: number;
}

export interface DeliveryRecord {
  id: string;
  channel: Exclude<Channel, "in_app">;
  status: "pending" | "sending" | "delivered" | "kept" | "failed" | "skipped";
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
  notice: { id: string; title: string; link: string };
  message: unknown;
}
