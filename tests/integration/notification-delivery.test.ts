// Delivery end to end, with real servers on loopback: a real SMTP server (smtp-server) receives the e-mails, a real
// HTTP server the webhooks, and the worker runs in this process (startWorker) or as its own process (npm run worker's
// script), killed with SIGKILL in the middle of a delivery. This file has a database of its own, so no other test's
// deliveries reach these workers.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, inject, test } from "vitest";
import { createFreshDatabase, type TestDatabase } from "../../scripts/lib/test-database.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-delivery-"));
const db: TestDatabase = await createFreshDatabase(inject("databaseServerUrl"), path.join(tmp, "pg"));
process.env.DATABASE_URL = db.url;
process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = "1"; // the receivers listen on 127.0.0.1
process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
delete (globalThis as { prisma?: unknown }).prisma; // this file's Prisma client talks to its own database

const { prisma } = await import("@/lib/db/client");
const { dayIn } = await import("@/lib/time/days");
const { upsertWebhook, setPreferences } = await import("@/lib/db/notification-settings");
const { verifyWebhook } = await import("@/lib/notifications/signature");
const { isSealed } = await import("@/lib/secrets");
const { startWorker, retryDelayMs } = await import("@/lib/notifications/worker");
const { createAccount } = await import("@/lib/services/manage-accounts");
const { recordDay } = await import("@/lib/services/record-snapshots");
type WorkerConfig = import("@/lib/notifications/worker").WorkerConfig;

const SECRET = "whsec_test_secret";
let accounts = 0;

afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
  await rm(tmp, { recursive: true, force: true });
});

