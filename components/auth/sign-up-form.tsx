"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { SIGN_IN_UNAVAILABLE, SIGN_UP_UNAVAILABLE } from "@/lib/auth/messages";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** `signUp` is the sign-up server action, passed in by the page (components import nothing from app/). */
export function SignUpForm({ signUp }: { signUp: (formData: FormData) => Promise<FormState> }) {
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      // A failed request (no network, a proxy's error page) must not end in an error screen.
      const result = await signUp(formData).catch((): FormState => ({
        status: "error",
        message: SIGN_UP_UNAVAILABLE,
      }));
      if (result.status !== "success") {
        setState(result);
        return;
      }
      const signedIn = await signIn("credentials", {
        email: formData.get("email"),
        password: formData.get("password"),
        redirect: false,
      }).catch(() => undefined);
      if (!signedIn || signedIn.error) {
        setState({ status: "error", message: signedIn?.error ?? SIGN_IN_UNAVAILABLE });
        return;
      }
      router.push("/dashboard");
      router.refresh();
    });
  }

  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field label="Name (optional)" name="name" autoComplete="name" errors={errors.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required errors={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        errors={errors.password}
      />
      <div className="flex items-start gap-2">
        <input id="field-isAdult" name="isAdult" type="checkbox" className="mt-1 h-4 w-4 rounded border-slate-400" />
        <label htmlFor="field-isAdult" className="text-sm text-slate-800">
          I am 18 or older{" "}
          <span className="text-slate-600">(TikTok&apos;s Creator Fund and other programs require it)</span>
        </label>
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
