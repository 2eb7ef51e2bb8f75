// One wrapper for every form's server action: it authenticates, validates with the input's zod schema and answers
// errors through the one mapping (errors.ts), so no action forgets the creator check. A form shows an expected error
// inline and keeps what was typed (while the database is out of reach: "nothing was saved"); another creator's (or a
// missing) record is the same 404 page a page gives; anything else goes to the error page.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { describeError } from "./errors";
import { formDataToObject, submittedValues } from "./form-data";
import type { FormState } from "./form-state";

export { DATABASE_DOWN_MESSAGE } from "./errors";

/**
 * The form's answer to an error, or null for an error no form expects (rethrow it: Next's redirect() and notFound()
 * signals are errors too). `unavailableMessage` replaces the database-down sentence where "nothing was saved" is not it.
 */
export function formErrorState(
  error: unknown,
  { values, unavailableMessage }: { values?: Record<string, string>; unavailableMessage?: string } = {},
): FormState | null {
  const known = describeError(error, "form");
  if (!known) return null;
  if (known.code === "NOT_FOUND") notFound();
  const message = known.formMessage ? (unavailableMessage ?? known.formMessage) : known.message;
  return {
    status: "error",
    message,
    ...(known.formMessage ? {} : { fieldErrors: known.fields }),
    ...(values ? { values } : {}),
  };
}

export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<FormState | void>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const values = submittedValues(formData);
    try {
      const user = await requireUser();
      const input = schema.parse(formDataToObject(formData)); // a ZodError is the form's field messages
      return (await handler(input, user)) ?? { status: "success" };
    } catch (error) {
      const state = formErrorState(error, { values });
      if (state) return state;
      throw error;
    }
  };
}
