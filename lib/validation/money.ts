// Dollar amounts as people type them, read on the digits (never through a float) into integer micro-dollars.
// "1,5" and "1.50" are a dollar fifty; "1,234.56" and "1.234,56" are the same amount; "1,500" alone could be either
// fifteen hundred or a dollar fifty, so it is refused naming both readings — an amount is never silently ×100 or ÷100.
import { z } from "zod";
import { MICROS_PER_DOLLAR } from "@/lib/earnings/rates";

export type DollarsReading = { ok: true; micros: number } | { ok: false; message: string };

const SPACES = /[\u00a0\u2009\u202f]/g; // no-break and thin spaces, as some locales group digits
const SHAPE = /^[\d., ]*\d[\d., ]*$/;
const fail = (message: string): DollarsReading => ({ ok: false, message });

/** "1,234" with `group` between groups of three (the first one to three digits), or plain digits. */
function wholeDigits(text: string, group: string): string | null {
  if (/^\d+$/.test(text)) return text;
  const grouped = new RegExp(`^\\d{1,3}(?:${group === "." ? "\\." : group}\\d{3})+$`);
  return grouped.test(text) ? text.split(group).join("") : null;
}

interface Parts {
  whole: string;
  fraction: string;
}

/** Splits the typed number into whole dollars and the digits after the decimal separator, or says why it cannot. */
function split(text: string): Parts | "ambiguous" | "unreadable" {
  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;
  if (commas && dots) {
    // Both: the last one is the decimal separator, the other groups thousands ("1,234.56", "1.234,56").
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const at = text.lastIndexOf(decimal);
    const whole = text.slice(0, at).includes(decimal)
      ? null
      : wholeDigits(text.slice(0, at), decimal === "," ? "." : ",");
    const fraction = text.slice(at + 1);
    return whole !== null && /^\d+$/.test(fraction) ? { whole, fraction } : "unreadable";
  }
  const separator = commas ? "," : dots ? "." : null;
  if (separator === null || commas + dots > 1) {
    // No separator ("1234", "1 234"), or one repeated, which can only group thousands ("1,234,567", "1.234.567").
    const whole = wholeDigits(text, separator ?? " ");
    return whole === null ? "unreadable" : { whole, fraction: "" };
  }
  const at = text.indexOf(separator);
  const [before, after] = [text.slice(0, at), text.slice(at + 1)];
  const whole = before === "" ? "0" : wholeDigits(before, " ");
  if (whole === null || !/^\d+$/.test(after)) return "unreadable";
  // One separator and three digits after a one-to-three-digit number: thousands, or a decimal with three places.
  if (after.length === 3 && /^[1-9]\d{0,2}$/.test(before)) return "ambiguous";
  return { whole, fraction: after };
}

/** "1,500 could mean 1500.00 or 1.50: write 1500 or 1.50." */
function ambiguity(typed: string): string {
  const [whole, fraction] = typed.split(/[.,]/) as [string, string];
  if (!fraction.endsWith("0"))
    return `${typed} could mean ${whole}${fraction}.00 or ${whole}.${fraction}: write ${whole}${fraction}, or an amount with at most two decimals.`;
  const cents = `${whole}.${fraction.slice(0, 2)}`;
  return `${typed} could mean ${whole}${fraction}.00 or ${cents}: write ${whole}${fraction} or ${cents}.`;
}

/**
 * Reads a dollar amount typed by a person: "$3.40", "3,4", "1 234,50", "1,234.56" → micro-dollars. One message when it
 * cannot: not a number, negative, ambiguous (both readings named), more than cents, or above `maxDollars`.
 */
export function readDollars(
  input: string,
  maxDollars: number,
  { example = "12.50", noun = "An amount" } = {},
): DollarsReading {
  const typed = input.trim();
  const match = /^([-\u2212]?)\s*\$?\s*([-\u2212]?)(.*?)\s*(?:\$|usd)?$/i.exec(typed);
  const text = (match?.[3] ?? "").replace(SPACES, " ");
  if (!match || !SHAPE.test(text)) return fail(`Enter an amount in dollars, like ${example}.`);
  if (match[1] || match[2]) return fail(`${noun} cannot be negative.`);
  const parts = split(text);
  if (parts === "ambiguous") return fail(ambiguity(text));
  if (parts === "unreadable") return fail(`Enter an amount in dollars, like ${example} or 1,234.50.`);
  if (parts.fraction.length > 2 && /[1-9]/.test(parts.fraction.slice(2)))
    return fail(`Use at most two decimals (whole cents), like ${example}.`);
  const whole = parts.whole.replace(/^0+(?=\d)/, "");
  if (
    whole.length > 15 ||
    Number(whole) > maxDollars ||
    (Number(whole) === maxDollars && /[1-9]/.test(parts.fraction))
  ) {
    return fail(`That is too large (at most $${maxDollars.toLocaleString("en-US")}).`);
  }
  const cents = Number(whole) * 100 + Number(parts.fraction.slice(0, 2).padEnd(2, "0"));
  return { ok: true, micros: cents * (MICROS_PER_DOLLAR / 100) };
}

/** "3.4" / "$3.40" / "1,000.00" → micro-dollars; null when it is not an amount readable without doubt. */
export function parseDollars(text: string, maxDollars = 1_000_000_000): number | null {
  const reading = readDollars(text, maxDollars);
  return reading.ok ? reading.micros : null;
}

/** A required dollar field of a form, up to `maxDollars`, as micro-dollars; one message per field. */
export function dollarsSchema(what: string, maxDollars: number, wording?: { example?: string; noun?: string }) {
  return z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, { message: `Enter ${what}.`, abort: true })
    .transform((text, ctx) => {
      const reading = readDollars(text, maxDollars, wording);
      if (reading.ok) return reading.micros;
      ctx.addIssue({ code: "custom", message: reading.message });
      return z.NEVER;
    });
}
