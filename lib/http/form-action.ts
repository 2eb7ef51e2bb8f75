// One wrapper for every form's server action: it authenticates, validates with the input's zod
// schema and maps typed errors, so no action forgets the creator check. While the database is out of
// reach the form says so inline (nothing was saved) and keeps what was typed.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";
import { formDataToObject, zodFieldErrors } from "@/lib/validation/form-data";
import type { FormState } from "./form-state";

export const DATABASE_DOWN_MESSAGE =
  "Milepost can't reach its database right now, so nothing was saved. Try again in a few seconds.";

export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<FormState | void>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries())
      if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
    try {
      const user = await requireUser();
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return {
          status: "error",
          message: "Please fix the highlighted fields.",
          fieldErrors: zodFieldErrors(parsed.error),
          values,
        };
      }
      return (await handler(parsed.data, user)) ?? { status: "success" };
    } catch (error) {
      if (error instanceof AppError) {
        // Another creator's (or a missing) record: the same 404 a page gives.
        if (error.code === "NOT_FOUND") notFound();
        return { status: "error", message: error.message, fieldErrors: error.fields, values };
      }
      if (isDatabaseUnavailable(error)) return { status: "error", message: DATABASE_DOWN_MESSAGE, values };
      throw error; // includes Next's redirect() and notFound() signals
    }
  };
}
