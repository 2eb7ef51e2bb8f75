import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/time/time-zones";
import { AccountForm } from "@/components/accounts/account-form";
import { PageHeader } from "@/components/ui/page-header";
import { createAccountAction } from "../actions";

export const metadata: Metadata = { title: "Add account" };

export default async function NewAccountPage() {
  await requireUser();
  return (
    <div className="max-w-xl">
      <PageHeader title="Add account" back={{ href: "/accounts", label: "Accounts" }} />
      <AccountForm action={createAccountAction} timeZones={listTimeZones()} />
    </div>
  );
}
