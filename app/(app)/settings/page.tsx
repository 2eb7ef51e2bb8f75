import type { Metadata } from "next";
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
    </div>
  );
}
