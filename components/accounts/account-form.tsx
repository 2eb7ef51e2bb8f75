"use client";
// Adding or editing a tracked account. A new account starts in the browser's time zone.
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/http/form-state";
import { PLATFORM_LABELS, PLATFORMS, RULE_SET_LABELS, RULE_SETS } from "@/lib/validation/accounts";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

export interface AccountFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  timeZones: string[];
  account?: { id: string; handle: string; timeZone: string; ruleSet: string };
}

export function AccountForm({ action, timeZones, account }: AccountFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  const timeZoneRef = useRef<HTMLSelectElement>(null);
  const isNew = !account;

  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (isNew && !state.values && timeZoneRef.current && timeZones.includes(browserZone))
      timeZoneRef.current.value = browserZone;
  }, [isNew, state.values, timeZones, key]);

  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        {account ? <input type="hidden" name="accountId" value={account.id} /> : null}
        <SelectField
          label="Platform"
          name="platform"
          defaultValue="tiktok"
          options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
        />
        <Field
          label="Handle"
          name="handle"
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={submittedOr(state, "handle", account && `@${account.handle}`)}
          hint="Your TikTok username, like @yourname."
          errors={errors.handle}
        />
        <SelectField
          ref={timeZoneRef}
          label="Time zone"
          name="timeZone"
          defaultValue={submittedOr(state, "timeZone", account?.timeZone ?? "UTC")}
          options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
          hint="Readings are dated by the calendar day in this time zone."
          errors={errors.timeZone}
        />
        <SelectField
          label="Rule set"
          name="ruleSet"
          defaultValue={submittedOr(state, "ruleSet", account?.ruleSet ?? "article")}
          options={RULE_SETS.map((r) => ({ value: r, label: RULE_SET_LABELS[r] }))}
          hint="Which eligibility thresholds to apply: the article's, or TikTok's current public ones."
          errors={errors.ruleSet}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save account"}
        </Button>
      </form>
    </div>
  );
}
