// Signed-in browsers (sessions). Every function takes the creator id and scopes by it.
import { prisma, type Tx } from "./client";
import type { CreatorProfile } from "@/lib/models/creator";

export interface SessionRecord {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

export async function insertSession(
  creatorId: string,
  session: { id: string; userAgent: string | null; now: Date },
): Promise<void> {
  await prisma.session.create({
    data: { id: session.id, creatorId, userAgent: session.userAgent, createdAt: session.now, lastSeenAt: session.now },
  });
}

/**
 * The creator of a live session, or null when the session was ended (or is another creator's). In the same
 * statement the session's last-seen time moves to `now` when it is older than `touchBefore`.
 */
export async function findSessionCreator(
  creatorId: string,
  sessionId: string,
  now: Date,
  touchBefore: Date,
): Promise<CreatorProfile | null> {
  const [row] = await prisma.$queryRaw<{ id: string; email: string; name: string | null; is_adult: boolean }[]>`
    WITH touched AS (
      UPDATE sessions SET last_seen_at = ${now}::timestamp
      WHERE id = ${sessionId} AND creator_id = ${creatorId} AND last_seen_at < ${touchBefore}::timestamp
    )
    SELECT c.id, c.email, c.name, c.is_adult FROM sessions s JOIN creators c ON c.id = s.creator_id
    WHERE s.id = ${sessionId} AND s.creator_id = ${creatorId}`;
  return row ? { id: row.id, email: row.email, name: row.name, isAdult: row.is_adult } : null;
}

export function listSessions(creatorId: string): Promise<SessionRecord[]> {
  return prisma.session.findMany({
    where: { creatorId },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
}

/** Deletes one session of the creator's; whether there was one. */
export async function deleteSession(creatorId: string, sessionId: string): Promise<boolean> {
  const { count } = await prisma.session.deleteMany({ where: { id: sessionId, creatorId } });
  return count > 0;
}

/** Deletes the creator's sessions, all or all but `exceptId`; how many. */
export async function deleteSessions(creatorId: string, exceptId: string | null, tx: Tx = prisma): Promise<number> {
  const { count } = await tx.session.deleteMany({
    where: { creatorId, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  return count;
}

/** Deletes the creator's sessions not seen since `before` (their cookies have expired). */
export async function deleteStaleSessions(creatorId: string, before: Date): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { creatorId, lastSeenAt: { lt: before } } });
  return count;
}
