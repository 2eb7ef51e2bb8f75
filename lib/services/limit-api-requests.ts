// The API's per-token rate limit: a fixed one-minute window counted in PostgreSQL (so every server process shares it).
// The limit is MILEPOST_API_RATE_LIMIT requests a minute per token (lib/config, 600 by default). The time is a
// parameter: the request's wrapper passes the moment the request arrived, a test any moment it likes.
import { apiRateLimit } from "@/lib/config";
import { countInWindow } from "@/lib/db/rate-limits";

const WINDOW_MS = 60_000;

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends (at least 1). */
  retryAfter: number;
}

/** Counts one request of the token at `now`; `allowed` is false once the window's limit is spent. */
export async function takeApiRequest(tokenId: string, now: Date): Promise<RateLimitResult> {
  const limit = apiRateLimit();
  const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  const count = await countInWindow(`api-token:${tokenId}`, new Date(windowStart));
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfter: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now.getTime()) / 1000)),
  };
}
