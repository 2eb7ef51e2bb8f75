"use client";
// A webhook's signing secret, right after it was made: the only time the creator sees it.
import { useId, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

/** The secret a successful save or regeneration handed back, if any. */
export function secretOf(state: FormState): string | null {
  const secret = state.status === "success" ? (state as FormState & { secret?: unknown }).secret : undefined;
  return typeof secret === "string" ? secret : null;
}

export function SecretOnce({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <label htmlFor={id} className="block font-semibold">
        Signing secret (shown only now)
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="webhook-secret"
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="mt-2">Keep it with your receiver. Milepost will not show it again; if you lose it, make a new one.</p>
    </div>
  );
}
