// How milestones read for people (pages, e-mails, webhooks): the sentence of a timeline item, the unit of its reading, a goal's name,
// a projection, a source's date. Pure functions over the catalog and plain timeline items.
import { formatDay, isDay, type Day } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { TimelineItem } from "@/lib/models/timeline";
import type { Projection, Rule, StateRule } from "@/lib/milestones";
import type { GoalMetric } from "@/lib/validation/goals";

export type Unit = "views" | "followers";

/** "video.views" → views, "account.followers" → followers (goals and catalog metrics alike). */
export function unitOf(metric: string): Unit {
  return metric === "account.followers" ? "followers" : "views";
}

/** "2,000 followers", "5,000 total views", "5,000 views in the last 30 days", "5,000 views on “Morning routine”". */
export function goalTitle(metric: GoalMetric, threshold: number, videoLabel: string | null): string {
  const n = formatCount(threshold);
  switch (metric) {
    case "account.followers":
      return `${n} followers`;
    case "account.views":
      return `${n} total views`;
    case "account.views30":
      return `${n} views in the last 30 days`;
    case "video.views":
      return videoLabel ? `${n} views on “${videoLabel}”` : `${n} views on a video`;
  }
}

/** What was crossed, as a sentence. `rule` is the catalog's (undefined for goals and retired keys). */
export function itemSentence(
  item: TimelineItem,
  rule: Rule | undefined,
  videoLabels: ReadonlyMap<string, string>,
): string {
  if (item.goal) {
    const title = goalTitle(
      item.goal.metric,
      item.goal.threshold,
      item.goal.videoId ? (videoLabels.get(item.goal.videoId) ?? null) : null,
    );
    return `Goal reached: ${title}${item.subject.label ? ` (“${item.subject.label}”)` : ""}`;
  }
  if (!rule) return `Milestone ${item.ruleKey}`;
  if (rule.type === "state")
    return item.kind === "lost" ? `No longer eligible for ${rule.title}` : `Eligible for ${rule.title}`;
  const n = formatCount(rule.threshold);
  if (rule.key === "unlock.analytics") return `Your first video reached ${n} views: detailed analytics unlocked`;
  if (rule.key === "ready.brand_deals") return `You reached ${n} followers: ready for brand deals`;
  switch (rule.metric) {
    case "video.views":
    case "video.views.max":
      return `Your video “${item.subject.label ?? "Untitled"}” reached ${n} views`;
    case "account.followers":
      return `You reached ${n} followers`;
    case "account.views":
      return `Your account reached ${n} views`;
    case "account.views30":
      return `Your account reached ${n} views in 30 days`;
  }
}

/** "Reading: 1,250 views" — the reading that crossed; null for eligibility changes. */
export function readingText(item: TimelineItem, rule: Rule | undefined): string | null {
  if (item.value === null) return null;
  const metric = item.goal?.metric ?? (rule?.type === "threshold" ? rule.metric : "video.views");
  return `Reading: ${formatCount(item.value)} ${unitOf(metric)}`;
}

/** A goal's reached item says how it went against its target day. */
export function goalMeaning(item: TimelineItem): string {
  const target = item.goal?.targetDay;
  if (!target) return "A goal you set yourself.";
  return item.day <= target
    ? `Reached on time: the target date was ${formatDay(target)}.`
    : `Reached after the target date, ${formatDay(target)}.`;
}

/** "Requires 18 or older, 1,000 followers and 10,000 views in the last 30 days." */
export function requirementText(rule: StateRule): string {
  const parts = [
    ...(rule.requiresAdult ? ["18 or older"] : []),
    ...rule.conditions.map(
      (c) =>
        `${formatCount(c.atLeast)} ${c.metric === "account.followers" ? "followers" : "views in the last 30 days"}`,
    ),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  return `Requires ${list}.`;
}

export interface EligibilityPeriod {
  gained: Day | null;
  lost: Day | null;
}

/**
 * The period each eligibility change belongs to: a gain pairs with the next loss of the same rule, a loss
 * with the gain before it. Keyed by item id.
 */
export function eligibilityPeriods(items: readonly TimelineItem[]): Map<string, EligibilityPeriod> {
  const periods = new Map<string, EligibilityPeriod>();
  const changes = items
    .filter((i) => i.kind !== "crossed")
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const open = new Map<string, { id: string; period: EligibilityPeriod }>();
  for (const change of changes) {
    if (change.kind === "gained") {
      const period = { gained: change.day, lost: null };
      open.set(change.ruleKey, { id: change.id, period });
      periods.set(change.id, period);
    } else {
      const current = open.get(change.ruleKey);
      open.delete(change.ruleKey);
      if (current) current.period.lost = change.day;
      periods.set(change.id, current?.period ?? { gained: null, lost: change.day });
    }
  }
  return periods;
}

/** "Gained on Nov 20, 2026 · lost on Dec 3, 2026" / "Gained on Nov 20, 2026 · still eligible". */
export function periodText(kind: "gained" | "lost", period: EligibilityPeriod): string {
  const gained = period.gained ? `gained on ${formatDay(period.gained)}` : null;
  const lost = period.lost ? `lost on ${formatDay(period.lost)}` : null;
  const parts = kind === "gained" ? [gained, lost ?? "still eligible"] : [lost, gained];
  const text = parts.filter(Boolean).join(" · ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTH = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long" });

/** A source's date: "2022-11-23" → "Nov 23, 2022", "2024-05" → "May 2024", "2023" stays. */
export function sourceDate(date: string): string {
  if (isDay(date)) return formatDay(date);
  if (/^\d{4}-\d{2}$/.test(date)) return MONTH.format(new Date(`${date}-01T00:00:00Z`));
  return date;
}

/** "Around Dec 12, 2026 at the 7-day pace", "Not growing right now" … */
export function projectionText(projection: Projection): string {
  if ("day" in projection) return `Around ${formatDay(projection.day)} at the ${projection.basis} pace`;
  switch (projection.reason) {
    case "not enough data":
      return "Not enough data yet — record at least 3 readings in a week";
    case "not growing":
      return "Not growing right now";
    case "reached":
      return "Reached";
    case "too far":
      return "More than ten years away at the current pace";
  }
}

/** Whole percent, rounded down, so 99.9% never shows as 100% (the epsilon keeps 0.29 at 29, not 28.999…). */
export function percent(progress: number): number {
  return Math.floor(Math.min(1, Math.max(0, progress)) * 100 + 1e-9);
}
