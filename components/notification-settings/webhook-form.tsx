"use client";
// Adding or replacing the webhook: its URL and the body format. The first save makes the signing secret and shows it once.
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";
import { SecretOnce, secretOf } from "./secret-once";
import { WEBHOOK_FORMAT_CHOICES, WEBHOOK_FORMAT_HINTS, WEBHOOK_FORMAT_LABELS } from "./webhook-formats";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function WebhookForm({
  action,
  webhook,
}: {
  action: Action;
  webhook: { url: string; format: "json" | "chat" } | null;
}) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  const secret = secretOf(state);
  const format = submittedOr(state, "format", webhook?.format ?? "json");
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {secret ? <SecretOnce secret={secret} /> : null}
      <form key={key} action={formAction} noValidate className="space-y-4">
        <Field
          label="Webhook URL"
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://example.com/milepost"
          defaultValue={submittedOr(state, "url", webhook?.url)}
          hint="Each notice is POSTed here as JSON. Only http:// and https:// URLs on public servers."
          errors={errors.url}
        />
        <fieldset aria-describedby={errors.format?.length ? "field-format-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Format</legend>
          <div className="mt-1 space-y-2">
            {WEBHOOK_FORMAT_CHOICES.map((value) => (
              <div key={value} className="flex items-start gap-2">
                <input
                  id={`format-${value}`}
                  type="radio"
                  name="format"
                  value={value}
                  defaultChecked={format === value}
                  aria-describedby={`format-${value}-hint`}
                  className="mt-1 h-4 w-4 border-slate-400"
                />
                <div>
                  <label htmlFor={`format-${value}`} className="text-sm font-medium text-slate-800">
                    {WEBHOOK_FORMAT_LABELS[value]}
                  </label>
                  <p id={`format-${value}-hint`} className="text-xs text-slate-600">
                    {WEBHOOK_FORMAT_HINTS[value]}
                  </p>
                </div>
              </div>
            ))}
          </div>
          <FieldError id="field-format-error" errors={errors.format} />
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : webhook ? "Save webhook" : "Add webhook"}
        </Button>
      </form>
    </div>
  );
}
