// An event of an account's milestone timeline: a crossing (of a threshold or a goal) or an eligibility change.
import type { Day } from "@/lib/time/days";
import type { SubjectType, TimelineCategory } from "@/lib/milestones";
import type { GoalMetric } from "@/lib/validation/goals";

export interface TimelineItem {
  id: string;
  kind: "crossed" | "gained" | "lost";
  day: Day;
  ruleKey: string; // a catalog key (findRule gives its title, meaning and source); "goal" for goals
  category: TimelineCategory;
  subject: { type: SubjectType; id: string; label: string | null }; // a video's title (else URL or id); a goal's label
  value: number | null; // the reading that crossed; null for eligibility changes
  reachedBy: boolean; // the reading before was more than a day older: "reached by" this day
  goal: { metric: GoalMetric; threshold: number; targetDay: Day | null; videoId: string | null } | null;
}
