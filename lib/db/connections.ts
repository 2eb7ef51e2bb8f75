// Platform connections (one per account) and what the scheduler claims of them. Tokens arrive and leave sealed
// (lib/secrets): this module never sees them in plain text. Creator-scoped, except the scheduler's claim, which
// works across creators by design and hands each job the creator id its later calls are scoped by.
import { prisma, type Tx } from "./client";
import type { Platform, ConnectionStatus } from "@/lib/generated/prisma/client";

export interface SealedTokens {
  scopes: string[];
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** A connection as stored, tokens sealed: for the collection services only (pages read lib/models ConnectionRecord). */
export interface StoredConnection extends SealedTokens {
  id: string;
  creatorId: string;
  accountId: string;
  platform: Platform;
  externalId: string;
  displayName: string;
  status: ConnectionStatus;
  collectHour: number;
  collectOffsetSeconds: number;
  lastCollectedAt: Date | null;
  failures: number;
  connectedAt: Date;
  timeZone: string;
  handle: string;
}

const select = {
  id: true,
  creatorId: true,
  accountId: true,
  platform: true,
  externalId: true,
  displayName: true,
  scopes: true,
  accessToken: true,
  accessTokenExpiresAt: true,
  refreshToken: true,
  refreshTokenExpiresAt: true,
  status: true,
  collectHour: true,
  collectOffsetSeconds: true,
  lastCollectedAt: true,
  failures: true,
  connectedAt: true,
  account: { select: { timeZone: true, handle: true } },
} as const;

type Row = Omit<StoredConnection, "timeZone" | "handle"> & { account: { timeZone: string; handle: string } };
const record = ({ account, ...row }: Row): StoredConnection => ({ ...row, ...account });

/** The account's connection, or null. */
export async function findConnection(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<StoredConnection | null> {
  const row = await tx.platformConnection.findFirst({ where: { accountId, creatorId }, select });
  return row ? record(row) : null;
}

/**
 * Whether another account (of any creator) holds a connection to this platform user. The only cross-creator read:
 * it answers yes or no, nothing of the other account.
 */
export async function isExternalUserTaken(
  creatorId: string,
  accountId: string,
  platform: Platform,
  externalId: string,
  tx: Tx = prisma,
): Promise<boolean> {
  const row = await tx.platformConnection.findFirst({
    where: { platform, externalId, NOT: { accountId, creatorId } },
    select: { id: true },
  });
  return row !== null;
}

export interface NewConnection extends SealedTokens {
  platform: Platform;
  externalId: string;
  displayName: string;
  collectHour: number;
  collectOffsetSeconds: number;
  nextRunAt: Date;
}

/**
 * Connects the account, or reconnects it (new tokens, active again, failures forgotten; the schedule's slot kept).
 * The unique (platform, external id) refuses a second account for the same platform user, even in a race.
 */
export async function upsertConnection(
  creatorId: string,
  accountId: string,
  input: NewConnection,
  now: Date,
  tx: Tx = prisma,
): Promise<void> {
  const { collectHour, collectOffsetSeconds, nextRunAt, ...rest } = input;
  const fresh = { ...rest, status: "active" as const, failures: 0, lastError: null, connectedAt: now, nextRunAt };
  const account = await tx.account.findFirst({ where: { id: accountId, creatorId }, select: { id: true } });
  if (!account) return;
  await tx.platformConnection.upsert({
    where: { accountId },
    create: { creatorId, accountId, collectHour, collectOffsetSeconds, ...fresh },
    update: fresh,
  });
}

/** Replaces the tokens after a refresh (platforms rotate refresh tokens: the old one no longer works). */
export async function saveTokens(creatorId: string, connectionId: string, tokens: SealedTokens): Promise<void> {
  await prisma.platformConnection.updateMany({ where: { id: connectionId, creatorId }, data: tokens });
}

/** Marks the connection as needing the creator; returns whether it changed (false: it already did, or is gone). */
export async function markNeedsReconnecting(
  creatorId: string,
  connectionId: string,
  error: string,
  tx: Tx = prisma,
): Promise<boolean> {
  const { count } = await tx.platformConnection.updateMany({
    where: { id: connectionId, creatorId, status: "active" },
    data: { status: "needs_reconnecting", lastError: error },
  });
  return count === 1;
}

/** After a successful run. */
export async function markCollected(creatorId: string, connectionId: string, at: Date, tx: Tx): Promise<void> {
  await tx.platformConnection.updateMany({
    where: { id: connectionId, creatorId },
    data: { lastCollectedAt: at, lastError: null, failures: 0 },
  });
}

/** After a failed run: one more failure, its sentence, and (when given) an earlier retry. Returns the failures. */
export async function markFailed(
  creatorId: string,
  connectionId: string,
  error: string,
  retryAt: Date | null,
  tx: Tx = prisma,
): Promise<number> {
  const rows = await tx.$queryRaw<{ failures: number }[]>`
    UPDATE platform_connections SET failures = failures + 1, last_error = ${error}, updated_at = now(),
      next_run_at = CASE WHEN ${retryAt}::timestamp IS NULL THEN next_run_at ELSE LEAST(next_run_at, ${retryAt}::timestamp) END
    WHERE id = ${connectionId} AND creator_id = ${creatorId}
    RETURNING failures`;
  return rows[0]?.failures ?? 0;
}

/** Deletes the account's connection (its readings and runs stay); returns the sealed access token it held. */
export async function deleteConnection(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<{ accessToken: string; platform: Platform } | null> {
  const rows = await tx.$queryRaw<{ access_token: string; platform: Platform }[]>`
    DELETE FROM platform_connections WHERE account_id = ${accountId} AND creator_id = ${creatorId}
    RETURNING access_token, platform`;
  return rows[0] ? { accessToken: rows[0].access_token, platform: rows[0].platform } : null;
}

/**
 * The scheduler's claim: up to `limit` active connections due at `now`, each moved on to its slot on the local day
 * after the one it is collected for, in one statement (FOR UPDATE SKIP LOCKED: two schedulers never claim the same
 * connection). A connection overdue by days (the server was down) is collected once, for today: missed days stay gaps.
 */
export async function claimDueConnections(
  now: Date,
  limit: number,
  tx: Tx,
): Promise<{ id: string; creatorId: string; accountId: string }[]> {
  return tx.$queryRaw<{ id: string; creatorId: string; accountId: string }[]>`
    WITH due AS (
      SELECT c.id, a.time_zone, c.collect_hour, c.collect_offset_seconds
      FROM platform_connections c JOIN accounts a ON a.id = c.account_id
      WHERE c.status = 'active' AND c.next_run_at <= ${now}::timestamp
      ORDER BY c.next_run_at
      LIMIT ${limit}
      FOR UPDATE OF c SKIP LOCKED
    )
    UPDATE platform_connections c
    SET next_run_at = ((((${now}::timestamp AT TIME ZONE 'UTC') AT TIME ZONE due.time_zone)::date + 1)::timestamp
                       + make_interval(hours => due.collect_hour, secs => due.collect_offset_seconds))
                      AT TIME ZONE due.time_zone AT TIME ZONE 'UTC',
        updated_at = now()
    FROM due WHERE c.id = due.id
    RETURNING c.id, c.creator_id AS "creatorId", c.account_id AS "accountId"`;
}

/** The creator's connected accounts (id and handle), by handle. */
export async function listConnectedAccounts(creatorId: string): Promise<{ accountId: string; handle: string }[]> {
  const rows = await prisma.platformConnection.findMany({
    where: { creatorId },
    select: { accountId: true, account: { select: { handle: true } } },
    orderBy: { account: { handle: "asc" } },
  });
  return rows.map((row) => ({ accountId: row.accountId, handle: row.account.handle }));
}
