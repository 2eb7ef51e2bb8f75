// lib/platforms/tiktok against the fake TikTok on loopback (tests/support/fake-tiktok.ts): real HTTP, no database.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tiktokSettings } from "@/lib/config";
import {
  allVideoPages,
  configuredTikTokApp,
  createAuthorizationRequest,
  exchangeCode,
  getUserInfo,
  listVideos,
  refreshTokens,
  revokeAccess,
  TIKTOK_SCOPES,
  TikTokError,
  type TikTokApp,
  type TikTokErrorKind,
} from "@/lib/platforms/tiktok";
import { startFakeTikTok, type FakeTikTok, type FakeUser } from "../support/fake-tiktok";

const REDIRECT_URI = "https://milepost.example.com/api/connections/tiktok/callback";
const NOW = new Date("2026-12-02T20:00:00Z");

let fake: FakeTikTok;
let app: TikTokApp;

beforeAll(async () => {
  fake = await startFakeTikTok();
  app = {
    authUrl: fake.url,
    apiUrl: fake.url,
    clientKey: fake.clientKey,
    clientSecret: fake.clientSecret,
    now: () => NOW,
  };
});
afterAll(() => fake.close());

/** The whole Login Kit flow, with the fake standing in for the creator agreeing on the authorize page. */
async function connect(user: FakeUser, scopes?: string[]) {
  const request = createAuthorizationRequest(app, REDIRECT_URI);
  const codeChallenge = request.url.searchParams.get("code_challenge")!;
  const code = fake.issueCode({ openId: user.open_id, redirectUri: REDIRECT_URI, codeChallenge, scopes });
  return exchangeCode(app, { code, codeVerifier: request.codeVerifier, redirectUri: REDIRECT_URI });
}

