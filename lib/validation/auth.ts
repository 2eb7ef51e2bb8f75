import { z } from "zod";
import { lineSchema } from "./common";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like you@example.com."));

const newPasswordSchema = z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters.");

export const signUpSchema = z.object({
  name: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    lineSchema.max(100, "Keep the name under 100 characters.").optional(),
  ),
  email: emailSchema,
  password: newPasswordSchema,
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

/** Settings → Sign-in and sessions: the current password, then the new one (sign-up's rules). */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Use at most 200 characters."),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** One of the creator's sessions, to end it. */
export const sessionRefSchema = z.object({
  sessionId: z.string().trim().min(1, "Choose a session.").max(100),
});

/** "Sign out everywhere" takes no input. */
export const signOutEverywhereSchema = z.object({});
