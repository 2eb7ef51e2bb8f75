import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { SettingsForm } from "@/components/settings/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { updateSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  return (
    <div className="max-w-xl">
      <PageHeader title="Settings" description={`Signed in as ${user.email}.`} />
      <SettingsForm action={updateSettingsAction} settings={{ name: user.name, isAdult: user.isAdult }} />
      <section aria-labelledby="notifications-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900">
          Notifications
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Which milestones reach you in the app, by e-mail or by webhook, the delivery log and the e-mail outbox.
        </p>
        <Link href="/settings/notifications" className="mt-2 inline-block text-sm font-medium text-indigo-800 underline-offset-2 hover:underline">
          Notification settings
        </Link>
      </section>
    </div>
  );
}
