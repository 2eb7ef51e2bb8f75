// Notices for the milestone events a write recorded, in that write's transaction (docs/domain.md "Notifications"):
// an event from a reading of a recent day (today or yesterday in the account's time zone) gets a notice in the app
// and a delivery per other channel the creator has on, each enqueued for the worker. Older events (backfill) are
// recorded quietly; an import records them quietly and sums them up in one notice (recordImportSummary).
import { requireAccount } from "@/lib/db/accounts";
import type { Tx } from "@/lib/db/client";
import { getTimeline } from "@/lib/db/milestones";
import type { TimelineItem } from "@/lib/models/timeline";
import type { NotificationSettings } from "@/lib/models/notification-settings";
import { getNotificationSettings } from "@/lib/db/notification-settings";
import { insertDeliveries, insertNotices, type NewNotice } from "@/lib/db/notifications";
import { addDays, dayIn, formatDay, type Day } from "@/lib/time/days";
import { goalMeaning, itemSentence, readingText, requirementText } from "@/lib/format/describe-milestones";
import { findRule, type Crossing, type RuleSetKey, type StateChange } from "@/lib/milestones";
import { channelEnabled } from "@/lib/notifications/categories";
import { crossingKey, eventAnchor, stateChangeKey, timelineEventKey } from "@/lib/notifications/event-key";
import { enqueueDeliveries } from "@/lib/notifications/queue";

export interface MilestoneEvents {
  crossings: Crossing[];
  stateChanges: StateChange[];
}

/** Whether an event day counts as recent: today or yesterday in the account's zone (or later, for safety). */
export function isRecentDay(day: Day, timeZone: string, now: Date): boolean {
  return day >= addDays(dayIn(timeZone, now), -1);
}

function noticeOf(
  item: TimelineItem,
  eventKey: string,
  account: { id: string; handle: string; ruleSet: RuleSetKey },
): Omit<NewNotice, "showInApp"> {
  const rule = item.goal ? undefined : findRule(account.ruleSet, item.ruleKey);
  const reading = readingText(item, rule);
  // A lost eligibility says what it takes to get it back, not what it gave.
  const meaning = item.goal
    ? goalMeaning(item)
    : item.kind === "lost" && rule?.type === "state"
      ? requirementText(rule)
      : (rule?.meaning ?? "");
  const when =
    item.kind === "crossed"
      ? `${item.reachedBy ? "Reached by" : "Reached on"} ${formatDay(item.day)}`
      : `${item.kind === "gained" ? "Since" : "On"} ${formatDay(item.day)}`;
  return {
    accountId: account.id,
    kind: "milestone",
    eventKey,
    category: item.goal ? "goal" : (rule?.category ?? "views"),
    ruleKey: item.ruleKey,
    day: item.day,
    title: `@${account.handle}: ${itemSentence(item, rule, new Map())}`,
    body: [`${when}${reading ? ` (${reading.replace(/^Reading: /, "")})` : ""}.`, meaning].filter(Boolean).join(" "),
    link: `/accounts/${account.id}/timeline#${eventAnchor(eventKey)}`,
  };
}

/** Writes the notices (and their deliveries and jobs) of a new event list; returns the notices written. */
export async function writeNotices(
  tx: Tx,
  creatorId: string,
  notices: readonly Omit<NewNotice, "showInApp">[],
  settings?: Pick<NotificationSettings, "preferences" | "webhook">,
): Promise<string[]> {
  if (!notices.length) return [];
  const { preferences, webhook } = settings ?? (await getNotificationSettings(creatorId, tx));
  const written = await insertNotices(
    creatorId,
    notices.map((n) => ({
      ...n,
      showInApp: n.kind === "delivery_failed" || channelEnabled(preferences, "in_app", n.category ?? ""),
    })),
    tx,
  );
  const byKey = new Map(notices.map((n) => [n.eventKey, n]));
  const deliveries: string[] = [];
  for (const { id, eventKey } of written) {
    const notice = byKey.get(eventKey)!;
    if (notice.kind === "delivery_failed") continue; // told in the app only, never by the channel that failed
    const category = notice.category ?? "";
    const channels = [
      ...(channelEnabled(preferences, "email", category) ? (["email"] as const) : []),
      ...(webhook && channelEnabled(preferences, "webhook", category) ? (["webhook"] as const) : []),
    ];
    deliveries.push(...(await insertDeliveries(creatorId, id, channels, tx)));
  }
  await enqueueDeliveries(tx, deliveries);
  return written.map((w) => w.id);
}

