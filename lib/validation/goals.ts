// Inputs for custom goals: a threshold on a metric (one video's views need the video), optionally by a day.
// Whether the video belongs to the account is the service's check; the target day may lie in the future.
import { z } from "zod";
import { MAX_COUNT, idSchema, optionalDaySchema } from "./common";

export const GOAL_METRICS = ["account.followers", "account.views", "account.views30", "video.views"] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];
export const GOAL_METRIC_LABELS: Record<GoalMetric, string> = {
  "account.followers": "Followers",
  "account.views": "Total views",
  "account.views30": "Views in the last 30 days",
  "video.views": "One video's views",
};

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const toNumber = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(/[,_\s]/g, ""))) : v);

const thresholdSchema = z.preprocess(
  toNumber,
  z
    .number({ error: (issue) => (issue.input === undefined ? "Enter the number to reach." : "Enter a whole number, like 10000.") })
    .int("Enter a whole number, without decimals.")
    .min(1, "A goal is at least 1.")
    .max(MAX_COUNT, "That number is too large (at most 9,000,000,000,000,000)."),
);

const goalFields = z.object({
  accountId: idSchema,
  metric: z.enum(GOAL_METRICS, { error: "Choose what the goal counts." }),
  videoId: z.preprocess(blankToUndefined, idSchema.optional()),
  threshold: thresholdSchema,
  targetDay: optionalDaySchema,
  label: z.preprocess(blankToUndefined, z.string().max(100, "Keep the label under 100 characters.").optional()),
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
