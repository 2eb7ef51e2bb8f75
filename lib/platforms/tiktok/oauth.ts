// Login Kit's OAuth 2: the authorize URL (built by arctic, https://arcticjs.dev), and the token endpoint's three
// uses: a code for tokens, a refresh, a revocation.
//
// arctic's TikTok provider fixes TikTok's addresses as constants (www.tiktok.com, open.tiktokapis.com) and takes no
// base URL, so it cannot talk to the fake TikTok the tests run. We keep it for what does not touch the network (state,
// PKCE verifier and challenge, the authorize URL's parameters, moved onto MILEPOST_TIKTOK_AUTH_URL) and send the token
// requests ourselves, as TikTok documents them: POST, application/x-www-form-urlencoded, client_key and client_secret
// in the body.
import { generateCodeVerifier, generateState, TikTok } from "arctic";
import { z } from "zod";
import { joinUrl, postOAuthForm, type TikTokHttp } from "./http";
import { tokenResponseSchema } from "./schemas";

/** What Milepost asks a creator for: their name, their counts, their public videos. */
export const TIKTOK_SCOPES = ["user.info.basic", "user.info.stats", "video.list"] as const;

export interface TikTokApp extends TikTokHttp {
  /** Base URL of the authorize page (MILEPOST_TIKTOK_AUTH_URL). */
  authUrl: string;
  clientKey: string;
  clientSecret: string;
  /** The clock tokens' expiry is computed from; a parameter so that tests can move it. */
  now?: () => Date;
}

export interface TikTokTokens {
  openId: string;
  scopes: string[];
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** TikTok rotates refresh tokens: keep the one from the latest answer, the previous one stops working. */
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface AuthorizationRequest {
  /** The authorize page to send the creator to (its redirect_uri must be registered in the TikTok app, exactly). */
  url: URL;
  /** Kept (in a cookie or the session) and compared with the callback's `state`. */
  state: string;
  /** Kept with the state and sent with the code. */
  codeVerifier: string;
}

const AUTHORIZE_PATH = "/v2/auth/authorize/";

/** The authorize page's URL for a new connection, with a fresh state and PKCE verifier. */
export function createAuthorizationRequest(
  app: TikTokApp,
  redirectUri: string,
  scopes: readonly string[] = TIKTOK_SCOPES,
): AuthorizationRequest {
  const state = generateState();
  const codeVerifier = generateCodeVerifier();
  const built = new TikTok(app.clientKey, app.clientSecret, redirectUri).createAuthorizationURL(state, codeVerifier, [
    ...scopes,
  ]);
  const url = new URL(joinUrl(app.authUrl, AUTHORIZE_PATH));
  url.search = built.search;
  return { url, state, codeVerifier };
}

function tokensFrom(app: TikTokApp, answer: z.output<typeof tokenResponseSchema>): TikTokTokens {
  const now = (app.now ?? (() => new Date()))().getTime();
  return {
    openId: answer.open_id,
    scopes: answer.scope.split(",").filter(Boolean),
    accessToken: answer.access_token,
    accessTokenExpiresAt: new Date(now + answer.expires_in * 1000),
    refreshToken: answer.refresh_token,
    refreshTokenExpiresAt: new Date(now + answer.refresh_expires_in * 1000),
  };
}

/** The callback's code (URL-decoded) for tokens; `redirectUri` exactly as in the authorize URL. */
export async function exchangeCode(
  app: TikTokApp,
  input: { code: string; codeVerifier: string; redirectUri: string },
): Promise<TikTokTokens> {
  const answer = await postOAuthForm(
    app,
    "/v2/oauth/token/",
    {
      client_key: app.clientKey,
      client_secret: app.clientSecret,
      code: input.code,
      grant_type: "authorization_code",
      redirect_uri: input.redirectUri,
      code_verifier: input.codeVerifier,
    },
    tokenResponseSchema,
  );
  return tokensFrom(app, answer);
}

/** New tokens for a refresh token; an `invalid_grant` (revoked, expired) means the creator must reconnect. */
export async function refreshTokens(app: TikTokApp, refreshToken: string): Promise<TikTokTokens> {
  const answer = await postOAuthForm(
    app,
    "/v2/oauth/token/",
    {
      client_key: app.clientKey,
      client_secret: app.clientSecret,
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    },
    tokenResponseSchema,
  );
  return tokensFrom(app, answer);
}

/** Disconnects the app from the creator's TikTok account (its tokens stop working). */
export async function revokeAccess(app: TikTokApp, accessToken: string): Promise<void> {
  await postOAuthForm(
    app,
    "/v2/oauth/revoke/",
    { client_key: app.clientKey, client_secret: app.clientSecret, token: accessToken },
    z.object({}).loose(),
  );
}
