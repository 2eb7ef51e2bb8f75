"use client";
// "Delete my account and all its data": the creator types their e-mail to confirm; the action deletes and signs out.
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-submission-key";

export function DeleteCreatorForm({
  action,
  email,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  email: string;
}) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  return (
    <div className="mt-3 space-y-3">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-3">
        <Field
          label={`Type ${email} to confirm`}
          name="confirmEmail"
          type="email"
          autoComplete="off"
          spellCheck={false}
          errors={errors.confirmEmail}
          hint="Every account, video, reading, milestone, goal, earnings setting, logged income, notice, webhook and API token goes. This cannot be undone."
        />
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete my account and all its data"}
        </Button>
      </form>
    </div>
  );
}
