// A creator's notification switches and webhook. Scoped by the creator (the row keys are the creator's id).
import type { Channel } from "@/lib/notifications/categories";
import { sealSecret } from "@/lib/secrets";
import { prisma, type Tx } from "./client";
import type { NotificationSettings } from "@/lib/models/notification-settings";

export async function getNotificationSettings(creatorId: string, tx: Tx = prisma): Promise<NotificationSettings> {
  const creator = await tx.creator.findUniqueOrThrow({
    where: { id: creatorId },
    select: {
      email: true,
      preferences: { select: { channel: true, category: true, enabled: true } },
      webhook: { select: { url: true, format: true, createdAt: true } },
    },
  });
  return {
    email: creator.email,
    preferences: new Map(creator.preferences.map((p) => [`${p.channel}:${p.category}`, p.enabled])),
    webhook: creator.webhook
      ? { ...creator.webhook, format: creator.webhook.format === "chat" ? "chat" : "json" }
      : null,
  };
}

export async function setPreferences(
  creatorId: string,
  entries: readonly { channel: Channel; category: string; enabled: boolean }[],
  tx: Tx = prisma,
): Promise<void> {
  for (const { channel, category, enabled } of entries) {
    await tx.notificationPreference.upsert({
      where: { creatorId_channel_category: { creatorId, channel, category } },
      create: { creatorId, channel, category, enabled },
      update: { enabled },
    });
  }
}

/**
 * Sets the creator's webhook (replacing any). `secret` is the plain signing secret (shown to the creator once by the
 * caller); it is stored sealed (lib/secrets), and the worker opens it to sign.
 */
export async function upsertWebhook(
  creatorId: string,
  data: { url: string; format: "json" | "chat"; secret?: string },
  tx: Tx = prisma,
): Promise<void> {
  const { url, format, secret } = data;
  if (secret) {
    const sealed = sealSecret(secret);
    await tx.webhook.upsert({
      where: { creatorId },
      create: { creatorId, url, format, secret: sealed },
      update: { url, format, secret: sealed },
    });
  } else await tx.webhook.update({ where: { creatorId }, data: { url, format } });
}

export async function deleteWebhook(creatorId: string, tx: Tx = prisma): Promise<void> {
  await tx.webhook.deleteMany({ where: { creatorId } });
}
