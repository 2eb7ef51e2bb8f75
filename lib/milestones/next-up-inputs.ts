// Every "next up" the pages show, from the series an account's readings make: the account's three series, each
// video's views, and each goal's series with its status. `today` is the account's calendar day, passed in.
import type { Day } from "@/lib/time/days";
import { goalNextUp, goalStatus, nextUpForMetric, videoNextUp, type GoalStatus, type NextUp } from "./next-up";
import type { AccountSeries } from "./series";
import type { Crossing, GoalInput, RuleSetKey, SeriesPoint } from "./types";

export interface NextUpVideo {
  id: string;
  label: string;
  postedOn: Day | null;
  /** The readings of the NEXT_UP_SPAN_DAYS days up to the video's latest one, ascending. */
  readings: { day: Day; views: number }[];
}

/** What next up and goal status need about one account (the persistence layer gathers it). */
export interface NextUpInputs {
  ruleSet: RuleSetKey;
  /** Followers, cumulative views and trailing-30-day views on the account's real reading days, ascending. */
  series: AccountSeries;
  videos: NextUpVideo[];
  /** The crossings of the account's goals (goalStatus takes a goal's crossing or null). */
  goalCrossings: Crossing[];
}

export interface VideoNextUp {
  id: string;
  label: string;
  nextUp: NextUp;
}

export interface AccountNextUp {
  followers: NextUp;
  views: NextUp;
  views30: NextUp;
  /** One per video among the inputs, in their order. */
  videos: VideoNextUp[];
}

export function accountNextUps(inputs: NextUpInputs, today: Day): AccountNextUp {
  const { ruleSet, series } = inputs;
  return {
    followers: nextUpForMetric("account.followers", series.followers, ruleSet, today),
    views: nextUpForMetric("account.views", series.total, ruleSet, today),
    views30: nextUpForMetric("account.views30", series.trailing30, ruleSet, today),
    videos: inputs.videos.map((video) => ({
      id: video.id,
      label: video.label,
      nextUp: videoNextUp(ruleSet, video, today),
    })),
  };
}

/** Next up of one of the account's videos; null when the video is not among the inputs. */
export function videoNextUpOf(inputs: NextUpInputs, videoId: string, today: Day): NextUp | null {
  const video = inputs.videos.find((v) => v.id === videoId);
  return video ? videoNextUp(inputs.ruleSet, video, today) : null;
}

/** The readings a goal counts: its metric's series, or its video's own readings for video.views. */
function goalReadings(goal: Pick<GoalInput, "metric" | "videoId">, inputs: NextUpInputs): SeriesPoint[] {
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

export interface GoalStanding {
  nextUp: NextUp;
  status: GoalStatus;
  crossing: Crossing | null;
}

/** Where a goal stands on `today`: progress and projection toward it, its status, and its crossing if it has one. */
export function goalStanding(goal: GoalInput, inputs: NextUpInputs, today: Day): GoalStanding {
  const nextUp = goalNextUp(goal, goalReadings(goal, inputs), today);
  const crossing = inputs.goalCrossings.find((c) => c.subjectId === goal.id) ?? null;
  return { nextUp, status: goalStatus(goal, crossing, nextUp, today), crossing };
}
