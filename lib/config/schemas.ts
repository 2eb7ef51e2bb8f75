// The shapes an environment variable can take, each with the sentence that says what is wrong with a bad value.
import { z } from "zod";

export const text = () => z.string().optional();

export const url = (example: string) => z.url(`must be a URL such as ${example}`).optional();

/** A whole number from `min` to `max`, `fallback` when unset. */
export const wholeNumber = (fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number(`must be a whole number from ${min}`)
    .int(`must be a whole number from ${min}`)
    .min(min, `must be ${min} or more`)
    .max(max, `must be ${max} or less`)
    .default(fallback);

/** Any whole number, negative ones included (a random seed), `fallback` when unset. */
export const integer = (fallback: number) =>
  z.coerce.number("must be a whole number").int("must be a whole number").default(fallback);

/** A number of seconds above 0 (fractions allowed), `fallback` when unset. */
export const seconds = (fallback: number) =>
  z.coerce.number("must be a number of seconds").positive("must be more than 0 seconds").default(fallback);

/** One of a few words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, `must be ${values.map((v) => `"${v}"`).join(" or ")}`);

const KEY_FORMAT = "32 bytes written as 64 hex characters or as base64 (make one with: openssl rand -base64 32)";

/** A 32-byte key as 64 hex characters or base64 (standard or URL-safe, padding optional); null when it is neither. */
export function decodeSecretKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return key.length === 32 ? key : null;
}

/** One 32-byte encryption key (decoded), unset when absent. */
export const secretKey = () =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined;
      const key = decodeSecretKey(value);
      if (!key) context.addIssue({ code: "custom", message: `must be ${KEY_FORMAT}` });
      return key ?? undefined;
    });

/** Comma-separated 32-byte keys (decoded, in order), empty entries ignored; an empty list when unset. */
export const secretKeyList = () =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const entries = (value ?? "").split(",").map((entry) => entry.trim());
      const keys: Buffer[] = [];
      for (const [index, entry] of entries.entries()) {
        if (!entry) continue;
        const key = decodeSecretKey(entry);
        if (key) keys.push(key);
        else context.addIssue({ code: "custom", message: `entry ${index + 1} must be ${KEY_FORMAT}` });
      }
      return keys;
    });
