import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { describeUserAgent } from "@/lib/format/describe-user-agent";
import { listSessions } from "@/lib/queries/sessions";
import { PasswordForm } from "@/components/settings/password-form";
import { SessionList, SignOutEverywhere } from "@/components/settings/session-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { changePasswordAction, endSessionAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Sign-in and sessions" };

const when = (date: Date) =>
  date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

export default async function SecuritySettingsPage() {
  const user = await requireUser();
  const sessions = await listSessions(user.id, user.sessionId);
  const rows = sessions.map((s) => ({
    id: s.id,
    device: describeUserAgent(s.userAgent),
    signedIn: when(s.createdAt),
    lastSeen: when(s.lastSeenAt),
    current: s.current,
  }));
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Sign-in and sessions"
        back={{ href: "/settings", label: "Settings" }}
        description={`Signed in as ${user.email}.`}
      />
      <Card title="Change password">
        <PasswordForm action={changePasswordAction} />
      </Card>
      <Card title="Where you are signed in">
        <SessionList sessions={rows} endAction={endSessionAction} />
      </Card>
      <Card title="Sign out everywhere">
        <p className="mb-3 text-sm text-slate-700">
          Ends every session of yours, on every browser and device, this one included. Sign in again afterwards.
        </p>
        <SignOutEverywhere action={signOutEverywhereAction} />
      </Card>
    </div>
  );
}
