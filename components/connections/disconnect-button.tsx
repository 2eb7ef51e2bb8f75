"use client";
// "Disconnect" asks first, saying that readings are kept; "Confirm disconnect" does it. Focus follows the question.
import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function DisconnectButton({
  action,
  accountId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(action, initialFormState);
  if (!confirming)
    return (
      <div className="space-y-2">
        <button type="button" className={buttonClass("secondary", "text-red-800")} onClick={() => setConfirming(true)}>
          Disconnect
        </button>
        <FormMessage state={state} />
      </div>
    );
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="accountId" value={accountId} />
      <p className="text-sm text-slate-800">
        Disconnect TikTok? Milepost stops collecting and forgets its access to your TikTok account. Every reading
        collected so far is kept.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" autoFocus disabled={pending} className={buttonClass("danger")}>
          {pending ? "Disconnecting…" : "Confirm disconnect"}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
