import { describeError } from "@/lib/http/errors";
import { creatorRoute } from "@/lib/http/creator-route";
import { clearedOAuthFlowCookie, connectMessageCookie, readOAuthFlow, sameState } from "@/lib/http/oauth-state";
import { AppError } from "@/lib/errors/app-error";
import type { ConnectResult } from "@/lib/models/connection";
import { configuredTikTokApp } from "@/lib/platforms/tiktok";
import { tiktokRedirectUri } from "@/lib/queries/connections";
import { connectTikTok } from "@/lib/services/connect-account";

export const dynamic = "force-dynamic";

/**
 * What a failed connection tells the creator: the result, and for a refusal the service's own sentence. A NOT_FOUND
 * (another creator's account) stays a 404; an error no one expects is logged and told as "something went wrong".
 */
function outcomeOf(error: unknown): { result: ConnectResult; sentence?: string } {
  if (error instanceof AppError) {
    if (error.code === "NOT_FOUND") throw error;
    if (error.code === "CONFLICT") return { result: "taken" };
    if (!configuredTikTokApp()) return { result: "not-configured" };
    return { result: "failed", sentence: error.message };
  }
  if (describeError(error)?.code === "UNAVAILABLE") return { result: "unavailable" };
  console.error("Connecting TikTok failed", error);
  return { result: "error" };
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
  const back = (path: string, cookies: string[] = []) => {
    const headers = new Headers({ Location: new URL(path, request.url).href, "Cache-Control": "no-store" });
    for (const cookie of [clearedOAuthFlowCookie("tiktok", secure), ...cookies]) headers.append("Set-Cookie", cookie);
    return new Response(null, { status: 302, headers });
  };
  if (!flow) return back("/accounts");
  const settingsPath = `/accounts/${flow.accountId}/edit`;
  const settings = (result: ConnectResult) => back(`${settingsPath}?tiktok=${result}#connection`);
  if (!sameState(flow.state, params.get("state"))) return settings("state");
  if (params.get("error")) return settings("declined");
  const code = params.get("code");
  if (!code) return settings("state");
  try {
    await connectTikTok(user.id, flow.accountId, { code, codeVerifier: flow.codeVerifier, redirectUri });
    return settings("connected");
  } catch (error) {
    const { result, sentence } = outcomeOf(error);
    const cookies = sentence ? [connectMessageCookie(settingsPath, sentence, secure)] : [];
    return back(`${settingsPath}?tiktok=${result}#connection`, cookies);
  }
});
