// Rotating the secret key and sealing legacy webhook secrets, against a database of this file's own (so the counts
// are this file's rows and no other test's worker takes its deliveries): `npm run milepost -- secrets:rotate` re-seals
// every webhook secret and connection token sealed with the old key so that the new key alone opens them; a value no
// key opens is reported by where, never by what; a row written meanwhile is kept (compare-and-set); a webhook secret
// stored in plain text before encryption keeps signing before and after the worker's start seals it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, inject, test } from "vitest";
import { createFreshDatabase, type TestDatabase } from "../../scripts/lib/test-database.ts";
import { runMilepost, type CliRun } from "../support/milepost-cli";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-secrets-"));
const db: TestDatabase = await createFreshDatabase(inject("databaseServerUrl"), path.join(tmp, "pg"));
process.env.DATABASE_URL = db.url;
delete (globalThis as { prisma?: unknown }).prisma; // this file's Prisma client talks to its own database

const { prisma } = await import("@/lib/db/client");
const { upsertWebhook } = await import("@/lib/db/notification-settings");
const { verifyWebhook } = await import("@/lib/notifications/signature");
const { deliverOnce } = await import("@/lib/notifications/worker");
const { isSealed, openSecret, sealSecret } = await import("@/lib/secrets");
const { keyIdOf } = await import("@/lib/secrets/keys");
const { resealStoredSecrets, sealLegacyWebhookSecrets } = await import("@/lib/secrets/rotate");
const { sendTestWebhook } = await import("@/lib/services/manage-notification-settings");

const OLD_KEY = process.env.MILEPOST_SECRET_KEY!; // the test harness's key (tests/integration/setup-env.ts)
const NEW_KEY = randomBytes(32).toString("base64");
const LEGACY = "whsec_stored_in_plain_text_before_encryption";
let made = 0;

function useKeys(current: string, previous = "") {
  process.env.MILEPOST_SECRET_KEY = current;
  process.env.MILEPOST_PREVIOUS_SECRET_KEYS = previous;
}
afterEach(() => useKeys(OLD_KEY));
afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
  await rm(tmp, { recursive: true, force: true });
});

async function newCreator(): Promise<string> {
  const creator = await prisma.creator.create({
    data: { email: `secrets-${made++}-${Date.now()}@example.test`, passwordHash: "-" },
  });
  return creator.id;
}

/** A connected account whose tokens are sealed with the key in force. */
async function newConnection(creatorId: string, n: number) {
  const account = await prisma.account.create({
    data: { creatorId, platform: "tiktok", handle: `connected.${n}`, timeZone: "UTC" },
  });
  const tokens = { access: `act.access-${n}-${randomBytes(8).toString("hex")}`, refresh: `rft.refresh-${n}` };
  const row = await prisma.platformConnection.create({
    data: {
      creatorId,
      accountId: account.id,
      platform: "tiktok",
      externalId: `open-${n}-${creatorId}`,
      displayName: `Connected ${n}`,
      scopes: ["user.info.basic"],
      accessToken: sealSecret(tokens.access),
      accessTokenExpiresAt: new Date(Date.now() + 86_400_000),
      refreshToken: sealSecret(tokens.refresh),
      refreshTokenExpiresAt: new Date(Date.now() + 365 * 86_400_000),
      collectOffsetSeconds: n,
    },
  });
  return { id: row.id, ...tokens };
}

const storedWebhookSecret = async (creatorId: string) =>
  (await prisma.webhook.findUniqueOrThrow({ where: { creatorId } })).secret;
const keyIdIn = (sealed: string) => sealed.split(".")[1];

function milepost(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return runMilepost(args, { env: { DATABASE_URL: db.url, ...env }, timeoutMs: 90_000 });
}

