// The fake TikTok's HTTP plumbing: bodies, the two error shapes TikTok documents, and the Bearer check.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Grant {
  openId: string;
  scopes: string[];
}

const logId = () => randomBytes(16).toString("hex").toUpperCase();

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A success; Display API answers (`data`) get TikTok's `error: { code: "ok" }` beside them. */
export function reply(response: ServerResponse, status: number, body: object): void {
  const payload = "data" in body ? { ...body, error: { code: "ok", message: "", log_id: logId() } } : body;
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(payload));
}

/** The Display API's error: `{ data: {}, error: { code, message, log_id } }` with the status TikTok lists for it. */
export function replyApiError(response: ServerResponse, status: number, code: string, message: string): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify({ data: {}, error: { code, message, log_id: logId() } }));
}

/** Login Kit's OAuth error: `{ error, error_description, log_id }`. */
export function replyOAuthError(response: ServerResponse, status: number, error: string, description: string): void {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify({ error, error_description: description, log_id: logId() }));
}

/** The grant behind `Authorization: Bearer <access token>`, or null after answering 401 access_token_invalid. */
export function checkBearer<G extends Grant & { expiresAt: number }>(
  request: IncomingMessage,
  response: ServerResponse,
  tokens: Map<string, G>,
): G | null {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "");
  const grant = match ? tokens.get(match[1]!) : undefined;
  if (!grant || grant.expiresAt < Date.now()) {
    replyApiError(response, 401, "access_token_invalid", "The access token is invalid or not found in the request.");
    return null;
  }
  return grant;
}
