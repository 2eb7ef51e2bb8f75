import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <div className="mx-auto max-w-2xl py-8 text-center">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Every milestone of your channel, on one page</h1>
      <p className="mt-4 text-lg text-slate-700">
        Record your videos&apos; views and your followers day by day. Milepost tells you when you cross 1k views, 10k
        followers or LIVE eligibility, what that unlocks, and what it might be worth.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/signup" className={buttonClass("primary")}>
          Create your account
        </Link>
        <Link href="/signin" className={buttonClass("secondary")}>
          Sign in
        </Link>
      </div>
    </div>
  );
}
