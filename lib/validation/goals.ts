// Inputs for custom goals: a threshold on a metric (one video's views need the video), optionally by a day.
// Whether the video belongs to the account, and that a new target day has not passed, are the service's checks.
import { z } from "zod";
import { dayIn, formatDay, type Day } from "@/lib/time/days";
import { idSchema, lineSchema, optionalDaySchema } from "./common";
import { formCount } from "./counts";

export const GOAL_METRICS = ["account.followers", "account.views", "account.views30", "video.views"] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];
export const GOAL_METRIC_LABELS: Record<GoalMetric, string> = {
  "account.followers": "Followers",
  "account.views": "Total views",
  "account.views30": "Views in the last 30 days",
  "video.views": "One video's views",
};

/** The error for a target day that has already passed in `timeZone` (today is fine), or undefined. */
export function pastTargetError(day: Day, timeZone: string, now: Date): string | undefined {
  const today = dayIn(timeZone, now);
  return day < today
    ? `${formatDay(day)} has already passed in ${timeZone} (today is ${formatDay(today)}): choose today or a later day.`
    : undefined;
}

const blankToUndefined = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v;
const thresholdSchema = formCount({ min: 1, belowMin: "A goal is at least 1.", missing: "Enter the number to reach." });

const goalFields = z.object({
  accountId: idSchema,
  metric: z.enum(GOAL_METRICS, { error: "Choose what the goal counts." }),
  videoId: z.preprocess(blankToUndefined, idSchema.optional()),
  threshold: thresholdSchema,
  targetDay: optionalDaySchema,
  label: z.preprocess(blankToUndefined, lineSchema.max(100, "Keep the label under 100 characters.").optional()),
});

/** A video goal names its video; other goals name none (a stray videoId is dropped). */
function videoForVideoGoals<T extends z.output<typeof goalFields>>(goal: T, ctx: z.RefinementCtx): T {
  if (goal.metric === "video.views" && !goal.videoId) {
    ctx.addIssue({ code: "custom", path: ["videoId"], message: "Choose the video this goal is for." });
  }
  return goal.metric === "video.views" ? goal : { ...goal, videoId: undefined };
}

export const goalSchema = goalFields.transform(videoForVideoGoals);
export type GoalInput = z.output<typeof goalSchema>;

export const goalUpdateSchema = goalFields.extend({ goalId: idSchema }).transform(videoForVideoGoals);
export type GoalUpdateInput = z.output<typeof goalUpdateSchema>;

export const goalRefSchema = z.object({ accountId: idSchema, goalId: idSchema });
export type GoalRef = z.output<typeof goalRefSchema>;
