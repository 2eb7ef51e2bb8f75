import { expect, test, vi } from "vitest";

test("GET /api/health answers 503 when the database does not answer", async () => {
  // A real connection attempt to a port nothing listens on (port 1 is never PostgreSQL here).
  vi.resetModules();
  const saved = { url: process.env.DATABASE_URL, client: (globalThis as { prisma?: unknown }).prisma };
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nothing?connect_timeout=2";
  delete (globalThis as { prisma?: unknown }).prisma;
  try {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable" });
  } finally {
    process.env.DATABASE_URL = saved.url;
    (globalThis as { prisma?: unknown }).prisma = saved.client;
  }
});
