// What a creator can switch on and off, per channel: milestone categories (the catalog's), the import summary,
// and (in the app only, always on) deliveries that gave up.
export const CHANNELS = ["in_app", "email", "webhook"] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { in_app: "In the app", email: "E-mail", webhook: "Webhook" };

export const NOTICE_CATEGORIES = [
  "views",
  "followers",
  "eligibility",
  "unlock",
  "goal",
  "import",
  "connection",
] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<NoticeCategory, string> = {
  views: "View milestones",
  followers: "Follower milestones",
  eligibility: "Eligibility (LIVE, Creator Fund …)",
  unlock: "Unlocks (analytics, brand deals)",
  goal: "Your goals",
  import: "Import summaries",
  connection: "Connected accounts (reconnect, failing collection)",
};

export type Preferences = ReadonlyMap<string, boolean>; // `${channel}:${category}` → enabled

/** In-app and e-mail are on unless turned off; a webhook is on for everything once it is set up. */
export function channelEnabled(preferences: Preferences, channel: Channel, category: string): boolean {
  return preferences.get(`${channel}:${category}`) ?? true;
}
