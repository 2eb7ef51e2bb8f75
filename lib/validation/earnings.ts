// Inputs for earnings: rates (per 1,000 views) and logged income, typed in dollars with cents precision
// and kept as integer micro-dollars (lib/validation/money.ts reads them). Logged income's day may not be in the
// future in the account's time zone: the service checks that, with the account at hand.
import { z } from "zod";
import { checkboxSchema, countSchema, daySchema, idSchema, optionalCountSchema, textSchema } from "./common";
import { dollarsSchema } from "./money";

export { parseDollars } from "./money";

const rate = dollarsSchema("a rate in dollars per 1,000 views", 1_000_000, { example: "0.02", noun: "A rate" });

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
        ctx.addIssue({
          code: "custom",
          path: [`${stream}High`],
          message: "The high rate must be at least the low rate.",
        });
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
  amount: dollarsSchema("the amount in dollars", 1_000_000_000).refine(
    (micros) => micros > 0,
    "The amount must be more than $0.",
  ),
  note: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    textSchema.max(200, "Keep the note under 200 characters.").optional(),
  ),
});
export type IncomeInput = z.output<typeof incomeSchema>;

export const incomeRefSchema = z.object({ accountId: idSchema, incomeId: idSchema });
export type IncomeRef = z.output<typeof incomeRefSchema>;

/** The what-if calculator's query (?viewsPerDay=…&followers=…). */
export const whatIfSchema = z.object({ viewsPerDay: countSchema, followers: optionalCountSchema });
export type WhatIfQuery = z.output<typeof whatIfSchema>;
