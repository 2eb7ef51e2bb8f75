"use client";
// A number that changes with every result of a form's action. Used as the form's `key`, it remounts the
// inputs so their defaultValue (refilled from state.values after an error) is what they show.
import { useActionState, useState } from "react";
import { initialFormState, type FieldErrors, type FormState } from "@/lib/http/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A form's action state, its pending flag, its remount key and its field errors, in one call. */
export function useActionForm(action: Action): {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  key: number;
  errors: FieldErrors;
} {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const key = useSubmissionKey(state);
  return { state, formAction, pending, key, errors: state.fieldErrors ?? {} };
}

export function useSubmissionKey(state: FormState): number {
  const [seen, setSeen] = useState({ state, key: 0 });
  if (seen.state !== state) {
    const next = { state, key: seen.key + 1 };
    setSeen(next);
    return next.key;
  }
  return seen.key;
}

/** The submitted value of `name` after an error, else `fallback` (the stored value or a default). */
export function submittedOr(state: FormState, name: string, fallback: string | number | null | undefined): string {
  return state.values?.[name] ?? (fallback == null ? "" : String(fallback));
}