function config(overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return {
    databaseUrl: db.url,
    baseUrl: "http://milepost.test",
    smtpUrl: null,
    mailFrom: "Milepost <milepost@milepost.test>",
    retryBaseMs: 200,
    retryMaxMs: 2_000,
    giveUpAfterMs: 60_000,
    attemptTimeoutSeconds: 2,
    pollingIntervalSeconds: 0.5,
    concurrency: 2,
    sweepIntervalMs: 1_000,
    ...overrides,
  };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A creator (e-mail on, optionally a webhook) with an account whose reading today crosses 1,000 followers. */
async function creatorWithAccount(label: string, webhookUrl?: string) {
  const creator = await prisma.creator.create({
    data: { email: `${label}-${Date.now()}@example.test`, passwordHash: "-" },
    select: { id: true, email: true },
  });
  if (webhookUrl) await upsertWebhook(creator.id, { url: webhookUrl, format: "json", secret: SECRET });
  const account = await createAccount(creator.id, {
    platform: "tiktok",
    handle: `deliver.${label}.${accounts++}`,
    timeZone: "UTC",
    ruleSet: "article",
  });
  // A reading of long ago (backfilled, so quiet) already past 100 followers: today's reading crosses only 1,000.
  await recordDay(creator.id, { accountId: account.id, day: "2025-01-10", followers: 500, videos: [] }, new Date());
  return { creatorId: creator.id, email: creator.email, accountId: account.id };
}

async function crossThousandFollowers(creatorId: string, accountId: string): Promise<void> {
  const now = new Date();
  const today = dayIn("UTC", now);
  await recordDay(creatorId, { accountId, day: today, followers: 1_020, videos: [] }, now);
}

const deliveriesOf = (creatorId: string) =>
  prisma.notificationDelivery.findMany({ where: { creatorId }, orderBy: { channel: "asc" } });

interface Received {
  key: string;
  signature: string;
  body: string;
}

/** An HTTP receiver answering with `statuses` in turn (then 200); "hang" never answers. */
async function receiver(statuses: (number | "hang")[] = []) {
  const received: Received[] = [];
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({
        key: String(req.headers["idempotency-key"]),
        signature: String(req.headers["x-milepost-signature"]),
        body,
      });
      const status = statuses.shift() ?? 200;
      if (status === "hang") hanging.push(res);
      else res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => {
      for (const res of hanging) res.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Mail {
  to: string;
  raw: string;
}

async function smtpServer(port = 0) {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Decodes a quoted-printable MIME message enough to read its text. */
const readable = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe("e-mail", () => {
  test("a real SMTP server receives the e-mail: subject and body name the milestone, with the timeline and unsubscribe links", async () => {
    const smtp = await smtpServer();
    const worker = await startWorker(config({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` }));
    try {
      const { creatorId, email, accountId } = await creatorWithAccount("mail");
      await crossThousandFollowers(creatorId, accountId);
      const mail = await waitFor("the e-mail", async () => smtp.mails.find((m) => m.to === email));
      const text = readable(mail.raw);
      expect(text).toMatch(/^Subject: @deliver\.mail\.\d+: You reached 1,000 followers/m);
      expect(text).toContain("Eligibility for monetization starts at this size.");
      expect(text).toContain(
        `http://milepost.test/accounts/${accountId}/timeline#event-crossed-account-followers-1k-account-${accountId}`,
      );
      expect(text).toMatch(/List-Unsubscribe:\s+<http:\/\/milepost\.test\/unsubscribe\?c=/);
      expect(text).toContain("Content-Type: text/html");
      const [delivery] = await waitFor("delivered", async () => {
        const rows = await deliveriesOf(creatorId);
        return rows.every((d) => d.status === "delivered") && rows;
      });
      expect(delivery).toMatchObject({ channel: "email", attempts: 1, lastError: null });
    } finally {
      await worker.stop();
      await smtp.close();
    }
  });

  test("without SMTP_URL the e-mail is kept in the database, not dropped", async () => {
    const worker = await startWorker(config({ smtpUrl: null }));
    try {
      const { creatorId, email, accountId } = await creatorWithAccount("kept");
      await crossThousandFollowers(creatorId, accountId);
      const kept = await waitFor("kept", async () => (await deliveriesOf(creatorId)).find((d) => d.status === "kept"));
      expect(kept.message).toMatchObject({
        to: email,
        subject: expect.stringContaining("You reached 1,000 followers"),
      });
    } finally {
      await worker.stop();
    }
  });

  test("SMTP down for a while, then up: the e-mail arrives after a retry", async () => {
    const probe = await smtpServer();
    const port = probe.port;
    await probe.close(); // nothing listens on the port now
    const worker = await startWorker(config({ smtpUrl: `smtp://127.0.0.1:${port}` }));
    let smtp: Awaited<ReturnType<typeof smtpServer>> | undefined;
    try {
      const { creatorId, email, accountId } = await creatorWithAccount("smtpdown");
      await crossThousandFollowers(creatorId, accountId);
      const failed = await waitFor("a failed attempt", async () =>
        (await deliveriesOf(creatorId)).find((d) => d.attempts >= 1 && d.lastError),
      );
      expect(failed.status).not.toBe("delivered");
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
      smtp = await smtpServer(port);
      await waitFor("the e-mail", async () => smtp!.mails.find((m) => m.to === email));
      const delivered = await waitFor("delivered", async () =>
        (await deliveriesOf(creatorId)).find((d) => d.status === "delivered"),
      );
      expect(delivered.attempts).toBeGreaterThanOrEqual(2);
    } finally {
      await worker.stop();
      await smtp?.close();
    }
  });
});

describe("webhooks", () => {
  test("signed; a receiver that answers 500 twice then 200 gets three attempts with the same Idempotency-Key", async () => {
    const hook = await receiver([500, 500]);
    const worker = await startWorker(config());
    try {
      const { creatorId, accountId } = await creatorWithAccount("hook", hook.url);
      // Stored sealed (lib/secrets); the worker opens it to sign.
      const stored = await prisma.webhook.findUniqueOrThrow({ where: { creatorId } });
      expect(isSealed(stored.secret) && !stored.secret.includes(SECRET)).toBe(true);
      await setPreferences(creatorId, [{ channel: "email", category: "followers", enabled: false }]);
      await crossThousandFollowers(creatorId, accountId);
      const delivery = await waitFor("delivered", async () =>
        (await deliveriesOf(creatorId)).find((d) => d.channel === "webhook" && d.status === "delivered"),
      );
      expect(hook.received).toHaveLength(3);
      expect(new Set(hook.received.map((r) => r.key))).toEqual(new Set([delivery.id]));
      for (const r of hook.received) expect(verifyWebhook(SECRET, r.body, r.signature)).toBe(true);
      expect(verifyWebhook("another secret", hook.received[0]!.body, hook.received[0]!.signature)).toBe(false);
      expect(JSON.parse(hook.received[2]!.body)).toMatchObject({
        type: "milestone",
        milestone: "account.followers.1k",
        category: "followers",
        account: { id: accountId },
      });
      expect(delivery.attempts).toBe(3);
      expect(await deliveriesOf(creatorId)).toHaveLength(1); // e-mail was off for followers
    } finally {
      await worker.stop();
      await hook.close();
    }
  });

  test("a receiver that never succeeds: the delivery gives up after the retry window and the creator is told in the app", async () => {
    const hook = await receiver(Array(50).fill(503));
    const worker = await startWorker(config({ giveUpAfterMs: 1_500, retryBaseMs: 200, retryMaxMs: 400 }));
    try {
      const { creatorId, accountId } = await creatorWithAccount("giveup", hook.url);
      await setPreferences(creatorId, [{ channel: "email", category: "followers", enabled: false }]);
      await crossThousandFollowers(creatorId, accountId);
      const failed = await waitFor("gave up", async () =>
        (await deliveriesOf(creatorId)).find((d) => d.status === "failed"),
      );
      expect(failed.lastError).toBe("The receiver answered HTTP 503");
      expect(hook.received.length).toBe(failed.attempts);
      const notice = await prisma.notificationNotice.findFirstOrThrow({
        where: { creatorId, kind: "delivery_failed" },
      });
      expect(notice).toMatchObject({ showInApp: true, readAt: null, title: "We could not send a notice by webhook" });
      expect(await prisma.notificationDelivery.count({ where: { noticeId: notice.id } })).toBe(0); // not sent by the channel that failed
    } finally {
      await worker.stop();
      await hook.close();
    }
  });

  test("two workers at once deliver each notice once", async () => {
    const hook = await receiver();
    const workers = await Promise.all([startWorker(config()), startWorker(config())]);
    try {
      const { creatorId, accountId } = await creatorWithAccount("pair", hook.url);
      await setPreferences(creatorId, [
        { channel: "email", category: "views", enabled: false },
        { channel: "email", category: "followers", enabled: false },
      ]);
      // Ten videos crossing 100 views today: ten notices, ten webhook deliveries.
      const today = dayIn("UTC", new Date());
      const videos = [];
      for (let i = 0; i < 10; i++)
        videos.push(
          await prisma.video.create({
            data: { accountId, platformId: `pair-${i}`, title: `Pair ${i}` },
            select: { id: true },
          }),
        );
      await recordDay(
        creatorId,
        { accountId, day: today, followers: 10, videos: videos.map((v) => ({ videoId: v.id, views: 150 })) },
        new Date(),
      );
      const rows = await waitFor("all delivered", async () => {
        const all = await deliveriesOf(creatorId);
        return all.length >= 10 && all.every((d) => d.status === "delivered") && all;
      });
      expect(rows.length).toBeGreaterThanOrEqual(10);
      expect(hook.received.map((r) => r.key).sort()).toEqual(rows.map((d) => d.id).sort());
      expect(rows.every((d) => d.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await hook.close();
    }
  });
});

describe("the worker process", () => {
  let child: ChildProcess | undefined;
  const startProcess = () =>
    spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/worker.ts")], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        MILEPOST_DELIVERY_TIMEOUT_SECONDS: "2",
        MILEPOST_RETRY_BASE_SECONDS: "0.2",
        MILEPOST_WORKER_POLL_SECONDS: "0.5",
        MILEPOST_WORKER_SWEEP_SECONDS: "1",
        MILEPOST_ALLOW_PRIVATE_WEBHOOKS: "1",
        SMTP_URL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });

  test("killed with SIGKILL mid-delivery and started again: one notice, the same Idempotency-Key, nothing left undelivered", async () => {
    const hook = await receiver(["hang"]);
    try {
      const { creatorId, accountId } = await creatorWithAccount("killed", hook.url);
      await crossThousandFollowers(creatorId, accountId);
      child = startProcess();
      await waitFor("the first attempt to reach the receiver", async () => hook.received.length >= 1, 30_000);
      child.kill("SIGKILL");
      await new Promise((resolve) => child!.once("exit", resolve));
      const during = await prisma.notificationDelivery.findFirstOrThrow({ where: { creatorId, channel: "webhook" } });
      expect(during.status).toBe("sending"); // the attempt died with its worker

      child = startProcess();
      const delivered = await waitFor(
        "redelivery after the restart",
        async () => {
          const rows = await deliveriesOf(creatorId);
          return rows.length === 2 && rows.every((d) => d.status === "delivered" || d.status === "kept") && rows;
        },
        30_000,
      );
      const webhook = delivered.find((d) => d.channel === "webhook")!;
      expect(hook.received.length).toBeGreaterThanOrEqual(2);
      expect(new Set(hook.received.map((r) => r.key))).toEqual(new Set([webhook.id]));
      expect(webhook.attempts).toBe(hook.received.length);
      expect(await prisma.notificationNotice.count({ where: { creatorId, kind: "milestone" } })).toBe(1);
      expect(
        await prisma.notificationDelivery.count({ where: { creatorId, status: { in: ["pending", "sending"] } } }),
      ).toBe(0);
    } finally {
      child?.kill("SIGTERM");
      if (child && child.exitCode === null) await new Promise((resolve) => child!.once("exit", resolve));
      await hook.close();
    }
  }, 90_000);
});

describe("writing", () => {
  test("fifty concurrent writes that all cross the same threshold: one event, one notice, one delivery per channel", async () => {
    const { creatorId, accountId } = await creatorWithAccount("fifty", "http://127.0.0.1:9/never-called");
    const now = new Date();
    const today = dayIn("UTC", now);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordDay(creatorId, { accountId, day: today, followers: 1_000 + i, videos: [] }, now),
      ),
    );
    expect(
      results.filter((r) => r.milestones.crossings.some((c) => c.ruleKey === "account.followers.1k")),
    ).toHaveLength(1);
    expect(await prisma.milestoneCrossing.count({ where: { accountId, ruleKey: "account.followers.1k" } })).toBe(1);
    const notices = await prisma.notificationNotice.findMany({
      where: { creatorId },
      select: { id: true, eventKey: true },
    });
    expect(notices.map((n) => n.eventKey)).toEqual([`crossed:account.followers.1k:account:${accountId}`]);
    const deliveries = await deliveriesOf(creatorId);
    expect(deliveries.map((d) => d.channel)).toEqual(["email", "webhook"]);
    // Each delivery has its job in the queue (written in the same transaction).
    const jobs = await prisma.$queryRaw<
      { delivery: string }[]
    >`SELECT data->>'deliveryId' AS delivery FROM pgboss.job WHERE name = 'notification-delivery' AND data->>'deliveryId' = ANY(${deliveries.map((d) => d.id)})`;
    expect(new Set(jobs.map((j) => j.delivery))).toEqual(new Set(deliveries.map((d) => d.id)));
  });

  test("a backfilled old day records the crossing quietly: no notice", async () => {
    const { creatorId, accountId } = await creatorWithAccount("backfill");
    await recordDay(creatorId, { accountId, day: "2025-01-10", followers: 5_000, videos: [] }, new Date());
    expect(await prisma.milestoneCrossing.count({ where: { accountId } })).toBeGreaterThan(0);
    expect(await prisma.notificationNotice.count({ where: { creatorId } })).toBe(0);
  });

  test("an import records its crossings quietly and sends one summary", async () => {
    const { startDetection } = await import("@/lib/services/detect-milestones");
    const { recordImportSummary } = await import("@/lib/services/notify");
    const { upsertAccountSnapshot } = await import("@/lib/db/account-snapshots");
    const { creatorId, accountId } = await creatorWithAccount("import");
    const now = new Date();
    const today = dayIn("UTC", now);
    await prisma.$transaction(async (tx) => {
      const detection = await startDetection(tx, creatorId, accountId, [], now);
      await upsertAccountSnapshot(creatorId, accountId, today, { followers: 12_000 }, "typed", tx);
      const events = await detection.finish({ quiet: true });
      expect(events.crossings.map((c) => c.ruleKey).sort()).toEqual([
        "account.followers.10k",
        "account.followers.1k",
        "ready.brand_deals",
      ]);
      await recordImportSummary(tx, creatorId, accountId, "import-1", events);
      await recordImportSummary(tx, creatorId, accountId, "import-1", events); // the same import again: still one
    });
    const notices = await prisma.notificationNotice.findMany({ where: { creatorId } });
    expect(notices.map((n) => [n.kind, n.title])).toEqual([
      ["import_summary", expect.stringMatching(/your import found 3 milestones$/)],
    ]);
    expect((await deliveriesOf(creatorId)).map((d) => d.channel)).toEqual(["email"]);
  });

  test("backoff: one minute doubling, at most four hours apart", () => {
    const production = { retryBaseMs: 60_000, retryMaxMs: 4 * 3_600_000 };
    expect([1, 2, 3, 4, 8, 9, 10, 14].map((n) => retryDelayMs(n, production) / 60_000)).toEqual([
      1, 2, 4, 8, 128, 240, 240, 240,
    ]);
  });
});
