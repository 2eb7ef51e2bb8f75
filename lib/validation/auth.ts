import { z } from "zod";
import { lineSchema } from "./common";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like you@example.com."));

export const signUpSchema = z.object({
  name: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    lineSchema.max(100, "Keep the name under 100 characters.").optional(),
  ),
  email: emailSchema,
  password: z
    .string()
    .min(8, "Use at least 8 characters.")
    .max(200, "Use at most 200 characters."),
  isAdult: z
    .union([z.literal("on"), z.literal("true"), z.literal("")])
    .optional()
    .transform((v) => v === "on" || v === "true"),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
