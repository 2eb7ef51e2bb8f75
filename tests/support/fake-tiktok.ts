// A fake TikTok on 127.0.0.1 (a random port) that answers as TikTok's developer documentation describes: Login Kit's
// /v2/oauth/token/ (authorization code with PKCE, refresh with rotation) and /v2/oauth/revoke/, form-encoded with the
// client's key and secret; the Display API's /v2/user/info/ (GET) and /v2/video/list/ (POST, JSON body, cursor
// paging, at most 20 a page) with a Bearer token, `fields` in the query selecting what comes back, scopes enforced, and
// every answer in the `{ data, error: { code, message, log_id } }` shape. Tests steer it in-process: seed a creator and
// their videos, hand out a code as the authorize page would, expire an access token, revoke a refresh token, make the
// next calls of an endpoint answer 429 or 500. Its authorize page is fake-tiktok-authorize.ts.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAuthorize } from "./fake-tiktok-authorize";
import { checkBearer, readBody, reply, replyApiError, replyOAuthError, type Grant } from "./fake-tiktok-http";
import {
  ALL_SCOPES,
  seedVideos,
  USER_FIELD_SCOPES,
  VIDEO_FIELDS,
  type FakeUser,
  type FakeVideo,
} from "./fake-tiktok-model";

export { ALL_SCOPES, type FakeUser, type FakeVideo } from "./fake-tiktok-model";

interface AccessToken extends Grant {
  expiresAt: number;
}
interface Code extends Grant {
  redirectUri: string;
  codeChallenge?: string;
  expiresAt: number;
}

const token = (prefix: string) => `${prefix}.${randomBytes(24).toString("hex")}`;

