// Sessions are rows (lib/db/sessions.ts) named by the session cookie: a request is signed in only while its row
// exists, so signing out, "sign out everywhere" and a password change end sessions on the server, not just in the
// browser that asked. The cookie itself (next-auth's JWT) lasts SESSION_MAX_AGE_SECONDS.
import { randomUUID } from "node:crypto";
import type { CreatorProfile } from "@/lib/models/creator";
import {
  deleteSession,
  deleteSessions,
  deleteStaleSessions,
  findSessionCreator,
  insertSession,
} from "@/lib/db/sessions";
import { notFoundError } from "@/lib/errors/app-error";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session's last-seen time is written at most this often (one UPDATE per session per interval, not per request). */
const TOUCH_EVERY_MS = 5 * 60_000;
const USER_AGENT_MAX = 300;

/** What the session cookie carries: the creator (`sub`) and the session (`sid`). */
export interface SessionClaims {
  sub?: string;
  sid?: unknown;
}

/** Starts a session for a creator who just signed in; returns its id (for the cookie). */
export async function startSession(creatorId: string, userAgent: string | null, now = new Date()): Promise<string> {
  const id = randomUUID();
  await insertSession(creatorId, { id, userAgent: userAgent?.slice(0, USER_AGENT_MAX) || null, now });
  // Sessions whose cookies have expired go when the creator signs in again (a day's margin for the last refresh).
  await deleteStaleSessions(creatorId, new Date(now.getTime() - (SESSION_MAX_AGE_SECONDS + 24 * 60 * 60) * 1000));
  return id;
}

/** The creator a session cookie's claims belong to, while that session lives; null once it has ended. */
export async function sessionCreator(
  claims: SessionClaims,
  now = new Date(),
): Promise<(CreatorProfile & { sessionId: string }) | null> {
  const { sub, sid } = claims;
  if (!sub || typeof sid !== "string" || !sid) return null;
  const creator = await findSessionCreator(sub, sid, now, new Date(now.getTime() - TOUCH_EVERY_MS));
  return creator ? { ...creator, sessionId: sid } : null;
}

/** Sign-out: ends the session the cookie names, if it still lives. */
export async function signOutSession(claims: SessionClaims): Promise<void> {
  if (claims.sub && typeof claims.sid === "string") await deleteSession(claims.sub, claims.sid);
}

/** Ends one of the creator's sessions (Settings); NOT_FOUND when it is not theirs or has ended already. */
export async function endSession(creatorId: string, sessionId: string): Promise<void> {
  if (!(await deleteSession(creatorId, sessionId))) throw notFoundError("Session");
}

/** "Sign out everywhere": ends every session of the creator's, this one included; how many. */
export function endAllSessions(creatorId: string): Promise<number> {
  return deleteSessions(creatorId, null);
}
