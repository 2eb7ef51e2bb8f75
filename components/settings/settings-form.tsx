"use client";
// The creator's name and the "I am 18 or older" confirmation.
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

export interface SettingsFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  settings: { name: string | null; isAdult: boolean };
}

export function SettingsForm({ action, settings }: SettingsFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  const isAdult = state.values ? state.values.isAdult === "on" : settings.isAdult;
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <Field
          label="Name"
          name="name"
          autoComplete="name"
          defaultValue={submittedOr(state, "name", settings.name)}
          hint="Optional."
          errors={errors.name}
        />
        <div>
          <div className="flex items-start gap-2">
            <input
              id="field-isAdult"
              name="isAdult"
              type="checkbox"
              defaultChecked={isAdult}
              aria-describedby="field-isAdult-hint"
              className="mt-1 h-4 w-4 rounded border-slate-400"
            />
            <label htmlFor="field-isAdult" className="text-sm font-medium text-slate-800">
              I am 18 or older
            </label>
          </div>
          <p id="field-isAdult-hint" className="ml-6 mt-1 text-xs text-slate-600">
            TikTok&apos;s Creator Fund, Creator Rewards and (on the current rules) LIVE require it.
          </p>
          <FieldError id="field-isAdult-error" errors={errors.isAdult} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </form>
    </div>
  );
}
