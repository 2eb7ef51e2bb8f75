"use client";
// Settings → Sign-in and sessions: the current password, then the new one. Every other session ends.
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-submission-key";

export function PasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {/* Passwords are never refilled after an error: the form starts empty each time. */}
      <form key={key} action={formAction} noValidate className="space-y-4">
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.currentPassword}
        />
        <Field
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          hint="At least 8 characters. Every other browser signed in to your account is signed out."
          errors={errors.newPassword}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </form>
    </div>
  );
}
