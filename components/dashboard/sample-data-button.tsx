"use client";
// One button that calls a sample-data action, busy while it runs.
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function SampleDataButton({
  action,
  label,
  busyLabel,
  variant = "secondary",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  busyLabel: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-2">
      <button type="submit" className={buttonClass(variant)} disabled={pending} aria-busy={pending}>
        {pending ? busyLabel : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
