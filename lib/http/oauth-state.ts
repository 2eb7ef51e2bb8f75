// The short-lived cookie that carries an OAuth flow from its start to its callback: the state, the PKCE verifier and
// the account being connected. httpOnly and SameSite=Lax (TikTok's redirect back is a top-level GET, which Lax lets
// through), scoped to the callback's path, ten minutes long, and cleared by the callback whatever its outcome.
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { idSchema } from "@/lib/validation/common";

export const OAUTH_COOKIE_PATH = "/api/connections";
const MAX_AGE_SECONDS = 10 * 60;

const flowSchema = z.object({
  state: z.string().min(16).max(200),
  codeVerifier: z.string().min(43).max(128),
  accountId: idSchema,
});
export type OAuthFlow = z.output<typeof flowSchema>;

const cookieName = (platform: string) => `milepost_oauth_${platform}`;

const attributes = (secure: boolean, maxAge: number) =>
  `Path=${OAUTH_COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;

/** The Set-Cookie value that starts a flow; Secure when the app's address is https. */
export function oauthFlowCookie(platform: string, flow: OAuthFlow, secure: boolean): string {
  const value = Buffer.from(JSON.stringify(flow)).toString("base64url");
  return `${cookieName(platform)}=${value}; ${attributes(secure, MAX_AGE_SECONDS)}`;
}

/** The Set-Cookie value that ends a flow. */
export function clearedOAuthFlowCookie(platform: string, secure: boolean): string {
  return `${cookieName(platform)}=; ${attributes(secure, 0)}`;
}

/** The flow the request's cookie carries, or null when it is missing, expired or not one of ours. */
export function readOAuthFlow(request: Request, platform: string): OAuthFlow | null {
  const name = cookieName(platform);
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      const parsed = flowSchema.safeParse(JSON.parse(Buffer.from(rest.join("="), "base64url").toString("utf8")));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Whether the callback's state is the one the flow started with, compared in constant time. */
export function sameState(expected: string, received: string | null): boolean {
  if (received === null) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(expected), digest(received));
}

/** The cookie that carries a failed connection's sentence (the service's, for people) to the settings page. */
export const CONNECT_MESSAGE_COOKIE = "milepost_connect_message";

/** Set-Cookie for the sentence, read by the account's settings page only, for a minute. */
export function connectMessageCookie(path: string, message: string, secure: boolean): string {
  const value = Buffer.from(message.slice(0, 500)).toString("base64url");
  return `${CONNECT_MESSAGE_COOKIE}=${value}; ${attributes(secure, 60).replace(`Path=${OAUTH_COOKIE_PATH}`, `Path=${path}`)}`;
}

/** The sentence a connectMessageCookie carries, or null. */
export function readConnectMessage(value: string | undefined): string | null {
  if (!value || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  return Buffer.from(value, "base64url").toString("utf8") || null;
}
