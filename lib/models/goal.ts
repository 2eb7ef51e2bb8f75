// A custom goal of an account, and where it stands (the goals page).
import type { Day } from "@/lib/time/days";
import type { GoalStanding } from "@/lib/milestones";
import type { GoalMetric } from "@/lib/validation/goals";

export interface GoalRecord {
  id: string;
  accountId: string;
  metric: GoalMetric;
  videoId: string | null;
  videoTitle: string | null;
  threshold: number;
  targetDay: Day | null;
  label: string | null;
}

/** A goal with its progress, status and crossing on the account's day. */
export interface GoalProgress extends GoalStanding {
  goal: GoalRecord;
  /** The goal's video as the pages name it (title, else URL or id); null for an account goal. */
  videoLabel: string | null;
}