/** The TikTokError `promise` rejects with, checked to carry none of `secrets` in its message. */
async function failure(promise: Promise<unknown>, kind: TikTokErrorKind, secrets: string[] = []): Promise<TikTokError> {
  const error = await promise.then(
    () => expect.unreachable("expected a TikTokError"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TikTokError);
  const tikTokError = error as TikTokError;
  expect({ kind: tikTokError.kind, message: tikTokError.message }).toMatchObject({ kind });
  for (const secret of [...secrets, app.clientSecret]) expect(tikTokError.message).not.toContain(secret);
  return tikTokError;
}

describe("configuration", () => {
  test("TikTok's real addresses by default, and no credentials until both are set", () => {
    const names = ["MILEPOST_TIKTOK_AUTH_URL", "MILEPOST_TIKTOK_API_URL", "TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET"];
    const saved = names.map((name) => [name, process.env[name]] as const);
    try {
      for (const name of names) delete process.env[name];
      process.env.TIKTOK_CLIENT_KEY = "key";
      expect(tiktokSettings()).toEqual({
        authUrl: "https://www.tiktok.com",
        apiUrl: "https://open.tiktokapis.com",
        credentials: null,
      });
      expect(configuredTikTokApp()).toBeNull();
      process.env.TIKTOK_CLIENT_SECRET = "secret";
      process.env.MILEPOST_TIKTOK_API_URL = fake.url;
      expect(configuredTikTokApp()).toEqual({
        authUrl: "https://www.tiktok.com",
        apiUrl: fake.url,
        clientKey: "key",
        clientSecret: "secret",
      });
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe("Login Kit", () => {
  test("the authorize URL is on the configured address, with state, PKCE and Milepost's scopes", () => {
    const request = createAuthorizationRequest({ ...app, authUrl: "https://www.tiktok.com" }, REDIRECT_URI);
    expect(`${request.url.origin}${request.url.pathname}`).toBe("https://www.tiktok.com/v2/auth/authorize/");
    const params = Object.fromEntries(request.url.searchParams);
    expect(params).toMatchObject({
      client_key: app.clientKey,
      response_type: "code",
      scope: TIKTOK_SCOPES.join(","),
      redirect_uri: REDIRECT_URI,
      state: request.state,
      code_challenge_method: "S256",
      code_challenge: createHash("sha256").update(request.codeVerifier).digest("base64url"),
    });
    expect(params).not.toHaveProperty("client_secret");
    expect(createAuthorizationRequest(app, REDIRECT_URI).state).not.toBe(request.state);
    expect(createAuthorizationRequest(app, REDIRECT_URI).url.origin).toBe(fake.url);
  });

  test("a code is exchanged for tokens once; a wrong verifier or a used code is invalid_grant", async () => {
    const user = fake.seedUser();
    const tokens = await connect(user);
    expect(tokens).toMatchObject({ openId: user.open_id, scopes: [...TIKTOK_SCOPES] });
    expect(tokens.accessTokenExpiresAt).toEqual(new Date(NOW.getTime() + 86_400_000));
    expect(tokens.refreshTokenExpiresAt).toEqual(new Date(NOW.getTime() + 365 * 86_400_000));

    const request = createAuthorizationRequest(app, REDIRECT_URI);
    const codeChallenge = request.url.searchParams.get("code_challenge")!;
    const issue = () => fake.issueCode({ openId: user.open_id, redirectUri: REDIRECT_URI, codeChallenge });
    const codeVerifier = request.codeVerifier;

    const guessed = issue();
    const wrongVerifier = exchangeCode(app, { code: guessed, codeVerifier: "x".repeat(43), redirectUri: REDIRECT_URI });
    const error = await failure(wrongVerifier, "grant_invalid", [guessed]);
    expect(error).toMatchObject({ code: "invalid_grant", needsReconnecting: true, retryable: false });

    const elsewhere = issue();
    const otherRedirect = exchangeCode(app, { code: elsewhere, codeVerifier, redirectUri: "https://evil.example/cb" });
    await failure(otherRedirect, "grant_invalid", [elsewhere, codeVerifier]);

    const code = issue();
    await exchangeCode(app, { code, codeVerifier, redirectUri: REDIRECT_URI });
    await failure(exchangeCode(app, { code, codeVerifier, redirectUri: REDIRECT_URI }), "grant_invalid", [code]);
  });

  test("a refresh gives new tokens and retires the refresh token it used (rotation)", async () => {
    const first = await connect(fake.seedUser());
    const second = await refreshTokens(app, first.refreshToken);
    expect(second.openId).toBe(first.openId);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await expect(getUserInfo(app, second.accessToken)).resolves.toMatchObject({ openId: first.openId });
    await failure(refreshTokens(app, first.refreshToken), "grant_invalid", [first.refreshToken]);
  });

  test("a revoked refresh token is invalid_grant: the creator must reconnect", async () => {
    const tokens = await connect(fake.seedUser());
    fake.revokeRefreshToken(tokens.refreshToken);
    const error = await failure(refreshTokens(app, tokens.refreshToken), "grant_invalid", [tokens.refreshToken]);
    expect(error.needsReconnecting).toBe(true);
  });

  test("revoking disconnects: the access token and the refresh token stop working", async () => {
    const tokens = await connect(fake.seedUser());
    await revokeAccess(app, tokens.accessToken);
    await failure(getUserInfo(app, tokens.accessToken), "access_token_invalid", [tokens.accessToken]);
    await failure(refreshTokens(app, tokens.refreshToken), "grant_invalid", [tokens.refreshToken]);
  });

  test("a wrong client secret is client_invalid, and the secret is not in the message", async () => {
    const tokens = await connect(fake.seedUser());
    const wrong = { ...app, clientSecret: "not-the-secret" };
    await failure(refreshTokens(wrong, tokens.refreshToken), "client_invalid", ["not-the-secret", tokens.refreshToken]);
  });
});

describe("Display API", () => {
  test("user info: the creator's name and counts", async () => {
    const user = fake.seedUser({ display_name: "Ada", follower_count: 999, likes_count: 12_345, videos: 3 });
    const tokens = await connect(user);
    await expect(getUserInfo(app, tokens.accessToken)).resolves.toEqual({
      openId: user.open_id,
      displayName: "Ada",
      followerCount: 999,
      likesCount: 12_345,
      videoCount: 3,
    });
  });

  test("45 videos come in three pages of at most 20, newest first, each video once", async () => {
    const user = fake.seedUser({ videos: 45 });
    const tokens = await connect(user);
    const before = fake.requests.filter((r) => r.path === "/v2/video/list/").length;
    const pages = [];
    for await (const page of allVideoPages(app, tokens.accessToken)) pages.push(page);
    expect(pages.map((page) => [page.videos.length, page.hasMore])).toEqual([
      [20, true],
      [20, true],
      [5, false],
    ]);
    expect(fake.requests.filter((r) => r.path === "/v2/video/list/").length - before).toBe(3);
    const videos = pages.flatMap((page) => page.videos);
    expect(videos.map((video) => video.id)).toEqual(user.videos.map((video) => video.id));
    const [newest] = user.videos;
    expect(videos[0]).toEqual({
      id: newest!.id,
      shareUrl: newest!.share_url,
      title: newest!.title,
      createdAt: new Date(newest!.create_time * 1000),
      viewCount: newest!.view_count,
      likeCount: newest!.like_count,
      commentCount: newest!.comment_count,
      shareCount: newest!.share_count,
    });
    // A page past the last video is empty and says there is no more.
    const past = await listVideos(app, tokens.accessToken, { cursor: pages[2]!.cursor });
    expect(past).toMatchObject({ videos: [], hasMore: false });
  });

  test("an expired access token is access_token_invalid (401); after a refresh the call succeeds", async () => {
    const tokens = await connect(fake.seedUser({ videos: 2 }));
    fake.expireAccessToken(tokens.accessToken);
    const error = await failure(listVideos(app, tokens.accessToken), "access_token_invalid", [tokens.accessToken]);
    expect(error).toMatchObject({ code: "access_token_invalid", retryable: false, needsReconnecting: false });
    expect(error.details.status).toBe(401);
    expect(error.details.logId).toMatch(/^[0-9A-F]{32}$/);
    const fresh = await refreshTokens(app, tokens.refreshToken);
    await expect(listVideos(app, fresh.accessToken)).resolves.toMatchObject({ hasMore: false });
  });

  test("429 is rate_limited and retryable, with TikTok's Retry-After; the next call succeeds", async () => {
    const tokens = await connect(fake.seedUser());
    fake.failNext("/v2/user/info/", 429);
    const error = await failure(getUserInfo(app, tokens.accessToken), "rate_limited", [tokens.accessToken]);
    expect(error).toMatchObject({ code: "rate_limit_exceeded", retryable: true });
    expect(error.details).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    await expect(getUserInfo(app, tokens.accessToken)).resolves.toMatchObject({ openId: tokens.openId });
  });

  test("5xx is a retryable server error; an unreachable TikTok is a retryable network error", async () => {
    const tokens = await connect(fake.seedUser());
    fake.failNext("/v2/video/list/", 503);
    const error = await failure(listVideos(app, tokens.accessToken), "server", [tokens.accessToken]);
    expect(error).toMatchObject({ code: "internal_error", retryable: true });
    const unreachable = { ...app, apiUrl: "http://127.0.0.1:1" };
    await failure(getUserInfo(unreachable, tokens.accessToken), "network", [tokens.accessToken]);
  });

  test("a scope the creator did not grant is scope_missing: they must reconnect", async () => {
    const tokens = await connect(fake.seedUser(), ["user.info.basic"]);
    const error = await failure(getUserInfo(app, tokens.accessToken), "scope_missing", [tokens.accessToken]);
    expect(error.needsReconnecting).toBe(true);
    await failure(listVideos(app, tokens.accessToken), "scope_missing", [tokens.accessToken]);
  });

  test("a TikTok message that echoes the token is redacted before it becomes the error's text", async () => {
    const accessToken = "act.echoed-secret-token";
    const echo: typeof fetch = async () =>
      Response.json(
        { data: {}, error: { code: "access_token_invalid", message: `bad token ${accessToken}`, log_id: "L1" } },
        { status: 401 },
      );
    const error = await failure(getUserInfo({ ...app, fetch: echo }, accessToken), "access_token_invalid", [
      accessToken,
    ]);
    expect(error.message).toContain("[redacted]");
  });
});
