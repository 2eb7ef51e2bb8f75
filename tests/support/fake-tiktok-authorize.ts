// The fake TikTok's authorize page (Login Kit for Web, GET /v2/auth/authorize/): it checks the request as TikTok
// documents it (client_key, response_type=code, a comma-separated scope of known scopes, an absolute redirect_uri
// without a fragment, state, a PKCE code_challenge with code_challenge_method=S256), then shows a consent page listing
// the fake's users. "Continue as …" redirects to redirect_uri?code&scopes&state; "Cancel" to
// redirect_uri?error=access_denied&error_description&state. Both are plain GET forms, as a browser follows them.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeTikTok } from "./fake-tiktok";
import { ALL_SCOPES } from "./fake-tiktok-model";

export const AUTHORIZE_PATH = "/v2/auth/authorize/";
const DECIDE_PATH = "/v2/auth/authorize/decide/";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function html(response: ServerResponse, status: number, title: string, body: string): void {
  response.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
      `<meta name="viewport" content="width=device-width"></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
  );
}

/** The problem with the request's parameters, or null when TikTok would show its consent page. */
function problem(fake: FakeTikTok, query: URLSearchParams): string | null {
  if (query.get("client_key") !== fake.clientKey) return "client_key is not a registered app.";
  if (query.get("response_type") !== "code") return "response_type must be code.";
  const scopes = (query.get("scope") ?? "").split(",").filter(Boolean);
  if (!scopes.length || scopes.some((scope) => !ALL_SCOPES.includes(scope))) return "scope is missing or unknown.";
  const redirectUri = query.get("redirect_uri") ?? "";
  let parsed: URL;
  try {
    parsed = new URL(redirectUri);
  } catch {
    return "redirect_uri must be an absolute URL.";
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.hash || redirectUri.length >= 512)
    return "redirect_uri must be http(s), shorter than 512 characters and without a fragment.";
  if (!query.get("state")) return "state is required.";
  if (!/^[A-Za-z0-9_-]{43}$/.test(query.get("code_challenge") ?? "")) return "code_challenge is missing.";
  if (query.get("code_challenge_method") !== "S256") return "code_challenge_method must be S256.";
  return null;
}

const PASSED = [
  "client_key",
  "response_type",
  "scope",
  "redirect_uri",
  "state",
  "code_challenge",
  "code_challenge_method",
];

function consentPage(fake: FakeTikTok, query: URLSearchParams, response: ServerResponse): void {
  const hidden = PASSED.map(
    (name) => `<input type="hidden" name="${name}" value="${escape(query.get(name) ?? "")}">`,
  ).join("");
  const users = [...fake.users.values()]
    .map(
      (user) =>
        `<form method="get" action="${DECIDE_PATH}">${hidden}<input type="hidden" name="open_id" value="${escape(user.open_id)}">` +
        `<button type="submit">Continue as ${escape(user.display_name)}</button></form>`,
    )
    .join("");
  const cancel = `<form method="get" action="${DECIDE_PATH}">${hidden}<input type="hidden" name="cancel" value="1"><button type="submit">Cancel</button></form>`;
  html(
    response,
    200,
    "Authorize with TikTok (fake)",
    `<p>The app asks for: ${escape(query.get("scope") ?? "")}</p>${users || "<p>No users are seeded.</p>"}${cancel}`,
  );
}

function decide(fake: FakeTikTok, query: URLSearchParams, response: ServerResponse): void {
  const back = new URL(query.get("redirect_uri")!);
  back.searchParams.set("state", query.get("state")!);
  const user = fake.users.get(query.get("open_id") ?? "");
  if (query.get("cancel") || !user) {
    back.searchParams.set("error", "access_denied");
    back.searchParams.set("error_description", "The user denied the authorization.");
  } else {
    const scopes = query.get("scope")!.split(",");
    const code = fake.issueCode({
      openId: user.open_id,
      redirectUri: query.get("redirect_uri")!,
      codeChallenge: query.get("code_challenge")!,
      scopes,
    });
    back.searchParams.set("code", code);
    back.searchParams.set("scopes", scopes.join(","));
  }
  response.writeHead(302, { Location: back.href });
  response.end();
}

/** Answers the authorize page and its consent forms; false for any other request. */
export function handleAuthorize(
  fake: FakeTikTok,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): boolean {
  if (request.method !== "GET" || (url.pathname !== AUTHORIZE_PATH && url.pathname !== DECIDE_PATH)) return false;
  const trouble = problem(fake, url.searchParams);
  if (trouble) html(response, 400, "This link is not valid", `<p>${escape(trouble)}</p>`);
  else if (url.pathname === AUTHORIZE_PATH) consentPage(fake, url.searchParams, response);
  else decide(fake, url.searchParams, response);
  return true;
}
