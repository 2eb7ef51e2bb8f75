// TikTok's failures, typed by what the caller does next. A message names the endpoint, TikTok's code and its log id,
// never a token or the client secret (the texts TikTok sends back are scrubbed of every secret the request carried).

/**
 * - `access_token_invalid`: the access token expired or was revoked; refresh it and try again.
 * - `grant_invalid`: the refresh token or authorization code is expired, revoked or unknown; the creator reconnects.
 * - `scope_missing`: the creator did not grant a scope the call needs; the creator reconnects.
 * - `client_invalid`: TikTok refused this server's client key or secret (the operator's configuration).
 * - `rate_limited` (429) and `server` (5xx, TikTok's internal_error) and `network`: try again later.
 * - `bad_request` and `unexpected_response`: a bug here or a change at TikTok; retrying does not help.
 */
export type TikTokErrorKind =
  | "access_token_invalid"
  | "grant_invalid"
  | "scope_missing"
  | "client_invalid"
  | "rate_limited"
  | "server"
  | "network"
  | "bad_request"
  | "unexpected_response";

const RETRYABLE = new Set<TikTokErrorKind>(["rate_limited", "server", "network"]);
const RECONNECT = new Set<TikTokErrorKind>(["grant_invalid", "scope_missing"]);

export class TikTokError extends Error {
  override name = "TikTokError";
  constructor(
    readonly kind: TikTokErrorKind,
    /** TikTok's error code (`access_token_invalid`, `invalid_grant` …), or ours when TikTok sent none. */
    readonly code: string,
    message: string,
    readonly details: { status?: number; logId?: string; retryAfterSeconds?: number; endpoint: string },
  ) {
    super(message);
  }

  /** Worth trying again later: 429, 5xx and failures to reach TikTok. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  /** Only the creator can fix it, by connecting again. */
  get needsReconnecting(): boolean {
    return RECONNECT.has(this.kind);
  }
}

/** Display API codes (`error.code`), from TikTok's "Error Handling" page of API v2. */
export function apiErrorKind(status: number, code: string | undefined): TikTokErrorKind {
  if (code === "access_token_invalid") return "access_token_invalid";
  if (code === "scope_not_authorized" || code === "scope_permission_missed") return "scope_missing";
  if (code === "rate_limit_exceeded" || status === 429) return "rate_limited";
  if (code === "internal_error" || status >= 500) return "server";
  if (status === 401) return "access_token_invalid";
  return "bad_request";
}

/** OAuth codes (`error`), from TikTok's Login Kit "Error Handling" page. */
export function oauthErrorKind(status: number, code: string): TikTokErrorKind {
  if (code === "invalid_grant" || code === "access_denied") return "grant_invalid";
  if (code === "invalid_scope") return "scope_missing";
  if (code === "invalid_client" || code === "unauthorized_client") return "client_invalid";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  return "bad_request";
}

/** `text` with every secret replaced, for texts that come back from TikTok and could echo what was sent. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join("[redacted]");
  return result;
}
