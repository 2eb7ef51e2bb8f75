// Personal access tokens for the REST API. Only a token's SHA-256 hash is stored; the token itself is shown once.
// Every function but findTokenByHash takes the creator id: a creator lists and revokes only their own tokens.
import { notFoundError } from "@/lib/errors/app-error";
import { prisma, type Tx } from "./client";
import type { ApiTokenRecord } from "@/lib/models/api-token";

const select = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export function insertApiToken(
  creatorId: string,
  data: { name: string; prefix: string; tokenHash: string },
  tx: Tx = prisma,
): Promise<ApiTokenRecord> {
  return tx.apiToken.create({ data: { creatorId, ...data }, select });
}

/** The creator's tokens, newest first, revoked ones included (they stay listed as revoked). */
export function listApiTokens(creatorId: string, tx: Tx = prisma): Promise<ApiTokenRecord[]> {
  return tx.apiToken.findMany({ where: { creatorId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select });
}

/** Revokes the creator's token (again is a no-op); NOT_FOUND when it is not theirs. */
export async function revokeApiToken(creatorId: string, tokenId: string, now: Date, tx: Tx = prisma): Promise<void> {
  const { count } = await tx.apiToken.updateMany({
    where: { id: tokenId, creatorId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count) return;
  const exists = await tx.apiToken.findFirst({ where: { id: tokenId, creatorId }, select: { id: true } });
  if (!exists) throw notFoundError("Token");
}

/** The token with this hash, whoever owns it: the one lookup that starts from a secret rather than a creator. */
export function findTokenByHash(
  tokenHash: string,
  tx: Tx = prisma,
): Promise<{ id: string; creatorId: string; revokedAt: Date | null; lastUsedAt: Date | null } | null> {
  return tx.apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, creatorId: true, revokedAt: true, lastUsedAt: true },
  });
}

/** Records use of the creator's token. */
export async function touchApiToken(creatorId: string, tokenId: string, now: Date, tx: Tx = prisma): Promise<void> {
  await tx.apiToken.updateMany({ where: { id: tokenId, creatorId }, data: { lastUsedAt: now } });
}
