// The notification settings a creator submits: the preferences matrix and the webhook.
import { z } from "zod";
import { CHANNELS, NOTICE_CATEGORIES, type Channel, type NoticeCategory } from "@/lib/notifications/categories";
import { checkboxSchema, hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE } from "./common";

const categoryFlags = z.object(
  Object.fromEntries(NOTICE_CATEGORIES.map((category) => [category, checkboxSchema])) as Record<
    NoticeCategory,
    typeof checkboxSchema
  >,
);
// A channel whose boxes are all unticked sends nothing at all: it is the same as every box off.
const channelFlags = z.preprocess((value) => value ?? {}, categoryFlags);

/** One checkbox per channel and category, named `<channel>.<category>` ("email.followers"); an unticked box is off. */
export const preferencesSchema = z.object(
  Object.fromEntries(CHANNELS.map((channel) => [channel, channelFlags])) as Record<Channel, typeof channelFlags>,
);
export type PreferencesInput = z.output<typeof preferencesSchema>;

/** The reason a URL cannot receive webhooks by its form alone (the address is checked by the service). */
export function webhookUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full URL, starting with https://";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "Only http:// and https:// URLs can receive webhooks.";
  if (url.username || url.password) return "Put credentials in the receiver, not in the URL.";
  return null;
}

export const WEBHOOK_FORMATS = ["json", "chat"] as const;

export const webhookSchema = z.object({
  url: z
    .string({ error: "Enter the URL that should receive notices." })
    .trim()
    .min(1, "Enter the URL that should receive notices.")
    .max(2000, "Keep the URL under 2,000 characters.")
    .refine(hasNoControlCharacters, { message: CONTROL_CHARACTER_MESSAGE, abort: true })
    .superRefine((value, ctx) => {
      const problem = value ? webhookUrlProblem(value) : null; // empty: min's message says it
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  format: z.enum(WEBHOOK_FORMATS, { error: "Choose Milepost JSON or Slack or Discord." }),
});
export type WebhookInput = z.output<typeof webhookSchema>;

/** Buttons that submit nothing but themselves (remove, regenerate, send a test). */
export const noInputSchema = z.object({});
