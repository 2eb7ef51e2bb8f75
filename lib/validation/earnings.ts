// Inputs for earnings: rates (per 1,000 views) and logged income, typed in dollars with cents precision
// and kept as integer micro-dollars. Parsing is on the digits, never through a float.
import { z } from "zod";
import { MICROS_PER_DOLLAR } from "@/lib/earnings/rates";
import { checkboxSchema, countSchema, daySchema, idSchema, optionalCountSchema } from "./common";

const DOLLARS = /^\$?(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "3.4" / "$3.40" / "1,000" → micro-dollars; null when it is not a dollar amount with at most cents. */
export function parseDollars(text: string): number | null {
  const match = DOLLARS.exec(text.trim().replace(/[,\s]/g, ""));
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return cents * (MICROS_PER_DOLLAR / 100);
}

function dollarsSchema(what: string, maxDollars: number) {
  return z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .transform((text, ctx) => {
      const micros = parseDollars(text);
      if (micros === null) {
        ctx.addIssue({ code: "custom", message: "Enter dollars with at most two decimals, like 0.02." });
        return z.NEVER;
      }
      if (micros > maxDollars * MICROS_PER_DOLLAR) {
        ctx.addIssue({ code: "custom", message: `That is too large (at most $${maxDollars.toLocaleString("en-US")}).` });
        return z.NEVER;
      }
      return micros;
    });
}

const rate = dollarsSchema("a rate in dollars per 1,000 views", 1_000_000);

export const earningsSettingsSchema = z
  .object({
    accountId: idSchema,
    creatorFundLow: rate,
    creatorFundHigh: rate,
    sponsorshipsLow: rate,
    sponsorshipsHigh: rate,
    affiliateLow: rate,
    affiliateHigh: rate,
    enrolledCreatorFund: checkboxSchema,
    sponsorships: checkboxSchema,
    affiliate: checkboxSchema,
  })
  .superRefine((value, ctx) => {
    for (const stream of ["creatorFund", "sponsorships", "affiliate"] as const) {
      if (value[`${stream}Low`] > value[`${stream}High`]) {
        ctx.addIssue({ code: "custom", path: [`${stream}High`], message: "The high rate must be at least the low rate." });
      }
    }
  });
export type EarningsSettingsInput = z.output<typeof earningsSettingsSchema>;

export const INCOME_STREAMS = ["live_gifts", "brand_deal", "affiliate", "other"] as const;
export type IncomeStream = (typeof INCOME_STREAMS)[number];
export const INCOME_STREAM_LABELS: Record<IncomeStream, string> = {
  live_gifts: "LIVE gifts",
  brand_deal: "Brand deal",
  affiliate: "Affiliate payout",
  other: "Other",
};

export const incomeSchema = z.object({
  accountId: idSchema,
  day: daySchema,
  stream: z.enum(INCOME_STREAMS, { error: "Choose where the income came from." }),
  amount: dollarsSchema("the amount in dollars", 1_000_000_000).refine((micros) => micros > 0, "The amount must be more than $0."),
  note: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z.string().max(200, "Keep the note under 200 characters.").optional(),
  ),
});
export type IncomeInput = z.output<typeof incomeSchema>;

export const incomeRefSchema = z.object({ accountId: idSchema, incomeId: idSchema });
export type IncomeRef = z.output<typeof incomeRefSchema>;

/** The what-if calculator's query (?viewsPerDay=…&followers=…). */
export const whatIfSchema = z.object({ viewsPerDay: countSchema, followers: optionalCountSchema });
export type WhatIfQuery = z.output<typeof whatIfSchema>;
