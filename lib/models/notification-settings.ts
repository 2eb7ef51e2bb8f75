// A creator's notification switches and webhook.
import type { NoticeCategory, Preferences } from "@/lib/notifications/categories";

export interface WebhookRecord {
  url: string;
  format: "json" | "chat";
  createdAt: Date;
}

export interface NotificationSettings {
  preferences: Preferences;
  webhook: WebhookRecord | null;
  email: string;
}

/** What a signed unsubscribe link names: the creator and the kind of e-mail, with the kind's label. */
export interface UnsubscribeTarget {
  creatorId: string;
  category: NoticeCategory;
  label: string;
}
