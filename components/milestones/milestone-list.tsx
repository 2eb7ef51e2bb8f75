// Milestone events, newest first: what was crossed, when, the reading that crossed it and what it means.
// Eligibility changes show their period and the rule's source next to them (docs/domain.md "Rule sets").
import { formatDay } from "@/lib/time/days";
import type { TimelineItem } from "@/lib/models/timeline";
import { findRule, type Rule, type RuleSetKey } from "@/lib/milestones";
import { eventAnchor, timelineEventKey } from "@/lib/notifications/event-key";
import {
  eligibilityPeriods,
  goalMeaning,
  itemSentence,
  periodText,
  readingText,
  requirementText,
  sourceDate,
  type EligibilityPeriod,
} from "@/lib/format/describe-milestones";

export interface MilestoneListProps {
  items: TimelineItem[];
  ruleSet: RuleSetKey;
  /** Video id → how the video is named, for goals on a video. */
  videoLabels: ReadonlyMap<string, string>;
  empty: string;
}

export function MilestoneList({ items, ruleSet, videoLabels, empty }: MilestoneListProps) {
  if (!items.length) return <p className="text-sm text-slate-700">{empty}</p>;
  const periods = eligibilityPeriods(items);
  return (
    <ol aria-label="Milestones" className="divide-y divide-slate-100">
      {items.map((item) => (
        <MilestoneItem
          key={`${item.kind}-${item.id}`}
          item={item}
          rule={findRule(ruleSet, item.ruleKey)}
          videoLabels={videoLabels}
          period={periods.get(item.id)}
        />
      ))}
    </ol>
  );
}

/** The item's id: a notice's link ends in "#" and this, so opening the notice scrolls to its event. */
function anchorOf(item: TimelineItem): string {
  return eventAnchor(timelineEventKey(item));
}

function MilestoneItem({
  item,
  rule,
  videoLabels,
  period,
}: {
  item: TimelineItem;
  rule: Rule | undefined;
  videoLabels: ReadonlyMap<string, string>;
  period?: EligibilityPeriod;
}) {
  const reading = readingText(item, rule);
  // A lost state's meaning would say what no longer holds; its requirements say what to get back to.
  const meaning = item.goal ? goalMeaning(item) : item.kind === "lost" ? null : rule?.meaning;
  return (
    <li
      id={anchorOf(item)}
      className="flex scroll-mt-20 flex-col gap-1 py-4 first:pt-0 last:pb-0 sm:flex-row sm:gap-6 target:rounded-md target:bg-amber-50 target:outline-2 target:outline-offset-4 target:outline-amber-400"
    >
      <time dateTime={item.day} className="shrink-0 text-sm font-medium text-slate-700 sm:w-28 sm:pt-0.5">
        {formatDay(item.day)}
      </time>
      <div className="min-w-0 space-y-1">
        <p className="break-words font-semibold text-slate-900">{itemSentence(item, rule, videoLabels)}</p>
        {reading ? <p className="text-sm text-slate-800">{reading}</p> : null}
        {item.kind !== "crossed" && period ? (
          <p className="text-sm text-slate-800">{periodText(item.kind, period)}</p>
        ) : null}
        {item.reachedBy ? (
          <p className="text-sm text-slate-700">
            Reached by {formatDay(item.day)} — there is no reading of the day before
          </p>
        ) : null}
        {meaning ? <p className="text-sm text-slate-700">{meaning}</p> : null}
        {rule?.type === "state" ? <p className="text-sm text-slate-700">{requirementText(rule)}</p> : null}
        {rule?.note ? <p className="text-sm text-slate-600">{rule.note}</p> : null}
        {rule?.type === "state" ? <RuleSource rule={rule} /> : null}
      </div>
    </li>
  );
}

function RuleSource({ rule }: { rule: Rule }) {
  const { name, url, date } = rule.source;
  return (
    <p className="break-words text-xs text-slate-600">
      Source:{" "}
      {url ? (
        <a href={url} className="text-indigo-800 underline" rel="noopener noreferrer" target="_blank">
          {name}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        name
      )}
      , {sourceDate(date)}
    </p>
  );
}
