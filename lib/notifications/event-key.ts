// One notice per milestone event: the key a notice is unique by (per creator), and the timeline anchor it links to.
import type { Crossing, StateChange } from "@/lib/milestones";

/** A crossing happens once per (rule, subject); an eligibility change once per (rule, kind, day). */
export function crossingKey(crossing: Pick<Crossing, "ruleKey" | "subjectType" | "subjectId">): string {
  return `crossed:${crossing.ruleKey}:${crossing.subjectType}:${crossing.subjectId}`;
}

export function stateChangeKey(change: StateChange): string {
  return `${change.kind}:${change.ruleKey}:${change.day}`;
}

/** The key of an event as the timeline lists it (a crossing, or an eligibility gained or lost). */
export function timelineEventKey(item: {
  kind: "crossed" | "gained" | "lost";
  ruleKey: string;
  day: string;
  subject: { type: Crossing["subjectType"]; id: string };
}): string {
  return item.kind === "crossed"
    ? crossingKey({ ruleKey: item.ruleKey, subjectType: item.subject.type, subjectId: item.subject.id })
    : stateChangeKey({ ruleKey: item.ruleKey, kind: item.kind, day: item.day });
}

/** The id of the event's item on the timeline page ("#event-crossed-account-followers-1k-account-…"). */
export function eventAnchor(eventKey: string): string {
  return `event-${eventKey.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}
