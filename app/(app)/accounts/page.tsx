import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/queries/accounts";
import { AccountList } from "@/components/accounts/account-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const user = await requireUser();
  const accounts = await listAccounts(user.id);
  return (
    <>
      <PageHeader
        title="Your accounts"
        description="The accounts you track. Open one to record today's numbers."
        actions={
          <Link href="/accounts/new" className={buttonClass("primary")}>
            Add account
          </Link>
        }
      />
      {accounts.length ? (
        <AccountList accounts={accounts} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          You do not track any account yet. Add your TikTok handle to start recording followers and views.
        </p>
      )}
    </>
  );
}
