"use client";
// Logging real income by hand: a day, where it came from, the amount and a note.
import type { FormState } from "@/lib/http/form-state";
import { INCOME_STREAM_LABELS, INCOME_STREAMS } from "@/lib/validation/earnings";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

export interface IncomeFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  today: string;
}

export function IncomeForm({ action, accountId, today }: IncomeFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="accountId" value={accountId} />
        <Field
          label="Day"
          name="day"
          type="date"
          max={today}
          defaultValue={submittedOr(state, "day", today)}
          errors={errors.day}
        />
        <SelectField
          label="Stream"
          name="stream"
          defaultValue={submittedOr(state, "stream", "live_gifts")}
          options={INCOME_STREAMS.map((s) => ({ value: s, label: INCOME_STREAM_LABELS[s] }))}
          errors={errors.stream}
        />
        <Field
          label="Amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={submittedOr(state, "amount", "")}
          hint="In dollars, like 12.50."
          errors={errors.amount}
        />
        <Field
          label="Note"
          name="note"
          autoComplete="off"
          defaultValue={submittedOr(state, "note", "")}
          hint="Optional, like “Brand X, October video”."
          errors={errors.note}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Log income"}
        </Button>
      </form>
    </div>
  );
}
