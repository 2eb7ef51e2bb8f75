"use client";
// What can be done with a webhook once it exists: send a test, make a new secret, remove it.
import Link from "next/link";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { useActionForm } from "@/components/ui/use-submission-key";
import { SecretOnce, secretOf } from "./secret-once";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function Result({ state, children }: { state: FormState; children?: ReactNode }) {
  return (
    <div aria-live="polite">
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      {state.status === "success" && state.message ? (
        <p className="text-sm text-green-800">
          {state.message} {children}
        </p>
      ) : null}
    </div>
  );
}

export function SendTestButton({ action }: { action: Action }) {
  const { state, formAction, pending } = useActionForm(action);
  return (
    <div className="space-y-2">
      <form action={formAction}>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Queuing…" : "Send test"}
        </Button>
      </form>
      <Result state={state}>
        <Link href="/settings/notifications/deliveries" className="font-medium text-indigo-800 underline">
          Open the delivery log
        </Link>
      </Result>
    </div>
  );
}

export function RegenerateSecretButton({ action }: { action: Action }) {
  const { state, formAction, pending } = useActionForm(action);
  const secret = secretOf(state);
  return (
    <div className="space-y-2">
      <form action={formAction}>
        <Button type="submit" variant="secondary" disabled={pending} aria-describedby="regenerate-hint">
          {pending ? "Making a new secret…" : "Regenerate secret"}
        </Button>
        <p id="regenerate-hint" className="mt-1 text-xs text-slate-600">
          The old secret stops verifying at once.
        </p>
      </form>
      <Result state={state} />
      {secret ? <SecretOnce secret={secret} /> : null}
    </div>
  );
}

export function RemoveWebhookButton({ action }: { action: Action }) {
  return <ConfirmDelete action={action} fields={{}} what="your webhook" consequence="Notices stop going to it." />;
}