describe("legacy webhook secrets", () => {
  test(
    "a secret stored in plain text signs before and after the worker's start seals it",
    { timeout: 120_000 },
    async () => {
      const received: { body: string; signature: string }[] = [];
      const server = http.createServer((req, res) => {
        let body = "";
        req.on("data", (chunk: Buffer) => (body += chunk.toString()));
        req.on("end", () => {
          received.push({ body, signature: String(req.headers["x-milepost-signature"]) });
          res.writeHead(200).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      let child: ChildProcess | undefined;
      const allowPrivate = process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
      process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = "1";
      try {
        const creatorId = await newCreator();
        await prisma.webhook.create({ data: { creatorId, url, secret: LEGACY } }); // as stored before this change

        // Before: the worker signs with the plain secret as it is.
        const before = await sendTestWebhook(creatorId);
        const config = { ...(await import("@/lib/config")).workerSettings(), attemptTimeoutSeconds: 5 };
        expect(await deliverOnce(before, config)).toEqual({ status: "delivered" });
        expect(received).toHaveLength(1);
        expect(verifyWebhook(LEGACY, received[0]!.body, received[0]!.signature)).toBe(true);

        // A worker process starts: it seals the plain secret, then delivers signed with the same secret.
        let output = "";
        child = spawn(
          process.execPath,
          [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/worker.ts")],
          {
            cwd: ROOT,
            env: { ...process.env, DATABASE_URL: db.url, MILEPOST_WORKER_POLL_SECONDS: "0.5", SMTP_URL: "" },
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
        child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
        const deadline = Date.now() + 90_000;
        while (!output.includes("delivering notifications") && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 200));
        expect(output).toContain("[worker] encrypted 1 webhook signing secret(s) stored in plain text");
        const sealed = await storedWebhookSecret(creatorId);
        expect(isSealed(sealed)).toBe(true);
        expect(sealed).not.toContain(LEGACY);
        expect(openSecret(sealed)).toBe(LEGACY);

        await sendTestWebhook(creatorId);
        while (received.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
        expect(received).toHaveLength(2);
        expect(verifyWebhook(LEGACY, received[1]!.body, received[1]!.signature)).toBe(true);
        expect(output).not.toContain(LEGACY);

        // Sealing again finds nothing left to do.
        expect((await sealLegacyWebhookSecrets()).webhooks).toEqual({ checked: 0, resealed: 0, changedMeanwhile: 0 });
      } finally {
        if (allowPrivate === undefined) delete process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
        else process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = allowPrivate;
        if (child && child.exitCode === null) {
          child.kill("SIGTERM");
          await new Promise((resolve) => child!.once("exit", resolve));
        }
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  );
});

describe("secrets:rotate", () => {
  test(
    "re-seals every webhook secret and token with the new key, in pages with progress; the new key alone opens them",
    { timeout: 120_000 },
    async () => {
      const webhooks: { creatorId: string; secret: string }[] = [];
      for (let i = 0; i < 3; i++) {
        const creatorId = await newCreator();
        const secret = `whsec_rotation_${i}_${randomBytes(6).toString("hex")}`;
        await upsertWebhook(creatorId, { url: `https://93.184.215.14/hook/${i}`, format: "json", secret });
        webhooks.push({ creatorId, secret });
      }
      const legacyCreator = await newCreator();
      await prisma.webhook.create({
        data: { creatorId: legacyCreator, url: "https://93.184.215.14/l", secret: LEGACY },
      });
      webhooks.push({ creatorId: legacyCreator, secret: LEGACY });
      const owner = await newCreator();
      const connections = [await newConnection(owner, 1), await newConnection(owner, 2)];

      const run = await milepost(
        { MILEPOST_SECRET_KEY: NEW_KEY, MILEPOST_PREVIOUS_SECRET_KEYS: OLD_KEY },
        "secrets:rotate",
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const newId = keyIdOf(Buffer.from(NEW_KEY, "base64"));
      expect(run.stdout).toContain(`Re-sealing stored secrets with key ${newId}…`);
      expect(run.stdout).toMatch(/Webhook secrets: \d+ checked, \d+ re-sealed/);
      expect(run.stdout).toMatch(/Connection tokens: 2 checked, 2 re-sealed/);
      expect(run.stdout).toContain(`every stored secret now opens with key ${newId} alone`);
      for (const value of [
        LEGACY,
        ...webhooks.map((w) => w.secret),
        ...connections.flatMap((c) => [c.access, c.refresh]),
      ])
        expect(run.stdout).not.toContain(value);

      useKeys(NEW_KEY); // the old key is gone
      for (const { creatorId, secret } of webhooks) {
        const stored = await storedWebhookSecret(creatorId);
        expect(keyIdIn(stored)).toBe(newId);
        expect(openSecret(stored)).toBe(secret);
      }
      for (const connection of connections) {
        const row = await prisma.platformConnection.findUniqueOrThrow({ where: { id: connection.id } });
        expect(openSecret(row.accessToken)).toBe(connection.access);
        expect(openSecret(row.refreshToken)).toBe(connection.refresh);
      }
      // Run again: nothing left to change.
      const again = await resealStoredSecrets({ batchSize: 2 });
      expect(again.webhooks.resealed + again.connections.resealed).toBe(0);
      expect(again.failures).toEqual([]);
    },
  );

  test("a value no key opens is reported by where, left as it is; the rest is re-sealed", async () => {
    const stray = randomBytes(32).toString("base64");
    useKeys(stray);
    const creatorId = await newCreator();
    await upsertWebhook(creatorId, { url: "https://93.184.215.14/stray", format: "json", secret: "whsec_stray" });
    const sealedWithStray = await storedWebhookSecret(creatorId);
    useKeys(NEW_KEY, OLD_KEY);
    const lines: string[] = [];
    const report = await resealStoredSecrets({ batchSize: 2, onProgress: (line) => lines.push(line) });
    expect(report.failures).toEqual([
      {
        where: `webhooks (creator ${creatorId})`,
        message: expect.stringContaining(`(key id ${keyIdOf(Buffer.from(stray, "base64"))})`),
      },
    ]);
    expect(JSON.stringify(report)).not.toContain("whsec_stray");
    expect(await storedWebhookSecret(creatorId)).toBe(sealedWithStray);
    expect(lines.length).toBeGreaterThanOrEqual(3); // pages of 2 webhooks, then the connections
    await prisma.webhook.delete({ where: { creatorId } });
  });

  test("a row written between the read and the write is kept (compare-and-set), not overwritten", async () => {
    const creatorId = await newCreator();
    await upsertWebhook(creatorId, { url: "https://93.184.215.14/cas", format: "json", secret: "whsec_before" });
    useKeys(NEW_KEY, OLD_KEY);
    const concurrent = sealSecret("whsec_regenerated_meanwhile");
    // Another session changes the row and holds it: the rotation reads the old value, then waits to write.
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("UPDATE webhooks SET secret = $1 WHERE creator_id = $2", [concurrent, creatorId]);
      const rotation = resealStoredSecrets({ batchSize: 100 });
      for (let i = 0; i < 200; i++) {
        const { rows } = await prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.then(
          (rows) => ({ rows }),
        );
        if (rows[0]!.n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.query("COMMIT");
      const report = await rotation;
      expect(report.webhooks.changedMeanwhile).toBe(1);
      expect(await storedWebhookSecret(creatorId)).toBe(concurrent);
      expect(openSecret(concurrent)).toBe("whsec_regenerated_meanwhile");
    } finally {
      await other.end();
    }
  });
});
