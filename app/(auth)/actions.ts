"use server";

import { SIGN_UP_UNAVAILABLE } from "@/lib/auth/messages";
import { formErrorState } from "@/lib/http/form-action";
import { formDataToObject } from "@/lib/http/form-data";
import type { FormState } from "@/lib/http/form-state";
import { signUp } from "@/lib/services/authenticate";
import { signUpSchema } from "@/lib/validation/auth";

/** Public (there is no creator yet), so not a formAction; its errors go through the same mapping. */
export async function signUpAction(formData: FormData): Promise<FormState> {
  try {
    await signUp(signUpSchema.parse(formDataToObject(formData)));
    return { status: "success" };
  } catch (error) {
    const state = formErrorState(error, { unavailableMessage: SIGN_UP_UNAVAILABLE });
    if (state) return state;
    // Something else broke: logged here, never shown.
    console.error("Sign-up failed unexpectedly:", error);
    return { status: "error", message: SIGN_UP_UNAVAILABLE };
  }
}
