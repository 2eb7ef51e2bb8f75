// Personal access tokens: made (shown once), revoked, and checked on every API request (lib/queries lists them).
// A token is "mp_" + 32 random bytes in base64url; only its SHA-256 hex is stored, so finding it by hash is the
// comparison (no secret is compared character by character) and a database leak reveals no usable token.
import { createHash, randomBytes } from "node:crypto";
import * as tokens from "@/lib/db/api-tokens";
import type { ApiTokenRecord } from "@/lib/models/api-token";
import { AppError } from "@/lib/errors/app-error";
import type { ApiTokenInput } from "@/lib/validation/api-tokens";

export const TOKEN_PREFIX = "mp_";
/** How many characters of the token the list shows ("mp_3fA9x2"), enough to tell tokens apart. */
const SHOWN_CHARACTERS = 9;
/** Writing last_used_at on every request would make each call a write; once a minute is precise enough. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export interface CreatedApiToken extends ApiTokenRecord {
  /** The token itself: returned this once, never stored. */
  token: string;
}

export async function createApiToken(creatorId: string, input: ApiTokenInput): Promise<CreatedApiToken> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const record = await tokens.insertApiToken(creatorId, {
    name: input.name,
    prefix: token.slice(0, SHOWN_CHARACTERS),
    tokenHash: hashToken(token),
  });
  return { ...record, token };
}

export function revokeApiToken(creatorId: string, tokenId: string, now = new Date()): Promise<void> {
  return tokens.revokeApiToken(creatorId, tokenId, now);
}

const unauthenticated = (message: string) => new AppError("UNAUTHENTICATED", message);

/** The creator and token behind an `Authorization: Bearer …` header; UNAUTHENTICATED (401) when missing, unknown or revoked. */
export async function authenticateToken(
  authorization: string | null,
  now = new Date(),
): Promise<{ creatorId: string; tokenId: string }> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match)
    throw unauthenticated(
      'Send a personal access token as "Authorization: Bearer mp_…" (create one in Settings → API).',
    );
  const found = await tokens.findTokenByHash(hashToken(match[1]!));
  if (!found) throw unauthenticated("This token is not valid.");
  if (found.revokedAt) throw unauthenticated("This token was revoked.");
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= TOUCH_EVERY_MS)
    await tokens.touchApiToken(found.creatorId, found.id, now);
  return { creatorId: found.creatorId, tokenId: found.id };
}
