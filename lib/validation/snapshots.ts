// Inputs for readings (snapshots). Counts are whole numbers 0..9e15; days are "YYYY-MM-DD".
// "Not in the future" depends on the account's time zone, so the services apply futureDayError
// with the account at hand; date inputs carry the same limit as their `max`.
import { z } from "zod";
import { dayIn, formatDay, type Day } from "@/lib/time/days";
import { countSchema, daySchema, idSchema, optionalCountSchema } from "./common";

/** The error for a day after today in `timeZone`, or undefined when the day has begun there. */
export function futureDayError(day: Day, timeZone: string, now: Date): string | undefined {
  const today = dayIn(timeZone, now);
  return day > today ? `${formatDay(day)} has not come yet in ${timeZone} (today is ${formatDay(today)}).` : undefined;
}

/** The error for a video reading dated before the video was posted. */
export function beforePostedError(day: Day, postedOn: Day | null): string | undefined {
  return postedOn && day < postedOn
    ? `This video was posted on ${formatDay(postedOn)}; a reading cannot be older.`
    : undefined;
}

const accountFigures = {
  videoViews: optionalCountSchema,
  profileViews: optionalCountSchema,
  likes: optionalCountSchema,
  comments: optionalCountSchema,
  shares: optionalCountSchema,
};

export const accountSnapshotUpdateSchema = z.object({
  accountId: idSchema,
  snapshotId: idSchema,
  day: daySchema,
  followers: countSchema,
  ...accountFigures,
});
export type AccountSnapshotUpdateInput = z.output<typeof accountSnapshotUpdateSchema>;
export type AccountFigures = Omit<AccountSnapshotUpdateInput, "accountId" | "snapshotId" | "day">;

export const accountSnapshotRefSchema = z.object({ accountId: idSchema, snapshotId: idSchema });
export type AccountSnapshotRef = z.output<typeof accountSnapshotRefSchema>;

export const videoReadingSchema = z.object({
  accountId: idSchema,
  videoId: idSchema,
  day: daySchema,
  views: countSchema,
  likes: optionalCountSchema,
  comments: optionalCountSchema,
  shares: optionalCountSchema,
  saves: optionalCountSchema,
});
export type VideoReadingInput = z.output<typeof videoReadingSchema>;
export type VideoFigures = Omit<VideoReadingInput, "accountId" | "videoId" | "day">;

export const videoReadingUpdateSchema = videoReadingSchema.extend({ snapshotId: idSchema });
export type VideoReadingUpdateInput = z.output<typeof videoReadingUpdateSchema>;

export const videoSnapshotRefSchema = z.object({ accountId: idSchema, videoId: idSchema, snapshotId: idSchema });
export type VideoSnapshotRef = z.output<typeof videoSnapshotRefSchema>;

/**
 * The "record today" form: one day, the account's figures, and one views input per video
 * ("videos.3.views"). Empty video inputs are skipped; followers may stay empty when only videos are recorded.
 */
export const recordDaySchema = z
  .object({
    accountId: idSchema,
    day: daySchema,
    followers: optionalCountSchema,
    ...accountFigures,
    videos: z.array(z.object({ videoId: idSchema, views: optionalCountSchema })).default([]),
  })
  .superRefine((input, ctx) => {
    const hasFigures = Object.keys(accountFigures).some(
      (key) => input[key as keyof typeof accountFigures] !== undefined,
    );
    if (input.followers !== undefined) return;
    if (hasFigures) {
      ctx.addIssue({
        code: "custom",
        path: ["followers"],
        message: "Enter followers to record the account's figures for the day.",
      });
    } else if (!input.videos.some((video) => video.views !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["followers"], message: "Enter followers or at least one video's views." });
    }
  });
export type RecordDayInput = z.output<typeof recordDaySchema>;
