// The app while its PostgreSQL is out of reach, and after it comes back: a real embedded PostgreSQL owned by this
// test (started the way `npm start` starts it), killed under the app's running Prisma client and started again.
// Routes answer 503 UNAVAILABLE with Retry-After meanwhile; the same client answers again afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as healthRoute from "@/app/api/health/route";
import { errorResponse as unexpectedErrorResponse } from "@/lib/http/errors";
import { prisma } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";
import { createApiToken } from "@/lib/services/manage-api-tokens";
import { getUnreadCount } from "@/lib/queries/notices";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDb } from "../../scripts/lib/embedded-db.ts";
import { migrateDatabase } from "../../scripts/lib/migrate.ts";
import { createCreator } from "./fixtures";

let tmp: string;
let server: EmbeddedDb;
let url: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-down-"));
  server = await startEmbeddedPostgres(path.join(tmp, "pg"));
  url = await ensureDatabase(server.serverUrl, "milepost");
  await migrateDatabase(url);
  // The app's client is made on first use: from here on it is this server's.
  process.env.DATABASE_URL = url;
  delete (globalThis as { prisma?: unknown }).prisma;
}, 180_000);

afterAll(async () => {
  await prisma.$disconnect();
  await server?.stop();
  await rm(tmp, { recursive: true, force: true });
}, 60_000);

async function listAccounts(token: string) {
  const response = await accountsRoute.GET(
    new Request("http://test/api/v1/accounts", { headers: { authorization: `Bearer ${token}` } }),
    { params: Promise.resolve({}) },
  );
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

/** Polls `check` every 250 ms until it is true; false when `seconds` pass first. */
async function eventually(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  for (const until = Date.now() + seconds * 1000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    if (await check().catch(() => false)) return true;
  }
  return false;
}

describe("a database out of reach", () => {
  test("a backend terminated under a query (57P01) is told apart from a unique violation and a programming error", async () => {
    const creatorId = await createCreator("down");
    const sleeping = prisma.$queryRaw`SELECT pg_sleep(20) AS terminated_by_the_test`.then(
      () => null,
      (error: unknown) => error,
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await eventually(async () => {
        const { rows } = await admin.query(
          "SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE query LIKE '%terminated_by_the_test%' AND pid <> pg_backend_pid()",
        );
        return rows.some((row: { done: boolean }) => row.done);
      }, 20);
      expect(killed).toBe(true);
    } finally {
      await admin.end();
    }
    expect(isDatabaseUnavailable(await sleeping)).toBe(true);

    const creator = await prisma.creator.findUniqueOrThrow({ where: { id: creatorId } });
    const duplicate = await prisma.creator.create({ data: { email: creator.email, passwordHash: "x" } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((duplicate as { code?: string }).code).toBe("P2002");
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("NOT_FOUND", "Account not found"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);

    const internal = unexpectedErrorResponse(new TypeError("secret detail"));
    expect(internal.status).toBe(500);
    expect(await internal.text()).not.toContain("secret detail");
  }, 60_000);

  test("killed under a running client: 503 UNAVAILABLE with Retry-After, then the same client answers again on the same port", async () => {
    const creatorId = await createCreator("down");
    const { token } = await createApiToken(creatorId, { name: "outage" });
    expect((await healthRoute.GET()).status).toBe(200);
    expect((await listAccounts(token)).status).toBe(200);

    // A transaction under way when PostgreSQL dies (kill -9 of the postmaster).
    const inFlight = prisma
      .$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(20) AS lost_by_the_test`, { timeout: 40_000 })
      .then(
        () => null,
        (error: unknown) => error,
      );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const started = await eventually(
      async () =>
        (
          await admin.query(
            "SELECT 1 FROM pg_stat_activity WHERE query LIKE '%lost_by_the_test%' AND pid <> pg_backend_pid()",
          )
        ).rowCount === 1,
      20,
    );
    admin.on("error", () => {}); // its connection dies with the server
    expect(started).toBe(true);
    const port = server.port;
    process.kill(server.pid, "SIGKILL");
    await server.exited;
    await admin.end().catch(() => {});
    expect(isDatabaseUnavailable(await inFlight)).toBe(true);

    const health = await healthRoute.GET();
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("5");
    expect(await health.json()).toMatchObject({ status: "unavailable", error: { code: "UNAVAILABLE" } });

    const down = await listAccounts(token);
    expect(down).toMatchObject({ status: 503, retryAfter: "5", body: { error: { code: "UNAVAILABLE" } } });
    expect(down.body.error!.message).toMatch(/can't reach its database/);
    expect(down.body.error!.message).not.toMatch(/127\.0\.0\.1|prisma|ECONNREFUSED/i);

    // creatorRoute's mapping, with the error the app's own query raises now.
    const unread = await getUnreadCount(creatorId).then(
      () => null,
      (error: unknown) => error,
    );
    expect(unread).not.toBeNull();
    const mapped = unexpectedErrorResponse(unread);
    expect(mapped.status).toBe(503);
    expect(mapped.headers.get("retry-after")).toBe("5");

    // Started again as `npm start`'s supervisor does: same data folder, the kept port.
    server = await startEmbeddedPostgres(path.join(tmp, "pg"));
    expect(server.port).toBe(port);
    expect(await eventually(async () => (await healthRoute.GET()).status === 200, 30)).toBe(true);
    expect(await listAccounts(token)).toMatchObject({ status: 200 });
    expect(await getUnreadCount(creatorId)).toBe(0);
  }, 120_000);
});
