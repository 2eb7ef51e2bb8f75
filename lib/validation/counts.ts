// Counts (followers, views, likes …): whole numbers from 0 to MAX_COUNT. A form takes what a person types — "12400",
// "12,400", "12 400" — and JSON takes an integer or, for clients that send large numbers as text, a string of ASCII
// digits. Nothing looser in either: "0x10", "1e3", "1_000", "1,5" and -0 are refused with the reason, never guessed.
import { z } from "zod";

/** Counts are whole numbers from 0 to 9e15 (below 2^53, so they stay exact in JavaScript; stored as BIGINT). */
export const MAX_COUNT = 9_000_000_000_000_000;

const DIGITS = /^\d+$/;
// Groups of three after the first, one separator throughout: "12,400", "1 234 567" (also no-break and thin spaces).
const GROUPED = /^\d{1,3}(,|[ \u00a0\u2009\u202f])\d{3}(?:\1\d{3})*$/;
const DECIMAL = /^\d*[.,]\d+$/;
const NEGATIVE = /^[-\u2212]\s*\d/;

type Source = "form" | "json";

const tooLarge = `That number is too large (at most ${MAX_COUNT.toLocaleString("en-US")}).`;

/** A typed count as a number for the range checks, or the text unchanged (refused with its reason by notACount). */
function fromForm(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (text === "") return undefined;
  if (DIGITS.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/\D/g, ""));
  return text;
}

const fromJson = (value: unknown): unknown => (typeof value === "string" && DIGITS.test(value) ? Number(value) : value);

function notACount(input: unknown, source: Source, missing: string): string {
  if (input === undefined) return missing;
  if (typeof input === "number") return Number.isNaN(input) ? "Enter a whole number." : tooLarge; // ±Infinity: hundreds of digits
  const text = typeof input === "string" ? input.trim() : "";
  if (NEGATIVE.test(text)) return "Counts cannot be negative.";
  if (DECIMAL.test(text)) return "Enter a whole number, without decimals.";
  return source === "form"
    ? "Enter a whole number, like 12400 or 12,400."
    : 'Send a whole number: a JSON integer, or a string of digits like "1200".';
}

/** The range checks, each stopping at its failure so a field gets one message: sign, size, then decimals. */
function countNumber(
  source: Source,
  { min = 0, belowMin = "Counts cannot be negative.", missing = "Enter a number." } = {},
) {
  return z
    .number({ error: (issue) => notACount(issue.input, source, missing) })
    .refine((n) => !Object.is(n, -0), { message: "Counts cannot be negative (send 0, not -0).", abort: true })
    .min(min, { message: belowMin, abort: true })
    .max(MAX_COUNT, { message: tooLarge, abort: true })
    .int("Enter a whole number, without decimals.");
}

export interface CountOptions {
  min?: number;
  belowMin?: string;
  missing?: string;
}

/** A count typed in a form ("12,400" is fine). */
export const formCount = (options?: CountOptions) => z.preprocess(fromForm, countNumber("form", options));

/** A required count typed in a form. */
export const countSchema = formCount();
/** An optional count typed in a form: an empty input means "not known". */
export const optionalCountSchema = z.preprocess(fromForm, countNumber("form").optional());

const JSON_COUNT = `A whole number from 0 to ${MAX_COUNT.toLocaleString("en-US")}: a JSON integer, or a string of ASCII digits ("1200").`;

/** A count in a JSON body: an integer, or a string of ASCII digits. */
export const jsonCountSchema = z.preprocess(fromJson, countNumber("json")).meta({ description: JSON_COUNT });
/** An optional count in a JSON body: leaving it out means "not known" (or, for a stored day, "keep what is stored"). */
export const optionalJsonCountSchema = z
  .preprocess(fromJson, countNumber("json").optional())
  .meta({ description: JSON_COUNT });
