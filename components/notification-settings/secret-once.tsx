"use client";
// A webhook's signing secret, right after it was made: the only time the creator sees it.
import type { FormState } from "@/lib/http/form-state";
import { ShownOnce } from "@/components/ui/shown-once";

/** The secret a successful save or regeneration handed back, if any. */
export function secretOf(state: FormState): string | null {
  const secret = state.status === "success" ? (state as FormState & { secret?: unknown }).secret : undefined;
  return typeof secret === "string" ? secret : null;
}

export function SecretOnce({ secret }: { secret: string }) {
  return (
    <ShownOnce label="Signing secret (shown only now)" value={secret} testId="webhook-secret">
      Keep it with your receiver. Milepost will not show it again; if you lose it, make a new one.
    </ShownOnce>
  );
}
