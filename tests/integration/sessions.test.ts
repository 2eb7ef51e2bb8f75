// Sessions end on the server: the session cookie (next-auth's JWT, encoded and decoded here as next-auth does) is
// refused once its session row is gone, whoever still holds a copy of it.
import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, test } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db/client";
import { authenticate } from "@/lib/services/authenticate";
import { changePassword, WRONG_CURRENT_PASSWORD } from "@/lib/services/change-password";
import { listSessions } from "@/lib/queries/sessions";
import { endAllSessions, endSession, sessionCreator } from "@/lib/services/sessions";
import { appErrorOf } from "./fixtures";

const SECRET = "a test secret that is long enough for next-auth";
const PASSWORD = "long enough pw";
let n = 0;

async function creatorWithPassword(password = PASSWORD) {
  const salt = randomBytes(16);
  const passwordHash = [
    "scrypt",
    1024,
    8,
    1,
    salt.toString("base64"),
    scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
  ].join("$");
  return prisma.creator.create({
    data: { email: `sessions-${Date.now()}-${++n}@example.com`, passwordHash },
    select: { id: true, email: true },
  });
}

/** Signs in as the sign-in form does (authorize, then next-auth's jwt callback) and returns the session cookie's value. */
async function signIn(email: string, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0") {
  const user = await authorizeCredentials(
    { email, password: PASSWORD },
    { "x-milepost-peer-address": "192.0.2.50", "user-agent": userAgent },
  );
  const token = await authOptions.callbacks!.jwt!({ token: {}, user, account: null, trigger: "signIn" });
  return { sessionId: user.sessionId, cookie: await encode({ token, secret: SECRET }) };
}

/** What a request carrying `cookie` is signed in as (getCurrentUser reads the cookie the same way). */
async function signedInAs(cookie: string) {
  const token = (await decode({ token: cookie, secret: SECRET })) as JWT;
  return (await sessionCreator(token))?.id ?? null;
}

async function signOut(cookie: string) {
  const token = (await decode({ token: cookie, secret: SECRET })) as JWT;
  await authOptions.events!.signOut!({ token, session: null as never });
}

describe("sessions", () => {
  test("a session cookie copied before sign-out is refused afterwards", async () => {
    const creator = await creatorWithPassword();
    const { cookie } = await signIn(creator.email);
    const copy = `${cookie}`;
    expect(await signedInAs(copy)).toBe(creator.id);
    await signOut(cookie);
    expect(await signedInAs(copy)).toBeNull();
    // next-auth's own session endpoint refuses it too (its jwt callback throws, next-auth then clears the cookie).
    const token = (await decode({ token: copy, secret: SECRET })) as JWT;
    await expect(authOptions.callbacks!.jwt!({ token, user: undefined as never, account: null })).rejects.toThrow(
      "This session has ended.",
    );
  });

  test("a cookie without a session (issued before sessions were rows) is signed out", async () => {
    const creator = await creatorWithPassword();
    expect(await signedInAs(await encode({ token: { sub: creator.id }, secret: SECRET }))).toBeNull();
  });

  test("sign out everywhere ends every session of the creator's, and nobody else's", async () => {
    const [creator, other] = [await creatorWithPassword(), await creatorWithPassword()];
    const first = await signIn(creator.email);
    const second = await signIn(creator.email, "Mozilla/5.0 (iPhone) Safari/605.1");
    const others = await signIn(other.email);
    expect((await listSessions(creator.id, first.sessionId)).map((s) => [s.id, s.current, s.userAgent])).toEqual(
      expect.arrayContaining([
        [first.sessionId, true, "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0"],
        [second.sessionId, false, "Mozilla/5.0 (iPhone) Safari/605.1"],
      ]),
    );
    expect(await endAllSessions(creator.id)).toBe(2);
    expect(await signedInAs(first.cookie)).toBeNull();
    expect(await signedInAs(second.cookie)).toBeNull();
    expect(await signedInAs(others.cookie)).toBe(other.id);
  });

  test("ending one session from Settings ends that one only; ending it again is NOT_FOUND", async () => {
    const creator = await creatorWithPassword();
    const here = await signIn(creator.email);
    const there = await signIn(creator.email);
    await endSession(creator.id, there.sessionId);
    expect(await signedInAs(there.cookie)).toBeNull();
    expect(await signedInAs(here.cookie)).toBe(creator.id);
    await appErrorOf(endSession(creator.id, there.sessionId), "NOT_FOUND");
  });

  test("a password change ends the other sessions and keeps the one that changed it", async () => {
    const creator = await creatorWithPassword();
    const here = await signIn(creator.email);
    const there = await signIn(creator.email);
    const ended = await changePassword(
      { ...creator, sessionId: here.sessionId, address: "192.0.2.51" },
      { currentPassword: PASSWORD, newPassword: "a brand new password" },
    );
    expect(ended).toBe(1);
    expect(await signedInAs(here.cookie)).toBe(creator.id);
    expect(await signedInAs(there.cookie)).toBeNull();
    await expect(
      authenticate({ email: creator.email, password: "a brand new password", address: "192.0.2.52" }),
    ).resolves.toMatchObject({ id: creator.id });
    await appErrorOf(
      authenticate({ email: creator.email, password: PASSWORD, address: "192.0.2.52" }),
      "UNAUTHENTICATED",
    );
  });

  test("a wrong current password changes nothing, ends nothing and counts as a failed sign-in", async () => {
    const creator = await creatorWithPassword();
    const here = await signIn(creator.email);
    const there = await signIn(creator.email);
    const hashBefore = (await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } })).passwordHash;
    const error = await appErrorOf(
      changePassword(
        { ...creator, sessionId: here.sessionId, address: "192.0.2.53" },
        { currentPassword: "not it", newPassword: "a brand new password" },
      ),
      "VALIDATION",
    );
    expect(error.fields).toEqual({ currentPassword: [WRONG_CURRENT_PASSWORD] });
    expect((await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } })).passwordHash).toBe(hashBefore);
    expect(await signedInAs(there.cookie)).toBe(creator.id);
    expect(
      await prisma.signInFailure.findUnique({
        where: { scope_key: { scope: "pair", key: `${creator.email} 192.0.2.53` } },
      }),
    ).toMatchObject({ failures: 1 });
  });

  test("a deleted creator's sessions go with it", async () => {
    const creator = await creatorWithPassword();
    const { cookie } = await signIn(creator.email);
    await prisma.creator.delete({ where: { id: creator.id } });
    expect(await signedInAs(cookie)).toBeNull();
    expect(await prisma.session.count({ where: { creatorId: creator.id } })).toBe(0);
  });
});
