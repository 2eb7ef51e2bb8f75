"use client";
// Editing one account reading.
import type { FormState } from "@/lib/http/form-state";
import type { Day } from "@/lib/time/days";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-submission-key";
import { AccountFiguresFields } from "./account-figures-fields";

export interface AccountSnapshotFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  today: Day;
  snapshot: AccountSnapshotRow;
}

export function AccountSnapshotForm({ action, accountId, today, snapshot }: AccountSnapshotFormProps) {
  const { state, formAction, pending, key } = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="accountId" value={accountId} />
        <input type="hidden" name="snapshotId" value={snapshot.id} />
        <AccountFiguresFields state={state} today={today} initial={snapshot} followersRequired />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save reading"}
        </Button>
      </form>
    </div>
  );
}
