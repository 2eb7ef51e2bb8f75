"use client";
// Naming and making a personal access token; the new token is shown here once, with a copy button.
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ShownOnce } from "@/components/ui/shown-once";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function tokenOf(state: FormState): string | null {
  const token = state.status === "success" ? (state as FormState & { token?: unknown }).token : undefined;
  return typeof token === "string" ? token : null;
}

function TokenOnce({ token }: { token: string }) {
  return (
    <ShownOnce label="Your new token (shown only now)" value={token} testId="api-token">
      Copy it now and keep it somewhere safe: Milepost stores only a hash and cannot show it again. Send it as{" "}
      <code>Authorization: Bearer …</code>.
    </ShownOnce>
  );
}

export function CreateTokenForm({ action }: { action: Action }) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  const token = tokenOf(state);
  return (
    <div className="space-y-4">
      <form key={key} action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        <Field
          label="Token name"
          name="name"
          errors={errors.name}
          defaultValue={submittedOr(state, "name", "")}
          hint="What uses it, like “Zapier” or “my script”."
          className="min-w-64 flex-1"
          required
          maxLength={100}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      <FormMessage state={state} />
      {token ? <TokenOnce token={token} /> : null}
    </div>
  );
}
