// A goal's progress and status, from the series lib/db/milestones gathers. `today` comes from the page.
import type { Day } from "@/lib/time/days";
import type { GoalRecord } from "@/lib/db/goals";
import type { NextUpInputs } from "@/lib/db/milestones";
import {
  goalNextUp,
  goalStatus,
  type Crossing,
  type GoalStatus,
  type NextUp,
  type SeriesPoint,
} from "@/lib/milestones";
import { goalTitle, unitOf, type Unit } from "@/lib/format/describe-milestones";

export interface GoalRow {
  goal: GoalRecord;
  title: string; // "2,000 followers"
  unit: Unit;
  videoLabel: string | null;
  nextUp: NextUp;
  status: GoalStatus;
  crossing: Crossing | null;
}

function seriesOf(goal: GoalRecord, inputs: NextUpInputs): SeriesPoint[] {
  switch (goal.metric) {
    case "account.followers":
      return inputs.series.followers;
    case "account.views":
      return inputs.series.total;
    case "account.views30":
      return inputs.series.trailing30;
    case "video.views":
      return (inputs.videos.find((v) => v.id === goal.videoId)?.readings ?? []).map((r) => ({
        day: r.day,
        value: r.views,
      }));
  }
}

export function goalRows(
  goals: GoalRecord[],
  inputs: NextUpInputs,
  videoLabels: ReadonlyMap<string, string>,
  today: Day,
): GoalRow[] {
  return goals.map((goal) => {
    const videoLabel = goal.videoId ? (videoLabels.get(goal.videoId) ?? goal.videoTitle) : null;
    const nextUp = goalNextUp(goal, seriesOf(goal, inputs), today);
    const crossing = inputs.goalCrossings.find((c) => c.subjectId === goal.id) ?? null;
    return {
      goal,
      title: goalTitle(goal.metric, goal.threshold, videoLabel),
      unit: unitOf(goal.metric),
      videoLabel,
      nextUp,
      status: goalStatus(goal, crossing, nextUp, today),
      crossing,
    };
  });
}
