// The REST API's inputs and outputs as zod schemas, used by the operations (operations.ts): routes validate their input
// with them and every answer is checked against its output schema before it is sent; openapi.ts turns the same
// schemas into the OpenAPI document (z.toJSONSchema), so the document cannot drift from what the routes do.
// Inputs reuse the forms' schemas from lib/validation: the same messages and limits however a reading arrives.
import { z } from "zod";
import { API_ERROR_CODES } from "@/lib/http/errors";
import { isDay } from "@/lib/time/days";
import { PLATFORMS, RULE_SETS, accountSchema, handleSchema } from "@/lib/validation/accounts";
import { idSchema, lineSchema, optionalDaySchema, timeZoneSchema } from "@/lib/validation/common";
import { jsonCountSchema, optionalJsonCountSchema } from "@/lib/validation/counts";
import { accountSnapshotUpdateSchema, videoReadingSchema } from "@/lib/validation/snapshots";
import { videoDataSchema } from "@/lib/validation/videos";
import { READING_SOURCES } from "@/lib/models/readings";

/** Readings one PUT /snapshots may carry, account and video readings together. */
export const MAX_BATCH_ITEMS = 1000;

// ---- inputs -------------------------------------------------------------------------------------------------------

export const accountCreateBody = accountSchema.meta({
  id: "AccountCreate",
  description: "A TikTok account to track. The handle may be given as @name or as the profile URL.",
});

/** PATCH changes only the fields sent. */
export const accountPatchBody = z
  .object({
    handle: handleSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    ruleSet: z.enum(RULE_SETS, { error: "Choose a rule set." }).optional(),
  })
  .meta({ id: "AccountPatch" });

export const videoCreateBody = videoDataSchema.meta({
  id: "VideoCreate",
  description: "A video of the account: its URL or its platform id (at least one).",
});

// Counts in JSON are integers or strings of digits (the forms' "12,400" is not JSON's business).
export const accountReadingInput = accountSnapshotUpdateSchema
  .omit({ accountId: true, snapshotId: true })
  .extend({
    followers: jsonCountSchema,
    videoViews: optionalJsonCountSchema,
    profileViews: optionalJsonCountSchema,
    likes: optionalJsonCountSchema,
    comments: optionalJsonCountSchema,
    shares: optionalJsonCountSchema,
  })
  .meta({ id: "AccountReadingInput" });

export const videoReadingInput = videoReadingSchema
  .omit({ accountId: true, videoId: true })
  .extend({
    videoId: idSchema.optional().describe("Milepost's id of the video (from GET /videos)."),
    url: lineSchema
      .max(2000, "That URL is too long.")
      .optional()
      .describe("The video's URL, instead of its id: it must be a video of this account."),
    views: jsonCountSchema,
    likes: optionalJsonCountSchema,
    comments: optionalJsonCountSchema,
    shares: optionalJsonCountSchema,
    saves: optionalJsonCountSchema,
  })
  .superRefine((reading, ctx) => {
    if (!reading.videoId === !reading.url)
      ctx.addIssue({ code: "custom", path: ["videoId"], message: "Give either videoId or url (one of the two)." });
  })
  .meta({ id: "VideoReadingInput" });

export const snapshotsBatchBody = z
  .object({
    account: z.array(accountReadingInput).default([]),
    videos: z.array(videoReadingInput).default([]),
  })
  .superRefine((batch, ctx) => {
    const total = batch.account.length + batch.videos.length;
    if (total > MAX_BATCH_ITEMS)
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `At most ${MAX_BATCH_ITEMS.toLocaleString("en-US")} readings per request; this one has ${total.toLocaleString("en-US")}.`,
      });
  })
  .meta({
    id: "SnapshotsBatch",
    description: `Up to ${MAX_BATCH_ITEMS.toLocaleString("en-US")} readings in total, written in one transaction: all of them or none.`,
  });

export const rangeQuery = z
  .object({
    from: optionalDaySchema.describe("First day, YYYY-MM-DD (inclusive)."),
    to: optionalDaySchema.describe("Last day, YYYY-MM-DD (inclusive)."),
  })
  .superRefine((range, ctx) => {
    if (range.from && range.to && isDay(range.from) && isDay(range.to) && range.from > range.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "`to` comes before `from`." });
  });

