// The worker's side of notification_deliveries: claiming an attempt, recording its outcome, finding deliveries whose
// job was lost. These act on a delivery by id for the worker (no signed-in creator); the creator's own view of
// deliveries is lib/db/notifications.
import { prisma, type Tx } from "@/lib/db/client";
import { dateToDay } from "@/lib/time/days";
import type { NoticeContent } from "./messages";

export interface ClaimedDelivery {
  id: string;
  creatorId: string;
  channel: "email" | "webhook";
  attempts: number; // including this one
  createdAt: Date;
  notice: NoticeContent;
  email: string;
  /** `sealedSecret` as stored: sealed (lib/secrets), or plain when stored before secrets were encrypted. */
  webhook: { url: string; sealedSecret: string; format: string } | null;
  preferences: Map<string, boolean>;
}

/**
 * Takes the delivery for one attempt: only when it waits (pending) or its last attempt's worker died (sending, lock
 * expired). Two workers never both get it; returns null when there is nothing to do.
 */
export async function claimDelivery(id: string, lockSeconds: number): Promise<ClaimedDelivery | null> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE notification_deliveries SET status = 'sending', attempts = attempts + 1, locked_until = now() + make_interval(secs => ${lockSeconds}::float8), updated_at = now()
    WHERE id = ${id} AND (status = 'pending' OR (status = 'sending' AND locked_until < now()))
    RETURNING id`;
  if (!rows.length) return null;
  const row = await prisma.notificationDelivery.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      creatorId: true,
      channel: true,
      attempts: true,
      createdAt: true,
      notice: {
        select: {
          id: true,
          kind: true,
          eventKey: true,
          category: true,
          ruleKey: true,
          day: true,
          title: true,
          body: true,
          link: true,
          createdAt: true,
          account: { select: { id: true, handle: true } },
        },
      },
      creator: {
        select: {
          email: true,
          webhook: { select: { url: true, secret: true, format: true } },
          preferences: { select: { channel: true, category: true, enabled: true } },
        },
      },
    },
  });
  return {
    id: row.id,
    creatorId: row.creatorId,
    channel: row.channel,
    attempts: row.attempts,
    createdAt: row.createdAt,
    notice: { ...row.notice, day: row.notice.day ? dateToDay(row.notice.day) : null },
    email: row.creator.email,
    webhook: row.creator.webhook && {
      url: row.creator.webhook.url,
      sealedSecret: row.creator.webhook.secret,
      format: row.creator.webhook.format,
    },
    preferences: new Map(row.creator.preferences.map((p) => [`${p.channel}:${p.category}`, p.enabled])),
  };
}

/** The attempt's end: delivered, kept (e-mail without SMTP) or skipped (turned off meanwhile). */
export async function completeDelivery(
  id: string,
  status: "delivered" | "kept" | "skipped",
  message: object | null,
): Promise<void> {
  await prisma.notificationDelivery.update({
    where: { id },
    data: {
      status,
      lockedUntil: null,
      deliveredAt: status === "skipped" ? null : new Date(),
      lastError: null,
      ...(message ? { message } : {}),
    },
  });
}

/** A failed attempt that will be tried again at `nextAttemptAt` (the caller enqueues that attempt in `tx`). */
export async function scheduleRetry(
  tx: Tx,
  id: string,
  error: string,
  nextAttemptAt: Date,
  message: object | null,
): Promise<void> {
  await tx.notificationDelivery.update({
    where: { id },
    data: { status: "pending", lockedUntil: null, lastError: error, nextAttemptAt, ...(message ? { message } : {}) },
  });
}

export async function markGaveUp(tx: Tx, id: string, error: string, message: object | null): Promise<void> {
  await tx.notificationDelivery.update({
    where: { id },
    data: { status: "failed", lockedUntil: null, lastError: error, ...(message ? { message } : {}) },
  });
}

/**
 * Deliveries that should have been attempted by now but were not: their job was lost (it ran out of crash retries, or
 * the queue was unavailable). `graceSeconds` after their time.
 */
export async function listOverdueDeliveries(graceSeconds: number, limit = 100): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM notification_deliveries
    WHERE (status = 'pending' AND next_attempt_at < now() - make_interval(secs => ${graceSeconds}::float8))
       OR (status = 'sending' AND locked_until < now() - make_interval(secs => ${graceSeconds}::float8))
    ORDER BY next_attempt_at LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
