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
