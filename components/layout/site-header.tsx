import Link from "next/link";
import type { HeaderState } from "@/lib/models/site-header";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

/** The header from the request's state (the root layout reads it): the name alone while the database is out of reach. */
export function SiteHeader({ state }: { state: HeaderState }) {
  if (state === "unknown") {
    return (
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center px-4 py-3">
          <Link href="/" className="text-lg font-bold text-indigo-800">
            Milepost
          </Link>
        </div>
      </header>
    );
  }
  const { user, unread } = state;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href={user ? "/dashboard" : "/"} className="text-lg font-bold text-indigo-800">
          Milepost
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {user ? (
            <>
              <Link href="/dashboard" className="font-medium text-slate-700 hover:text-indigo-800">
                Dashboard
              </Link>
              <Link href="/accounts" className="font-medium text-slate-700 hover:text-indigo-800">
                Accounts
              </Link>
              <Link href="/settings" className="font-medium text-slate-700 hover:text-indigo-800">
                Settings
              </Link>
              <NotificationBell initialUnread={unread} />
              <span className="hidden text-slate-600 sm:inline" title="Signed in as">
                {user.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className="font-medium text-slate-700 hover:text-indigo-800">
                Sign in
              </Link>
              <Link
                href="/signup"
                className="rounded-md bg-indigo-700 px-3 py-1.5 font-semibold text-white hover:bg-indigo-800"
              >
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
