// The creator's notification switches, webhook and e-mail address (Settings → Notifications).
import * as settings from "@/lib/db/notification-settings";
import type { NotificationSettings } from "@/lib/models/notification-settings";

export function getNotificationSettings(creatorId: string): Promise<NotificationSettings> {
  return settings.getNotificationSettings(creatorId);
}
