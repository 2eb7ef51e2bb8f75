// One wrapper for every form's server action: it authenticates, validates with the input's zod
// schema and maps typed errors, so no action forgets the creator check.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, zodFieldErrors } from "@/lib/validation/form-data";
import type { FormState } from "./form-state";

export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<FormState | void>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const user = await requireUser();
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), values };
    }
    try {
      return (await handler(parsed.data, user)) ?? { status: "success" };
    } catch (error) {
      if (error instanceof AppError) {
        // Another creator's (or a missing) record: the same 404 a page gives.
        if (error.code === "NOT_FOUND") notFound();
        return { status: "error", message: error.message, fieldErrors: error.fields, values };
      }
      throw error; // includes Next's redirect() and notFound() signals
    }
  };
}