export class FakeTikTok {
  readonly clientKey = `fake-client-${randomBytes(4).toString("hex")}`;
  readonly clientSecret = `fake-secret-${randomBytes(8).toString("hex")}`;
  /** Every request, in order: method and path (no query, no secrets). */
  readonly requests: { method: string; path: string }[] = [];
  readonly users = new Map<string, FakeUser>();
  private readonly codes = new Map<string, Code>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, AccessToken>();
  private readonly failures = new Map<string, number[]>();
  private readonly holds = new Map<string, () => void>();
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      replyApiError(response, 500, "internal_error", error instanceof Error ? error.message : "fake failed");
    });
  });
  url = "";

  constructor(readonly lifetimes = { accessTokenSeconds: 86_400, refreshTokenSeconds: 365 * 86_400 }) {}

  /** Listens on `port` (0: any free one). */
  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** A creator with `videos` videos posted a day apart (the newest yesterday), each with its own counts. */
  seedUser(input: Partial<Omit<FakeUser, "videos">> & { videos?: number } = {}): FakeUser {
    const openId = input.open_id ?? `open-${randomBytes(6).toString("hex")}`;
    const user: FakeUser = {
      open_id: openId,
      display_name: input.display_name ?? "Fake Creator",
      follower_count: input.follower_count ?? 950,
      following_count: input.following_count ?? 12,
      likes_count: input.likes_count ?? 4200,
      videos: seedVideos(input.videos ?? 0, Math.floor(Date.now() / 1000) - 86_400),
    };
    this.users.set(openId, user);
    return user;
  }

  /** What TikTok's authorize page does when the creator agrees: a one-time code for the callback. */
  issueCode(input: { openId: string; redirectUri: string; codeChallenge?: string; scopes?: string[] }): string {
    const code = token("code");
    this.codes.set(code, {
      openId: input.openId,
      scopes: input.scopes ?? ALL_SCOPES,
      redirectUri: input.redirectUri,
      codeChallenge: input.codeChallenge,
      expiresAt: Date.now() + 5 * 60_000,
    });
    return code;
  }

  /** Tokens for the user as a completed authorization would give them, without the round trip (the benchmark's seeding). */
  grantTokens(openId: string, scopes: string[] = ALL_SCOPES): ReturnType<FakeTikTok["issueTokens"]> {
    return this.issueTokens({ openId, scopes });
  }

  /** The access token stops working now, as one a day old would; its refresh token still works. */
  expireAccessToken(accessToken: string): void {
    const entry = this.accessTokens.get(accessToken);
    if (entry) entry.expiresAt = Date.now() - 1;
  }

  /** The refresh token is revoked (the creator removed the app in TikTok, or it expired). */
  revokeRefreshToken(refreshToken: string): void {
    this.refreshTokens.delete(refreshToken);
  }

  /** Every access token of the user stops working now (their refresh tokens still work). */
  expireAccessTokensOf(openId: string): void {
    for (const entry of this.accessTokens.values()) if (entry.openId === openId) entry.expiresAt = Date.now() - 1;
  }

  /** Every token of the user is revoked (they removed the app in TikTok's settings). */
  revokeUser(openId: string): void {
    for (const tokens of [this.accessTokens, this.refreshTokens])
      for (const [key, entry] of tokens) if (entry.openId === openId) tokens.delete(key);
  }

  /** The next request to `path` is never answered; resolves when it arrives. */
  hold(path: string): Promise<void> {
    return new Promise((resolve) => this.holds.set(path, resolve));
  }

  /** The next `times` requests to `path` answer `status` (429: rate_limit_exceeded, 5xx: internal_error). */
  failNext(path: string, status = 429, times = 1): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), ...Array<number>(times).fill(status)]);
  }

  private issueTokens(grant: Grant) {
    const accessToken = token("act");
    const refreshToken = token("rft");
    const now = Date.now();
    const { openId, scopes } = grant;
    this.accessTokens.set(accessToken, { openId, scopes, expiresAt: now + this.lifetimes.accessTokenSeconds * 1000 });
    this.refreshTokens.set(refreshToken, {
      openId,
      scopes,
      expiresAt: now + this.lifetimes.refreshTokenSeconds * 1000,
    });
    return {
      open_id: grant.openId,
      scope: grant.scopes.join(","),
      access_token: accessToken,
      expires_in: this.lifetimes.accessTokenSeconds,
      refresh_token: refreshToken,
      refresh_expires_in: this.lifetimes.refreshTokenSeconds,
      token_type: "Bearer",
    };
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    this.requests.push({ method, path: url.pathname });
    const hold = this.holds.get(url.pathname);
    if (hold) {
      this.holds.delete(url.pathname);
      hold();
      return; // never answered: the caller hangs until it gives up or is killed
    }
    const failure = this.failures.get(url.pathname)?.shift();
    if (failure === 429) {
      response.setHeader("Retry-After", "1");
      return replyApiError(response, 429, "rate_limit_exceeded", "The API rate limit was exceeded.");
    }
    if (failure) return replyApiError(response, failure, "internal_error", "Something went wrong inside TikTok.");

    if (handleAuthorize(this, request, response, url)) return;
    const route = `${method} ${url.pathname}`;
    if (route === "POST /v2/oauth/token/") return this.token(request, response);
    if (route === "POST /v2/oauth/revoke/") return this.revoke(request, response);
    if (route === "GET /v2/user/info/") return this.userInfo(request, response, url);
    if (route === "POST /v2/video/list/") return this.videoList(request, response, url);
    replyApiError(response, 404, "invalid_params", `No such endpoint: ${route}`);
  }

  /** The form of an OAuth request, or null after answering invalid_request / invalid_client. */
  private async oauthForm(request: IncomingMessage, response: ServerResponse): Promise<URLSearchParams | null> {
    if (!request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
      replyOAuthError(response, 400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
      return null;
    }
    const form = new URLSearchParams(await readBody(request));
    if (form.get("client_key") !== this.clientKey || form.get("client_secret") !== this.clientSecret) {
      replyOAuthError(response, 401, "invalid_client", "Client key or secret is invalid.");
      return null;
    }
    return form;
  }

  private async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = await this.oauthForm(request, response);
    if (!form) return;
    const grantType = form.get("grant_type");
    if (grantType === "authorization_code") {
      const code = this.codes.get(form.get("code") ?? "");
      if (!code || code.expiresAt < Date.now())
        return replyOAuthError(response, 400, "invalid_grant", "Authorization code is expired or invalid.");
      if (code.redirectUri !== form.get("redirect_uri"))
        return replyOAuthError(response, 400, "invalid_grant", "redirect_uri does not match the authorization.");
      const verifier = form.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (code.codeChallenge !== undefined && code.codeChallenge !== challenge)
        return replyOAuthError(response, 400, "invalid_grant", "code_verifier does not match the code challenge.");
      this.codes.delete(form.get("code")!);
      return reply(response, 200, this.issueTokens(code));
    }
    if (grantType === "refresh_token") {
      const refreshToken = form.get("refresh_token") ?? "";
      const grant = this.refreshTokens.get(refreshToken);
      if (!grant || grant.expiresAt < Date.now())
        return replyOAuthError(response, 400, "invalid_grant", "Refresh token is invalid or expired.");
      this.refreshTokens.delete(refreshToken); // rotated: the previous refresh token stops working
      return reply(response, 200, this.issueTokens(grant));
    }
    replyOAuthError(response, 400, "unsupported_grant_type", "grant_type is not supported.");
  }

  /** Disconnects the app from the creator: every token of theirs stops working. */
  private async revoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = await this.oauthForm(request, response);
    if (!form) return;
    const grant = this.accessTokens.get(form.get("token") ?? "");
    if (!grant) return replyOAuthError(response, 400, "invalid_request", "Token is invalid.");
    for (const tokens of [this.accessTokens, this.refreshTokens])
      for (const [key, entry] of tokens) if (entry.openId === grant.openId) tokens.delete(key);
    reply(response, 200, {});
  }

  private userInfo(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const grant = checkBearer(request, response, this.accessTokens);
    if (!grant) return;
    const fields = (url.searchParams.get("fields") ?? "").split(",").filter(Boolean);
    const unknown = fields.filter((field) => !(field in USER_FIELD_SCOPES));
    if (fields.length === 0 || unknown.length)
      return replyApiError(response, 400, "invalid_params", `Invalid fields: ${unknown.join(",") || "(none)"}`);
    const missing = fields.map((field) => USER_FIELD_SCOPES[field]!).filter((scope) => !grant.scopes.includes(scope));
    if (missing.length) return replyApiError(response, 401, "scope_not_authorized", `Missing ${missing[0]}.`);
    const user = this.users.get(grant.openId)!;
    const all: Record<string, unknown> = {
      ...user,
      video_count: user.videos.length,
      union_id: `union-${user.open_id}`,
    };
    reply(response, 200, { data: { user: Object.fromEntries(fields.map((field) => [field, all[field]])) } });
  }

  private async videoList(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const grant = checkBearer(request, response, this.accessTokens);
    if (!grant) return;
    if (!grant.scopes.includes("video.list"))
      return replyApiError(response, 401, "scope_not_authorized", "Missing video.list.");
    const fields = (url.searchParams.get("fields") ?? "").split(",").filter(Boolean);
    if (fields.length === 0 || fields.some((field) => !VIDEO_FIELDS.has(field)))
      return replyApiError(response, 400, "invalid_params", "Invalid fields.");
    if (!request.headers["content-type"]?.startsWith("application/json"))
      return replyApiError(response, 400, "invalid_params", "Content-Type must be application/json.");
    let body: { cursor?: unknown; max_count?: unknown };
    try {
      body = JSON.parse((await readBody(request)) || "{}") as typeof body;
    } catch {
      return replyApiError(response, 400, "invalid_params", "The body is not JSON.");
    }
    const maxCount = body.max_count ?? 10;
    const cursor = body.cursor ?? Date.now();
    if (!Number.isInteger(maxCount) || (maxCount as number) < 1 || (maxCount as number) > 20)
      return replyApiError(response, 400, "invalid_params", "max_count must be from 1 to 20.");
    if (!Number.isInteger(cursor)) return replyApiError(response, 400, "invalid_params", "cursor must be an int64.");
    // The cursor is a time in milliseconds: a page holds the videos posted before it, newest first.
    const older = this.users.get(grant.openId)!.videos.filter((video) => video.create_time * 1000 < (cursor as number));
    const page = older.slice(0, maxCount as number);
    const videos = page.map((video) =>
      Object.fromEntries(fields.map((field) => [field, video[field as keyof FakeVideo]])),
    );
    const last = page.at(-1);
    reply(response, 200, {
      data: { videos, cursor: last ? last.create_time * 1000 : cursor, has_more: older.length > page.length },
    });
  }
}

/** A fake TikTok listening on loopback; `close()` it after the tests. */
export const startFakeTikTok = (lifetimes?: FakeTikTok["lifetimes"]) => new FakeTikTok(lifetimes).start();
