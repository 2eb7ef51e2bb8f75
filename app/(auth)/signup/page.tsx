import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Create your Milepost account</h1>
      <SignUpForm signUp={signUpAction} />
      <p className="mt-6 text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/signin" className="font-semibold text-indigo-800 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
