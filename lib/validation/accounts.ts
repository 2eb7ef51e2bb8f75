// Inputs for tracked accounts: a TikTok handle, the time zone its days are counted in, and its rule set.
import { z } from "zod";
import { idSchema, timeZoneSchema } from "./common";

export const RULE_SETS = ["article", "tiktok_current"] as const;
export type RuleSetKey = (typeof RULE_SETS)[number];
export const RULE_SET_LABELS: Record<RuleSetKey, string> = {
  article: "Article (default)",
  tiktok_current: "TikTok, current",
};

export const PLATFORMS = ["tiktok"] as const;
export const PLATFORM_LABELS: Record<(typeof PLATFORMS)[number], string> = { tiktok: "TikTok" };

const PROFILE_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*tiktok\.com\/@([^/?#\s]+)/i;

/** "@Some.One", "some.one" and "https://www.tiktok.com/@some.one?lang=en" all become "some.one" (TikTok handles ignore case). */
export function normalizeHandle(value: string): string {
  const trimmed = value.trim();
  const fromUrl = PROFILE_URL.exec(trimmed)?.[1];
  return (fromUrl ?? trimmed).replace(/^@/, "").toLowerCase();
}

export const handleSchema = z
  .string({ error: "Enter the account's handle." })
  .transform(normalizeHandle)
  .pipe(
    z
      .string()
      .min(1, "Enter the account's handle, like @yourname.")
      .min(2, "A TikTok handle has at least 2 characters.")
      .max(24, "A TikTok handle has at most 24 characters.")
      .regex(/^[a-z0-9._]+$/, "A TikTok handle has only letters, numbers, underscores and periods."),
  );

export const accountSchema = z.object({
  platform: z.enum(PLATFORMS, { error: "Choose a platform." }).default("tiktok"),
  handle: handleSchema,
  timeZone: timeZoneSchema,
  ruleSet: z.enum(RULE_SETS, { error: "Choose a rule set." }).default("article"),
});
export type AccountInput = z.output<typeof accountSchema>;

export const accountUpdateSchema = accountSchema.extend({ accountId: idSchema });
export type AccountUpdateInput = z.output<typeof accountUpdateSchema>;

export const accountRefSchema = z.object({ accountId: idSchema });
export type AccountRef = z.output<typeof accountRefSchema>;
