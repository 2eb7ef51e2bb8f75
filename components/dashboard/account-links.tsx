import Link from "next/link";
import type { AccountRecord } from "@/lib/models/account";
import type { DashboardRange } from "@/lib/models/dashboard";
import { isSampleHandle } from "@/lib/models/sample-account";
import { SampleBadge } from "./sample-badge";

/** One link per account when the creator tracks several; the shown one carries aria-current. */
export function AccountLinks({
  accounts,
  current,
  range,
}: {
  accounts: AccountRecord[];
  current: string;
  range: DashboardRange;
}) {
  if (accounts.length < 2) return null;
  return (
    <nav aria-label="Accounts" className="flex flex-wrap gap-2 text-sm">
      {accounts.map((account) => (
        <Link
          key={account.id}
          href={`/dashboard?account=${encodeURIComponent(account.id)}&range=${range}`}
          aria-current={account.id === current ? "page" : undefined}
          className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 font-medium ${account.id === current ? "border-indigo-700 bg-indigo-50 text-indigo-900" : "border-slate-300 text-slate-700 hover:text-indigo-800"}`}
        >
          @{account.handle}
          {isSampleHandle(account.handle) ? <SampleBadge /> : null}
        </Link>
      ))}
    </nav>
  );
}
