import { creatorRoute } from "@/lib/http/creator-route";
import { oauthFlowCookie } from "@/lib/http/oauth-state";
import { parseSearchParams } from "@/lib/http/search-params";
import { createAuthorizationRequest, configuredTikTokApp } from "@/lib/platforms/tiktok";
import { getAccount } from "@/lib/queries/accounts";
import { tiktokRedirectUri } from "@/lib/queries/connections";
import { accountRefSchema } from "@/lib/validation/accounts";

export const dynamic = "force-dynamic";

/**
 * "Connect TikTok": 302 to TikTok's authorize page, with the state and PKCE verifier kept in a short-lived httpOnly
 * cookie for the callback. 404 for another creator's account; back to the settings page when TikTok is not set up.
 */
export const GET = creatorRoute(async (request, user) => {
  const { accountId } = parseSearchParams(new URL(request.url).searchParams, accountRefSchema);
  await getAccount(user.id, accountId);
  const app = configuredTikTokApp();
  if (!app) return redirect(`/accounts/${accountId}/edit?tiktok=not-configured#connection`, request);
  const redirectUri = tiktokRedirectUri();
  const { url, state, codeVerifier } = createAuthorizationRequest(app, redirectUri);
  const secure = redirectUri.startsWith("https:");
  return new Response(null, {
    status: 302,
    headers: {
      Location: url.href,
      "Set-Cookie": oauthFlowCookie("tiktok", { state, codeVerifier, accountId }, secure),
      "Cache-Control": "no-store",
    },
  });
});

function redirect(path: string, request: Request): Response {
  return new Response(null, { status: 302, headers: { Location: new URL(path, request.url).href } });
}
