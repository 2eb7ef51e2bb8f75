import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { recordFailedSignIn } from "@/lib/db/sign-in-throttles";
import { AppError } from "@/lib/errors";
import { authenticate, signUp, WRONG_CREDENTIALS } from "@/lib/services/authenticate";
import { signUpSchema } from "@/lib/validation/auth";

let n = 0;
const email = () => `auth-${Date.now()}-${++n}@example.com`;
const minutes = (from: Date, m: number) => new Date(from.getTime() + m * 60_000);

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sign-up", () => {
  test("stores a scrypt hash, never the password, and the 18+ confirmation", async () => {
    const address = email();
    const creator = await signUp(signUpSchema.parse({ email: `  ${address.toUpperCase()} `, password: "long enough pw", isAdult: "on" }));
    expect(creator.email).toBe(address);
    expect(creator.isAdult).toBe(true);
    const row = await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } });
    expect(row.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(row.passwordHash).not.toContain("long enough pw");
  });

  test("a duplicate e-mail gets a field message and creates nothing", async () => {
    const address = email();
    await signUp({ email: address, password: "long enough pw", isAdult: false });
    const error = await errorOf(signUp({ email: address, password: "another password", isAdult: false }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.email).toEqual(["An account with this e-mail already exists. Sign in instead."]);
    expect(await prisma.creator.count({ where: { email: address } })).toBe(1);
  });
});

describe("sign-in", () => {
  test("the right password signs in; a wrong one or an unknown e-mail does not", async () => {
    const address = email();
    const creator = await signUp({ email: address, password: "long enough pw", isAdult: false });
    const now = new Date();
    expect(await authenticate(address, "long enough pw", now)).toMatchObject({ id: creator.id, email: address });
    expect((await errorOf(authenticate(address, "wrong password", now))).message).toBe(WRONG_CREDENTIALS);
    expect((await errorOf(authenticate(email(), "whatever pw", now))).message).toBe(WRONG_CREDENTIALS);
  });

  test("five failures within 15 minutes lock the e-mail for 15 minutes, even for the right password", async () => {
    const address = email();
    await signUp({ email: address, password: "long enough pw", isAdult: false });
    const start = new Date("2026-01-01T12:00:00Z");
    for (let i = 0; i < 4; i++) {
      expect((await errorOf(authenticate(address, "wrong", minutes(start, i)))).code).toBe("UNAUTHENTICATED");
    }
    const locked = await errorOf(authenticate(address, "wrong", minutes(start, 4)));
    expect(locked.code).toBe("THROTTLED");
    expect(locked.message).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    const stillLocked = await errorOf(authenticate(address, "long enough pw", minutes(start, 10)));
    expect(stillLocked.message).toBe("Too many failed sign-ins. Try again in 9 minutes.");
    // After the lock the right password works and clears the count.
    expect(await authenticate(address, "long enough pw", minutes(start, 19.5))).toMatchObject({ email: address });
    expect(await prisma.signInThrottle.count({ where: { email: address } })).toBe(0);
  });

  test("failures spread over more than 15 minutes do not lock", async () => {
    const address = email();
    await signUp({ email: address, password: "long enough pw", isAdult: false });
    const start = new Date("2026-01-01T12:00:00Z");
    for (let i = 0; i < 8; i++) {
      expect((await errorOf(authenticate(address, "wrong", minutes(start, i * 4)))).code).toBe("UNAUTHENTICATED");
    }
  });

  test("concurrent failures are all counted", async () => {
    const address = email();
    const now = new Date("2026-01-01T12:00:00Z");
    const locks = await Promise.all(Array.from({ length: 8 }, () => recordFailedSignIn(address, now)));
    expect(locks.filter(Boolean).length).toBe(4); // the 5th to the 8th failure find the e-mail locked
    expect(locks.find(Boolean)).toEqual(minutes(now, 15));
  });
});
