import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in to Milepost</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
      <p className="mt-6 text-sm text-slate-700">
        New here?{" "}
        <Link href="/signup" className="font-semibold text-indigo-800 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
