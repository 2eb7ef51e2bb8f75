import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/queries/accounts";
import { SettingsForm } from "@/components/settings/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { updateSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const accounts = await listAccounts(user.id);
  return (
    <div className="max-w-xl">
      <PageHeader title="Settings" description={`Signed in as ${user.email}.`} />
      <SettingsForm action={updateSettingsAction} settings={{ name: user.name, isAdult: user.isAdult }} />
      <section aria-labelledby="security-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="security-heading" className="text-lg font-semibold text-slate-900">
          Sign-in and sessions
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Change your password, see where you are signed in, sign out one browser or everywhere.
        </p>
        <Link
          href="/settings/security"
          className="mt-2 inline-block text-sm font-medium text-indigo-800 underline-offset-2 hover:underline"
        >
          Password and sessions
        </Link>
      </section>
      <section aria-labelledby="notifications-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900">
          Notifications
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Which milestones reach you in the app, by e-mail or by webhook, the delivery log and the e-mail outbox.
        </p>
        <Link
          href="/settings/notifications"
          className="mt-2 inline-block text-sm font-medium text-indigo-800 underline-offset-2 hover:underline"
        >
          Notification settings
        </Link>
      </section>
      <section aria-labelledby="api-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="api-heading" className="text-lg font-semibold text-slate-900">
          API
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Personal access tokens for the REST API, to record readings from scripts and other tools.
        </p>
        <Link
          href="/settings/api"
          className="mt-2 inline-block text-sm font-medium text-indigo-800 underline-offset-2 hover:underline"
        >
          API tokens
        </Link>
      </section>
      <section aria-labelledby="import-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="import-heading" className="text-lg font-semibold text-slate-900">
          Import from TikTok
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Bring in the history TikTok Studio&apos;s &ldquo;Download data&rdquo; gives you, per account.
        </p>
        {accounts.length ? (
          <ul className="mt-2 space-y-1">
            {accounts.map((account) => (
              <li key={account.id}>
                <Link
                  href={`/accounts/${account.id}/import`}
                  className="text-sm font-medium text-indigo-800 underline-offset-2 hover:underline"
                >
                  Import into @{account.handle}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-700">
            <Link href="/accounts/new" className="font-medium text-indigo-800 underline-offset-2 hover:underline">
              Add an account
            </Link>{" "}
            first.
          </p>
        )}
      </section>
      <section aria-labelledby="data-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="data-heading" className="text-lg font-semibold text-slate-900">
          Your data
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Download everything (CSV files and JSON), import Milepost CSV files, or delete your account and all its data.
        </p>
        <Link
          href="/settings/data"
          className="mt-2 inline-block text-sm font-medium text-indigo-800 underline-offset-2 hover:underline"
        >
          Export, import and delete
        </Link>
      </section>
    </div>
  );
}
