import { expect, test, vi } from "vitest";

test("with the database down, sign-in shows a plain sentence, logs the real error and answers 503", async () => {
  // A real connection attempt to a port nothing listens on (port 1 is never PostgreSQL here).
  vi.resetModules();
  const saved = { url: process.env.DATABASE_URL, client: (globalThis as { prisma?: unknown }).prisma };
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nothing?connect_timeout=2";
  delete (globalThis as { prisma?: unknown }).prisma;
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const { authorizeCredentials } = await import("@/lib/auth/authorize");
    const { withSignInOutcome } = await import("@/lib/auth/sign-in-outcome");
    const { SIGN_IN_UNAVAILABLE } = await import("@/lib/auth/messages");
    let message = "";
    // As in the auth route: next-auth turns authorize()'s error into a 401 with its message, and the route gives it the reported status.
    const response = await withSignInOutcome(async () => {
      message = await authorizeCredentials(
        { email: "someone@example.com", password: "a password" },
        { "x-milepost-peer-address": "192.0.2.60" },
      ).then(
        () => "signed in",
        (error: Error) => error.message,
      );
      return Response.json(
        { url: `http://localhost/api/auth/error?error=${encodeURIComponent(message)}` },
        { status: 401 },
      );
    });
    expect(message).toBe(SIGN_IN_UNAVAILABLE);
    expect(response.status).toBe(503);
    // The detail stays in the server's log.
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/127\.0\.0\.1:1|ECONNREFUSED|reach database/i);
  } finally {
    logged.mockRestore();
    process.env.DATABASE_URL = saved.url;
    (globalThis as { prisma?: unknown }).prisma = saved.client;
  }
});
