// Building blocks shared by every input schema.
import { z } from "zod";
import { DAY_RULE, FIRST_DAY, LAST_DAY, isDay, isTimeZone } from "@/lib/time/days";

export { MAX_COUNT, countSchema, optionalCountSchema } from "./counts";

export const daySchema = z
  .string({ error: "Choose a day." })
  .trim()
  .min(1, { message: "Choose a day.", abort: true })
  .refine(isDay, DAY_RULE)
  .meta({ format: "date", description: `A day, YYYY-MM-DD, from ${FIRST_DAY} to ${LAST_DAY}.` }); // for the API's OpenAPI document

export const optionalDaySchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  daySchema.optional(),
);

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .min(1, { message: "Choose a time zone.", abort: true })
  .refine(isTimeZone, "Choose a time zone from the list, like Europe/Berlin.");

/** Milepost's ids (cuids, UUIDs, and days naming a reading): ASCII letters, digits, "-" and "_", at most 64 of them. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a value can be an id at all: anything else names no record, so it is a 404 without asking the database. */
export const isId = (value: unknown): value is string => typeof value === "string" && ID_PATTERN.test(value);

export const idSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, "This is not an id Milepost gives (letters, digits, - and _).");

export const CONTROL_CHARACTER_MESSAGE = "Remove the control character (such as U+0000) from this text.";

/** No C0 control character or DEL: nobody types them into a one-line field, and PostgreSQL's text cannot hold U+0000. */
export function hasNoControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/** One line of text a person typed (a name, a label, a URL): any characters but control characters. */
export const lineSchema = z
  .string()
  .refine(hasNoControlCharacters, { message: CONTROL_CHARACTER_MESSAGE, abort: true });

/** Text that may run over several lines (a video's title is its caption, a note): line breaks and tabs too. */
export const textSchema = z.string().refine((value) => hasNoControlCharacters(value.replace(/[\t\n\r]/g, " ")), {
  message: CONTROL_CHARACTER_MESSAGE,
  abort: true,
});

/** A checkbox: present ("on") means true. */
export const checkboxSchema = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
