import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getNotificationSettings } from "@/lib/queries/notification-settings";
import { channelEnabled, CHANNELS, NOTICE_CATEGORIES } from "@/lib/notifications/categories";
import { PreferencesForm } from "@/components/notification-settings/preferences-form";
import { SignatureHelp } from "@/components/notification-settings/signature-help";
import { WebhookForm } from "@/components/notification-settings/webhook-form";
import { WEBHOOK_FORMAT_LABELS } from "@/components/notification-settings/webhook-formats";
import {
  RegenerateSecretButton,
  RemoveWebhookButton,
  SendTestButton,
} from "@/components/notification-settings/webhook-tools";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import {
  regenerateSecretAction,
  removeWebhookAction,
  saveWebhookAction,
  sendTestWebhookAction,
  updatePreferencesAction,
} from "./actions";

export const metadata: Metadata = { title: "Notifications" };

const link = "font-medium text-indigo-800 underline-offset-2 hover:underline";

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const { preferences, webhook, email } = await getNotificationSettings(user.id);
  const enabled = Object.fromEntries(
    CHANNELS.flatMap((channel) =>
      NOTICE_CATEGORIES.map((category) => [`${channel}:${category}`, channelEnabled(preferences, channel, category)]),
    ),
  );
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Notifications"
        back={{ href: "/settings", label: "Settings" }}
        description={
          <>
            What you hear about, and where. E-mails go to {email}. See the{" "}
            <Link href="/settings/notifications/deliveries" className={link}>
              delivery log
            </Link>{" "}
            and the{" "}
            <Link href="/settings/notifications/outbox" className={link}>
              e-mail outbox
            </Link>
            .
          </>
        }
      />
      <Card title="Preferences">
        <PreferencesForm action={updatePreferencesAction} enabled={enabled} hasWebhook={webhook !== null} />
      </Card>
      <Card title="Webhook">
        <div className="space-y-6">
          {webhook ? (
            <p className="text-sm text-slate-800" data-testid="webhook-status">
              Notices go to <span className="break-all font-mono text-xs">{webhook.url}</span> as{" "}
              {WEBHOOK_FORMAT_LABELS[webhook.format]}. A signing secret is set; it was shown once when it was made.
            </p>
          ) : (
            <p className="text-sm text-slate-800" data-testid="webhook-status">
              No webhook yet. Add one to have each notice POSTed to your server, Slack or Discord.
            </p>
          )}
          <WebhookForm action={saveWebhookAction} webhook={webhook} />
          {webhook ? (
            <div className="flex flex-wrap items-start gap-6 border-t border-slate-200 pt-4">
              <SendTestButton action={sendTestWebhookAction} />
              <RegenerateSecretButton action={regenerateSecretAction} />
              <RemoveWebhookButton action={removeWebhookAction} />
            </div>
          ) : null}
          <SignatureHelp />
        </div>
      </Card>
    </div>
  );
}