// ---- outputs: strict objects, so a field an answer has and its schema lacks is refused (a 500), never sent unnoticed

const day = z.string().meta({ format: "date", description: "A day, YYYY-MM-DD." });
const count = z.number().int().min(0);
const optionalCount = count.nullable();

export const errorResponse = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .describe('Messages per input, dotted paths like "videos.7.views".'),
    }),
  })
  .meta({ id: "Error" });

export const accountOutput = z
  .strictObject({
    id: z.string(),
    platform: z.enum(PLATFORMS),
    handle: z.string(),
    timeZone: z.string(),
    ruleSet: z.enum(RULE_SETS),
  })
  .meta({ id: "Account" });
export const accountSummaryOutput = accountOutput
  .extend({ videoCount: count, lastDay: day.nullable(), lastFollowers: optionalCount })
  .meta({ id: "AccountSummary" });

export const videoOutput = z
  .strictObject({
    id: z.string(),
    accountId: z.string(),
    platformId: z.string().nullable(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    postedOn: day.nullable(),
  })
  .meta({ id: "Video" });
export const videoSummaryOutput = videoOutput
  .extend({ lastDay: day.nullable(), lastViews: optionalCount })
  .meta({ id: "VideoSummary" });

const readingSource = z
  .enum(READING_SOURCES)
  .nullable()
  .optional()
  .describe("Where the reading came from: typed, imported, api or collected; null when it predates sources.");

export const accountReadingOutput = z
  .strictObject({
    day,
    followers: count,
    videoViews: optionalCount,
    profileViews: optionalCount,
    likes: optionalCount,
    comments: optionalCount,
    shares: optionalCount,
    source: readingSource,
  })
  .meta({ id: "AccountReading" });
export const videoReadingOutput = z
  .strictObject({
    videoId: z.string(),
    day,
    views: count,
    likes: optionalCount,
    comments: optionalCount,
    shares: optionalCount,
    saves: optionalCount,
    source: readingSource,
  })
  .meta({ id: "VideoReading" });
export const snapshotsOutput = z
  .strictObject({ account: z.array(accountReadingOutput), videos: z.array(videoReadingOutput) })
  .meta({ id: "Readings" });

export const batchResultOutput = z
  .strictObject({
    written: z.strictObject({ account: count, videos: count }),
    milestones: z
      .strictObject({ crossings: count, stateChanges: count })
      .describe("New milestone events the batch caused."),
  })
  .meta({ id: "BatchResult" });

export const milestoneOutput = z
  .strictObject({
    id: z.string(),
    key: z.string().describe('Rule key from the catalog, like "video.views.1k"; "goal" for goals.'),
    category: z.enum(["views", "followers", "eligibility", "goals"]),
    subject: z.strictObject({ type: z.enum(["account", "video", "goal"]), id: z.string() }),
    kind: z.enum(["crossed", "gained", "lost"]),
    day,
    value: z.number().int().nullable().describe("The reading that crossed; null for eligibility changes."),
    reachedBy: z.boolean(),
  })
  .meta({ id: "MilestoneEvent" });
export const milestonesOutput = z.strictObject({ events: z.array(milestoneOutput) }).meta({ id: "Milestones" });

const money = z
  .strictObject({ low: z.number().int(), high: z.number().int() })
  .describe("Micro-dollars (1 USD = 1,000,000), integers.");
const streams = z.strictObject({ creator_fund: money, sponsorships: money, affiliate: money, total: money });
export const earningsOutput = z
  .strictObject({
    unit: z.literal("micro-dollars"),
    days: z.array(
      z.strictObject({
        day,
        views: z.number().int(),
        creatorFundApplies: z.boolean(),
        daily: streams,
        cumulative: streams,
      }),
    ),
  })
  .meta({
    id: "Earnings",
    description:
      "Estimated earnings per day and stream: the day's own estimate and the running total since the first reading.",
  });
