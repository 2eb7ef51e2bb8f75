"use client";
// An account's rates per 1,000 views (low–high per stream) and which streams count.
import type { FormState } from "@/lib/http/form-state";
import { microsToDollarInput } from "@/lib/earnings/format";
import type { EarningsSettings } from "@/lib/earnings/rates";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

export interface EarningsSettingsFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  settings: EarningsSettings;
}

const RATE_ROWS = [
  { stream: "creator_fund", prefix: "creatorFund", label: "Creator Fund" },
  { stream: "sponsorships", prefix: "sponsorships", label: "Sponsorships" },
  { stream: "affiliate", prefix: "affiliate", label: "Affiliate" },
] as const;

const SWITCHES = [
  {
    name: "enrolledCreatorFund",
    label: "Enrolled in the Creator Fund",
    hint: "Counts only on days you are eligible (18+ and 10,000 followers in the article's rules).",
  },
  { name: "sponsorships", label: "Sponsorships", hint: "Brand deals paid per 1,000 views." },
  { name: "affiliate", label: "Affiliate links", hint: "Commissions from links in your videos." },
] as const;

export function EarningsSettingsForm({ action, accountId, settings }: EarningsSettingsFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  const checked = (name: (typeof SWITCHES)[number]["name"]) =>
    state.status === "error" && state.values ? state.values[name] === "on" : settings[name];
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="accountId" value={accountId} />
        <p className="text-sm text-slate-700">
          Dollars per 1,000 views, with cents: the estimate is always a range from low to high.
        </p>
        {RATE_ROWS.map(({ stream, prefix, label }) => (
          <div key={stream} className="grid gap-3 sm:grid-cols-2">
            {(["Low", "High"] as const).map((end) => {
              const name = `${prefix}${end}`;
              const micros = settings.rpm[stream][end === "Low" ? "low" : "high"];
              return (
                <Field
                  key={name}
                  label={`${label} ${end.toLowerCase()}`}
                  name={name}
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={submittedOr(state, name, microsToDollarInput(micros))}
                  errors={errors[name]}
                />
              );
            })}
          </div>
        ))}
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Streams that count</legend>
          {SWITCHES.map(({ name, label, hint }) => (
            <div key={name} className="flex items-start gap-2">
              <input
                id={`field-${name}`}
                name={name}
                type="checkbox"
                defaultChecked={checked(name)}
                aria-describedby={`field-${name}-hint`}
                className="mt-1 h-4 w-4 rounded border-slate-400"
              />
              <div>
                <label htmlFor={`field-${name}`} className="text-sm font-medium text-slate-800">
                  {label}
                </label>
                <p id={`field-${name}-hint`} className="text-xs text-slate-600">
                  {hint}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save rates"}
        </Button>
      </form>
    </div>
  );
}
