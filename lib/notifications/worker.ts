// The delivery worker: takes delivery jobs from the queue and makes one attempt each. A failed attempt is retried
// with exponential backoff (1 minute, doubling, at most 4 hours apart) until 24 hours have passed, then the delivery
// gives up and the creator is told in the app. A worker killed mid-attempt leaves the delivery "sending"; its job
// expires and another worker (or the same one, restarted) takes it over with the same Idempotency-Key.
import PgBoss from "pg-boss";
import { workerSettings } from "@/lib/config";
import { prisma } from "@/lib/db/client";
import { openSecret } from "@/lib/secrets";
import { channelEnabled } from "./categories";
import { postWebhook, sendEmail } from "./channels";
import {
  claimDelivery,
  completeDelivery,
  listOverdueDeliveries,
  markGaveUp,
  scheduleRetry,
  type ClaimedDelivery,
} from "./deliveries";
import { emailMessage, webhookBody } from "./messages";
import { DELIVERY_QUEUE, enqueueDeliveries } from "./queue";
import { unsubscribePath } from "./unsubscribe";
import { writeNotices } from "@/lib/services/notify";

export interface WorkerConfig {
  databaseUrl: string;
  baseUrl: string; // links in e-mails and webhooks
  smtpUrl: string | null; // null: e-mails are kept in the database (the outbox page)
  mailFrom: string;
  retryBaseMs: number;
  retryMaxMs: number;
  giveUpAfterMs: number;
  attemptTimeoutSeconds: number;
  pollingIntervalSeconds: number;
  concurrency: number;
  sweepIntervalMs: number; // how often to look for deliveries whose job was lost
}

/** The settings from the environment (MILEPOST_WORKER_* and MILEPOST_RETRY_* …, see lib/config). */
export function workerConfigFromEnv(): WorkerConfig {
  return workerSettings();
}

/** The wait before attempt n + 1 after n failed attempts: base × 2^(n−1), capped. */
export function retryDelayMs(failedAttempts: number, config: Pick<WorkerConfig, "retryBaseMs" | "retryMaxMs">): number {
  return Math.min(config.retryBaseMs * 2 ** Math.max(0, failedAttempts - 1), config.retryMaxMs);
}

const CHANNEL_NAMES = { email: "e-mail", webhook: "webhook" } as const;

type Outcome = { status: "delivered" | "kept" | "skipped" | "retry" | "failed"; error?: string };

/** One attempt of one delivery (what a job does). Never throws for a channel's failure: it schedules the retry. */
export async function deliverOnce(deliveryId: string, config: WorkerConfig): Promise<Outcome | null> {
  const delivery = await claimDelivery(deliveryId, config.attemptTimeoutSeconds);
  if (!delivery) return null;
  const category = delivery.notice.category ?? "";
  const wanted = delivery.notice.kind === "test" || channelEnabled(delivery.preferences, delivery.channel, category);
  if (!wanted || (delivery.channel === "webhook" && !delivery.webhook)) {
    await completeDelivery(delivery.id, "skipped", null);
    return { status: "skipped" };
  }
  let message: object | null = null;
  try {
    if (delivery.channel === "email") {
      const unsubscribe =
        delivery.notice.kind === "milestone" ||
        delivery.notice.kind === "import_summary" ||
        delivery.notice.kind === "connection"
          ? unsubscribePath(delivery.creatorId, category)
          : null;
      const email = emailMessage(delivery.notice, delivery.email, config.baseUrl, unsubscribe);
      message = email;
      if (!config.smtpUrl) {
        await completeDelivery(delivery.id, "kept", email);
        return { status: "kept" };
      }
      await sendEmail(config.smtpUrl, config.mailFrom, email, Math.max(1000, config.attemptTimeoutSeconds * 800));
    } else {
      const webhook = delivery.webhook!;
      const body = webhookBody(delivery.notice, config.baseUrl, webhook.format);
      message = { url: webhook.url, body };
      // A secret that cannot be opened (a missing key) fails the attempt with a reason that names no secret.
      const secret = openSecret(webhook.sealedSecret, { legacyPlaintext: true });
      await postWebhook(
        { url: webhook.url, secret, body, idempotencyKey: delivery.id, event: delivery.notice.kind },
        Math.max(1000, config.attemptTimeoutSeconds * 800),
      );
    }
    await completeDelivery(delivery.id, "delivered", message);
    return { status: "delivered" };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    return failed(delivery, reason, message, config);
  }
}

async function failed(
  delivery: ClaimedDelivery,
  reason: string,
  message: object | null,
  config: WorkerConfig,
): Promise<Outcome> {
  const nextAt = new Date(Date.now() + retryDelayMs(delivery.attempts, config));
  const giveUp = nextAt.getTime() - delivery.createdAt.getTime() > config.giveUpAfterMs;
  await prisma.$transaction(async (tx) => {
    if (!giveUp) {
      await scheduleRetry(tx, delivery.id, reason, nextAt, message);
      await enqueueDeliveries(tx, [delivery.id], nextAt);
      return;
    }
    await markGaveUp(tx, delivery.id, reason, message);
    await writeNotices(tx, delivery.creatorId, [
      {
        accountId: delivery.notice.account?.id ?? null,
        kind: "delivery_failed",
        eventKey: `failed:${delivery.id}`,
        category: "delivery",
        ruleKey: null,
        day: null,
        title: `We could not send a notice by ${CHANNEL_NAMES[delivery.channel]}`,
        body: `“${delivery.notice.title}” was tried ${delivery.attempts} times over a day and did not go through. Last error: ${reason}`,
        link: "/settings/notifications/deliveries",
      },
    ]);
  });
  return { status: giveUp ? "failed" : "retry", error: reason };
}

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Starts pg-boss and `concurrency` job loops, plus the sweep for deliveries whose job was lost. */
export async function startWorker(
  config: WorkerConfig,
  log: (line: string) => void = () => {},
): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString: config.databaseUrl,
    max: config.concurrency + 2,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, config.attemptTimeoutSeconds)),
    migrate: false,
  });
  boss.on("error", (error) => log(`queue error: ${error.message}`));
  await boss.start();
  for (let i = 0; i < config.concurrency; i++) {
    await boss.work<{ deliveryId: string }>(
      DELIVERY_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: config.pollingIntervalSeconds },
      async ([job]) => {
        if (!job) return;
        const outcome = await deliverOnce(job.data.deliveryId, config);
        if (outcome)
          log(`delivery ${job.data.deliveryId}: ${outcome.status}${outcome.error ? ` (${outcome.error})` : ""}`);
      },
    );
  }
  const sweep = async () => {
    const overdue = await listOverdueDeliveries(config.attemptTimeoutSeconds * 2 + 30);
    if (overdue.length) {
      await prisma.$transaction((tx) => enqueueDeliveries(tx, overdue));
      log(`re-queued ${overdue.length} overdue deliveries`);
    }
  };
  const timer = setInterval(
    () => void sweep().catch((error: unknown) => log(`sweep failed: ${String(error)}`)),
    config.sweepIntervalMs,
  );
  timer.unref();
  await sweep();
  return {
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: config.attemptTimeoutSeconds * 1000 });
    },
  };
}
