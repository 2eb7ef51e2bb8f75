// The creator's own settings: a display name and the "I am 18 or older" confirmation.
import { z } from "zod";
import { checkboxSchema, lineSchema } from "./common";

export const settingsSchema = z.object({
  name: z
    .preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      lineSchema.max(100, "Keep the name under 100 characters."),
    )
    .transform((v) => v || null),
  isAdult: checkboxSchema,
});
export type SettingsInput = z.output<typeof settingsSchema>;
