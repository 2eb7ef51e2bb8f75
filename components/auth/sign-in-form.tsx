"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/messages";

export function SignInForm() {
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const requested = useSearchParams().get("callbackUrl");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const email = String(formData.get("email") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    const fieldErrors: Record<string, string[]> = {};
    if (!email) fieldErrors.email = ["Enter your e-mail address."];
    if (!password) fieldErrors.password = ["Enter your password."];
    if (Object.keys(fieldErrors).length) {
      setState({ status: "error", message: "Please fix the highlighted fields.", fieldErrors });
      return;
    }
    startTransition(async () => {
      // A failed request (no network, a proxy's error page) must not end in an error screen.
      const result = await signIn("credentials", { email, password, redirect: false }).catch(() => undefined);
      if (!result || result.error) {
        setState({ status: "error", message: result?.error ?? SIGN_IN_UNAVAILABLE });
        return;
      }
      // Only ever a page of this site, read as the browser will read it ("/\t/evil.example" leads elsewhere).
      router.push(safeCallbackUrl(requested, window.location.origin));
      router.refresh();
    });
  }

  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required errors={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