/** The notices of a write's new events; `quiet` (an import) records none. */
export async function recordMilestoneNotices(
  tx: Tx,
  creatorId: string,
  accountId: string,
  events: MilestoneEvents,
  options: { now: Date; quiet?: boolean; quietReachedBy?: boolean },
): Promise<string[]> {
  if (options.quiet || (!events.crossings.length && !events.stateChanges.length)) return [];
  const account = await requireAccount(creatorId, accountId, tx);
  const recent = (day: Day) => isRecentDay(day, account.timeZone, options.now);
  const keys = [
    ...events.crossings.filter((c) => recent(c.day) && !(options.quietReachedBy && c.reachedBy)).map(crossingKey),
    ...events.stateChanges.filter((s) => recent(s.day)).map(stateChangeKey),
  ];
  if (!keys.length) return [];
  const items = new Map(
    (await getTimeline(creatorId, accountId, {}, tx)).map((item) => [timelineEventKey(item), item]),
  );
  const notices = keys.flatMap((key) => {
    const item = items.get(key);
    return item ? [noticeOf(item, key, account)] : [];
  });
  return writeNotices(tx, creatorId, notices);
}

/** One notice for everything an import found (`importId` makes it one per import). */
export async function recordImportSummary(
  tx: Tx,
  creatorId: string,
  accountId: string,
  importId: string,
  events: MilestoneEvents,
): Promise<string[]> {
  const count = events.crossings.length + events.stateChanges.length;
  if (!count) return [];
  const account = await requireAccount(creatorId, accountId, tx);
  return writeNotices(tx, creatorId, [
    {
      accountId,
      kind: "import_summary",
      eventKey: `import:${importId}`,
      category: "import",
      ruleKey: null,
      day: null,
      title: `@${account.handle}: your import found ${count} milestone${count === 1 ? "" : "s"}`,
      body: `${events.crossings.length} crossing${events.crossings.length === 1 ? "" : "s"} and ${events.stateChanges.length} eligibility change${events.stateChanges.length === 1 ? "" : "s"} were recorded from your history, without a notice each.`,
      link: `/accounts/${accountId}/timeline`,
    },
  ]);
}

/**
 * One notice for the crossings a collection found already past when it first read a video or the account ("reached
 * by": a first reading, or one after a gap), instead of one notice each: a first collection of an account with a
 * hundred videos is one notice, not three hundred. `key` makes it one per run.
 */
export async function recordReachedBySummary(
  tx: Tx,
  creatorId: string,
  accountId: string,
  key: string,
  events: MilestoneEvents,
): Promise<string[]> {
  const found = events.crossings.filter((c) => c.reachedBy);
  if (!found.length) return [];
  const account = await requireAccount(creatorId, accountId, tx);
  const videos = new Set(found.filter((c) => c.subjectType === "video").map((c) => c.subjectId)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return writeNotices(tx, creatorId, [
    {
      accountId,
      kind: "connection",
      eventKey: `reached-by:${key}`,
      category: "connection",
      ruleKey: null,
      day: null,
      title: `@${account.handle}: ${plural(found.length, "milestone")} already reached when Milepost first read ${videos ? plural(videos, "video") : "the account"}`,
      body: `Collecting found ${plural(found.length, "milestone")} already past at the first reading (after a gap, or of a video new to Milepost); they are on the timeline as "reached by", without a notice each.`,
      link: `/accounts/${accountId}/timeline`,
    },
  ]);
}

/**
 * In-app notices for the account's `count` latest events, without e-mail or webhook (the sample account: so a newcomer
 * sees what a notice looks like). Marked "Sample" in the title.
 */
export async function recordLatestNoticesInApp(
  tx: Tx,
  creatorId: string,
  accountId: string,
  count: number,
): Promise<string[]> {
  const account = await requireAccount(creatorId, accountId, tx);
  const latest = (await getTimeline(creatorId, accountId, {}, tx)).slice(0, count);
  const notices = latest.map((item) => {
    const notice = noticeOf(item, timelineEventKey(item), account);
    return { ...notice, title: `Sample — ${notice.title}`, showInApp: true };
  });
  const written = await insertNotices(creatorId, notices.reverse(), tx);
  return written.map((w) => w.id);
}
