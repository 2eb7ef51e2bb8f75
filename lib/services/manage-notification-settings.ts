// What a creator changes about notifications: the preferences matrix, the webhook (its URL, format and signing
// secret), a test delivery to it, and unsubscribing from one kind of e-mail through a signed link.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { getCreatorProfile } from "@/lib/db/creators";
import { deleteWebhook, getNotificationSettings, setPreferences, upsertWebhook } from "@/lib/db/notification-settings";
import { insertDeliveries, insertNotices } from "@/lib/db/notifications";
import { AppError } from "@/lib/errors/app-error";
import { CHANNELS, NOTICE_CATEGORIES } from "@/lib/notifications/categories";
import { enqueueDeliveries } from "@/lib/notifications/queue";
import { newWebhookSecret } from "@/lib/notifications/signature";
import { resolveWebhookTarget } from "@/lib/notifications/webhook-target";
import type { UnsubscribeTarget } from "@/lib/models/notification-settings";
import { unsubscribeTarget } from "@/lib/notifications/unsubscribe";
import type { PreferencesInput, WebhookInput } from "@/lib/validation/notifications";

/** Every switch of the matrix, written in one transaction. */
export async function updatePreferences(creatorId: string, input: PreferencesInput): Promise<void> {
  const entries = CHANNELS.flatMap((channel) =>
    NOTICE_CATEGORIES.map((category) => ({ channel, category, enabled: input[channel][category] })),
  );
  await prisma.$transaction((tx) => setPreferences(creatorId, entries, tx));
}

const noWebhook = (message: string) => new AppError("VALIDATION", message);

/**
 * Sets the creator's webhook. The URL must reach a public server (or any, when the operator allows private ones).
 * A first webhook gets a new signing secret, returned here once; replacing the URL keeps the secret.
 */
export async function saveWebhook(creatorId: string, input: WebhookInput): Promise<{ secret: string | null }> {
  const target = await resolveWebhookTarget(input.url);
  if (!target.ok) throw new AppError("VALIDATION", "Please fix the highlighted fields.", { url: [target.message] });
  return prisma.$transaction(async (tx) => {
    const { webhook } = await getNotificationSettings(creatorId, tx);
    const secret = webhook ? undefined : newWebhookSecret();
    await upsertWebhook(creatorId, { url: target.url.href, format: input.format, secret }, tx);
    return { secret: secret ?? null };
  });
}

/** A new signing secret for the existing webhook (the old one stops verifying); returned once. */
export async function regenerateWebhookSecret(creatorId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { webhook } = await getNotificationSettings(creatorId, tx);
    if (!webhook) throw noWebhook("Add a webhook first.");
    const secret = newWebhookSecret();
    await upsertWebhook(creatorId, { url: webhook.url, format: webhook.format, secret }, tx);
    return secret;
  });
}

export async function removeWebhook(creatorId: string): Promise<void> {
  await prisma.$transaction((tx) => deleteWebhook(creatorId, tx));
}

/** Queues one delivery of a test notice to the webhook (not shown in the app); returns the delivery's id. */
export async function sendTestWebhook(creatorId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { webhook } = await getNotificationSettings(creatorId, tx);
    if (!webhook) throw noWebhook("Add a webhook first, then send a test.");
    const [notice] = await insertNotices(
      creatorId,
      [
        {
          accountId: null,
          kind: "test",
          eventKey: `test:${randomUUID()}`,
          category: null,
          ruleKey: null,
          day: null,
          title: "Test from Milepost",
          body: "Your webhook is set up. Milestone notices will arrive here like this one.",
          link: "/settings/notifications",
          showInApp: false,
        },
      ],
      tx,
    );
    const ids = await insertDeliveries(creatorId, notice!.id, ["webhook"], tx);
    await enqueueDeliveries(tx, ids);
    return ids[0]!;
  });
}

/** Turns off e-mails of the category a signed unsubscribe link names (no sign-in: the signature is the proof). */
export async function unsubscribeEmail(params: URLSearchParams): Promise<UnsubscribeTarget | null> {
  const target = unsubscribeTarget(params);
  if (!target || !(await getCreatorProfile(target.creatorId))) return null;
  await prisma.$transaction((tx) =>
    setPreferences(target.creatorId, [{ channel: "email", category: target.category, enabled: false }], tx),
  );
  return target;
}
