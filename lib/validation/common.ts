// Building blocks shared by every input schema.
import { z } from "zod";
import { isDay, isTimeZone } from "@/lib/days";

/** Counts are whole numbers from 0 to 9e15 (below 2^53, so they stay exact in JavaScript; stored as BIGINT). */
export const MAX_COUNT = 9_000_000_000_000_000;

function toNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const cleaned = value.trim().replace(/[,_\s]/g, "");
  return cleaned === "" ? undefined : Number(cleaned);
}

const countNumber = z
  .number({ error: (issue) => (issue.input === undefined ? "Enter a number." : "Enter a whole number, like 1200.") })
  .int("Enter a whole number, without decimals.")
  .min(0, "Counts cannot be negative.")
  .max(MAX_COUNT, "That number is too large (at most 9,000,000,000,000,000).");

/** A required count typed in a form ("12,400" is fine) or sent as JSON. */
export const countSchema = z.preprocess(toNumber, countNumber);
/** An optional count: an empty input means "not known". */
export const optionalCountSchema = z.preprocess(toNumber, countNumber.optional());

export const daySchema = z
  .string({ error: "Choose a day." })
  .trim()
  .min(1, "Choose a day.")
  .refine(isDay, "Enter a day as YYYY-MM-DD.")
  .meta({ format: "date", description: "A day, YYYY-MM-DD." }); // for the API's OpenAPI document

export const optionalDaySchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  daySchema.optional(),
);

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .min(1, "Choose a time zone.")
  .refine(isTimeZone, "Choose a time zone from the list, like Europe/Berlin.");

export const idSchema = z.string().trim().min(1).max(64);

/** A checkbox: present ("on") means true. */
export const checkboxSchema = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
