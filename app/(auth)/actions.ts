"use server";

import type { FormState } from "@/lib/actions/form-state";
import { SIGN_UP_UNAVAILABLE } from "@/lib/auth/messages";
import { AppError } from "@/lib/errors/app-error";
import { signUp } from "@/lib/services/authenticate";
import { signUpSchema } from "@/lib/validation/auth";
import { zodFieldErrors } from "@/lib/validation/form-data";

export async function signUpAction(formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return {
      status: "error",
      message: "Please fix the highlighted fields.",
      fieldErrors: zodFieldErrors(parsed.error),
    };
  try {
    await signUp(parsed.data);
    return { status: "success" };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fields };
    // The database is down or something else broke: logged here, never shown.
    console.error("Sign-up failed unexpectedly:", error);
    return { status: "error", message: SIGN_UP_UNAVAILABLE };
  }
}
