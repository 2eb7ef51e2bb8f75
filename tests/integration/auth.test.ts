import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { authenticate, signUp, WRONG_CREDENTIALS } from "@/lib/services/authenticate";
import { ADDRESS_RULE, EMAIL_DELAY_AFTER, PAIR_RULE, recordFailedSignIn } from "@/lib/services/sign-in-throttle";
import { signUpSchema } from "@/lib/validation/auth";

let n = 0;
const email = () => `auth-${Date.now()}-${++n}@example.com`;
const minutes = (from: Date, m: number) => new Date(from.getTime() + m * 60_000);
const PASSWORD = "long enough pw";
// Client addresses: documentation ranges, a fresh /24 per test so tests never share a count.
let net = 0;
const addresses = () => {
  net += 1;
  return (host: number) => `198.51.${net}.${host}`;
};

/** A creator whose stored hash is a cheap scrypt (N=1024): verifyPassword reads the cost from the hash. */
async function creatorWithPassword(address = email(), password = PASSWORD) {
  const salt = randomBytes(16);
  const passwordHash = [
    "scrypt",
    1024,
    8,
    1,
    salt.toString("base64"),
    scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
  ].join("$");
  return prisma.creator.create({ data: { email: address, passwordHash }, select: { id: true, email: true } });
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sign-up", () => {
  test("stores a scrypt hash, never the password, and the 18+ confirmation", async () => {
    const address = email();
    const creator = await signUp(
      signUpSchema.parse({ email: `  ${address.toUpperCase()} `, password: "long enough pw", isAdult: "on" }),
    );
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
    const { id, email: address } = await creatorWithPassword();
    const at = addresses();
    expect(await authenticate({ email: address, password: PASSWORD, address: at(1) })).toMatchObject({
      id,
      email: address,
    });
    expect((await errorOf(authenticate({ email: address, password: "wrong password", address: at(1) }))).message).toBe(
      WRONG_CREDENTIALS,
    );
    expect((await errorOf(authenticate({ email: email(), password: "whatever pw", address: at(1) }))).message).toBe(
      WRONG_CREDENTIALS,
    );
  });

  test("five wrong passwords block that e-mail from that address for 15 minutes; the owner elsewhere still signs in", async () => {
    const { email: address } = await creatorWithPassword();
    const at = addresses();
    const start = new Date();
    for (let i = 0; i < PAIR_RULE.limit! - 1; i++) {
      expect(
        (await errorOf(authenticate({ email: address, password: "wrong", address: at(1) }, { now: minutes(start, i) })))
          .code,
      ).toBe("UNAUTHENTICATED");
    }
    const blocked = await errorOf(
      authenticate({ email: address, password: "wrong", address: at(1) }, { now: minutes(start, 4) }),
    );
    expect(blocked).toMatchObject({
      code: "THROTTLED",
      status: 429,
      message: "Too many failed sign-ins. Try again in 15 minutes.",
    });
    // The right password from the blocked address is refused while the block lasts …
    const stillBlocked = await errorOf(
      authenticate({ email: address, password: PASSWORD, address: at(1) }, { now: minutes(start, 10) }),
    );
    expect(stillBlocked.message).toBe("Too many failed sign-ins. Try again in 9 minutes.");
    // … but from an address that has not failed it works at once: nobody can lock the owner out.
    expect(
      await authenticate({ email: address, password: PASSWORD, address: at(2) }, { now: minutes(start, 10) }),
    ).toMatchObject({ email: address });
    // After the block the right password works from the first address too and clears that pair's count.
    expect(
      await authenticate({ email: address, password: PASSWORD, address: at(1) }, { now: minutes(start, 19.5) }),
    ).toMatchObject({ email: address });
    expect(await prisma.signInFailure.count({ where: { scope: "pair", key: { startsWith: `${address} ` } } })).toBe(0);
  });

  test("twenty failures from one address, whatever the e-mails, block that address for everyone's e-mail", async () => {
    const at = addresses();
    const owner = await creatorWithPassword();
    const start = new Date();
    const sprayed = await Promise.all(Array.from({ length: ADDRESS_RULE.limit! }, () => creatorWithPassword()));
    for (const [i, creator] of sprayed.entries()) {
      const error = await errorOf(
        authenticate(
          { email: creator.email, password: "Summer2026!", address: at(1) },
          { now: minutes(start, i / 10) },
        ),
      );
      expect(error.code).toBe(i < ADDRESS_RULE.limit! - 1 ? "UNAUTHENTICATED" : "THROTTLED");
    }
    // Blocked: even an e-mail never tried, even with its right password, from that address.
    const blocked = await errorOf(
      authenticate({ email: owner.email, password: PASSWORD, address: at(1) }, { now: minutes(start, 5) }),
    );
    expect(blocked).toMatchObject({ code: "THROTTLED", message: "Too many failed sign-ins. Try again in 12 minutes." });
    // Another address is not affected.
    expect(
      await authenticate({ email: owner.email, password: PASSWORD, address: at(2) }, { now: minutes(start, 5) }),
    ).toMatchObject({ id: owner.id });
  });

  test("an IPv6 client counts as its /64", async () => {
    const { email: address } = await creatorWithPassword();
    const start = new Date();
    for (let i = 0; i < PAIR_RULE.limit!; i++) {
      await errorOf(
        authenticate(
          { email: address, password: "wrong", address: `2001:db8:${net + 100}:1::${i + 1}` },
          { now: start },
        ),
      );
    }
    const blocked = await errorOf(
      authenticate({ email: address, password: PASSWORD, address: `2001:db8:${net + 100}:1::ff` }, { now: start }),
    );
    expect(blocked.code).toBe("THROTTLED");
  });

  test("an e-mail failing from many addresses slows every attempt at it down, but the right password still works", async () => {
    const { email: address } = await creatorWithPassword();
    const at = addresses();
    const start = new Date();
    const waits: number[] = [];
    const wait = async (ms: number) => waits.push(ms);
    // One wrong password from each of EMAIL_DELAY_AFTER + 2 addresses: no pair and no address reaches its limit.
    for (let i = 0; i < EMAIL_DELAY_AFTER + 2; i++) {
      expect(
        (
          await errorOf(
            authenticate({ email: address, password: "wrong", address: at(i + 1) }, { now: minutes(start, i), wait }),
          )
        ).code,
      ).toBe("UNAUTHENTICATED");
    }
    expect(
      await authenticate({ email: address, password: PASSWORD, address: at(200) }, { now: minutes(start, 15), wait }),
    ).toMatchObject({ email: address });
    // The 11th and 12th attempts waited 1 s and 2 s, the owner's (after 12 failures) 4 s: slower, never refused.
    expect(waits).toEqual([1_000, 2_000, 4_000]);
  });

  test("the right password starts the pair's count over", async () => {
    const { email: address } = await creatorWithPassword();
    const at = addresses();
    const start = new Date();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < PAIR_RULE.limit! - 1; i++) {
        expect(
          (await errorOf(authenticate({ email: address, password: "wrong", address: at(1) }, { now: start }))).code,
        ).toBe("UNAUTHENTICATED");
      }
      await authenticate({ email: address, password: PASSWORD, address: at(1) }, { now: start });
    }
  });

  test("failures spread over more than 15 minutes do not block", async () => {
    const { email: address } = await creatorWithPassword();
    const at = addresses();
    const start = new Date();
    for (let i = 0; i < 8; i++) {
      expect(
        (
          await errorOf(
            authenticate({ email: address, password: "wrong", address: at(1) }, { now: minutes(start, i * 4) }),
          )
        ).code,
      ).toBe("UNAUTHENTICATED");
    }
  });

  test("concurrent failures are all counted", async () => {
    const address = email();
    const at = addresses();
    const now = new Date();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => recordFailedSignIn(address, at(1), now)));
    warn.mockRestore();
    // The 5th to the 8th failure find the pair blocked.
    expect(results.filter((r) => r.status === "rejected").length).toBe(4);
    const rows = await prisma.signInFailure.findMany({
      where: { key: { in: [address, at(1), `${address} ${at(1)}`] } },
      orderBy: { scope: "asc" },
    });
    expect(rows.map((r) => [r.scope, r.failures, r.blockedUntil])).toEqual([
      ["address", 8, null],
      ["email", 8, null],
      ["pair", 8, minutes(now, 15)],
    ]);
  });
});
