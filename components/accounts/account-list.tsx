// The creator's tracked accounts, each with its latest follower count.
import Link from "next/link";
import { formatDay } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { AccountSummary } from "@/lib/models/account";
import { PLATFORM_LABELS } from "@/lib/validation/accounts";

export function AccountList({ accounts }: { accounts: AccountSummary[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {accounts.map((account) => (
        <li key={account.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-semibold">
            <Link href={`/accounts/${account.id}`} className="text-indigo-800 underline">
              @{account.handle}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {PLATFORM_LABELS[account.platform]} · {account.timeZone}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
            <div>
              <dt className="text-slate-700">Followers</dt>
              <dd className="font-semibold tabular-nums">
                {account.lastFollowers === null ? "—" : formatCount(account.lastFollowers)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-700">Videos</dt>
              <dd className="font-semibold tabular-nums">{formatCount(account.videoCount)}</dd>
            </div>
            <div className="col-span-2">
              <dt className="text-slate-700">Last reading</dt>
              <dd>{account.lastDay ? formatDay(account.lastDay) : "None yet"}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
