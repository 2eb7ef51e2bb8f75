import { describeError } from "@/lib/http/errors";
import { creatorRoute } from "@/lib/http/creator-route";
import { clearedOAuthFlowCookie, readOAuthFlow, sameState } from "@/lib/http/oauth-state";
import { AppError } from "@/lib/errors/app-error";
import type { ConnectResult } from "@/lib/models/connection";
import { tiktokRedirectUri } from "@/lib/queries/connections";
import { connectTikTok } from "@/lib/services/connect-account";

export const dynamic = "force-dynamic";

/** What a failed connection tells the creator; a NOT_FOUND (another creator's account) stays a 404. */
function resultOf(error: unknown): ConnectResult {
  if (error instanceof AppError) {
    const code: string = error.code;
    if (code === "NOT_FOUND") throw error;
    if (code === "CONNECTION_TAKEN" || error.status === 409) return "taken";
    if (code === "TIKTOK_NOT_CONFIGURED") return "not-configured";
    if (code === "TIKTOK_FAILED" || error.status === 502) return "failed";
  }
  if (describeError(error)?.code === "UNAVAILABLE") return "unavailable";
  console.error("Connecting TikTok failed", error);
  return "error";
}

/**
 * TikTok sends the creator back here with `code` and `state` (or `error` when they declined). The state must be the
 * one the flow's cookie holds; the cookie is cleared whatever happens; the creator lands on the account's settings
 * with the outcome (`?tiktok=<result>`), never TikTok's or our internals.
 */
export const GET = creatorRoute(async (request, user) => {
  const params = new URL(request.url).searchParams;
  const redirectUri = tiktokRedirectUri();
  const secure = redirectUri.startsWith("https:");
  const flow = readOAuthFlow(request, "tiktok");
  const back = (path: string) =>
    new Response(null, {
      status: 302,
      headers: {
        Location: new URL(path, request.url).href,
        "Set-Cookie": clearedOAuthFlowCookie("tiktok", secure),
        "Cache-Control": "no-store",
      },
    });
  if (!flow) return back("/accounts");
  const settings = (result: ConnectResult) => back(`/accounts/${flow.accountId}/edit?tiktok=${result}#connection`);
  if (!sameState(flow.state, params.get("state"))) return settings("state");
  if (params.get("error")) return settings("declined");
  const code = params.get("code");
  if (!code) return settings("state");
  try {
    await connectTikTok(user.id, flow.accountId, { code, codeVerifier: flow.codeVerifier, redirectUri });
    return settings("connected");
  } catch (error) {
    return settings(resultOf(error));
  }
});
