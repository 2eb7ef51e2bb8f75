// One request to TikTok: the address from configuration, a deadline, JSON read and checked, failures typed.
import type { z } from "zod";
import { apiErrorKind, oauthErrorKind, redact, TikTokError } from "./errors";
import { envelopeSchema, oauthErrorSchema } from "./schemas";

export interface TikTokHttp {
  /** Base URL of the OAuth endpoints and the Display API (MILEPOST_TIKTOK_API_URL). */
  apiUrl: string;
  fetch?: typeof fetch;
  /** Each request's deadline; a request past it fails as `network` (retryable). */
  timeoutMs?: number;
}

interface Answer {
  status: number;
  body: unknown;
  retryAfterSeconds?: number;
}

export const joinUrl = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;

async function send(
  http: TikTokHttp,
  path: string,
  init: RequestInit & { query?: URLSearchParams },
  secrets: readonly string[],
): Promise<Answer> {
  const { query, ...requestInit } = init;
  let response: Response;
  let text: string;
  try {
    response = await (http.fetch ?? fetch)(`${joinUrl(http.apiUrl, path)}${query ? `?${query}` : ""}`, {
      ...requestInit,
      signal: AbortSignal.timeout(http.timeoutMs ?? 30_000),
    });
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? redact(error.message, secrets) : "unknown";
    throw new TikTokError("network", "network", `TikTok ${path} could not be reached (${reason})`, { endpoint: path });
  }
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  try {
    return { status: response.status, body: text === "" ? {} : JSON.parse(text), retryAfterSeconds };
  } catch {
    // 429 and 5xx can come from a proxy in front of TikTok with an HTML page: their status says enough.
    const kind = apiErrorKind(response.status, undefined);
    if (kind === "rate_limited" || kind === "server")
      throw new TikTokError(kind, `http_${response.status}`, `TikTok ${path} answered ${response.status}`, {
        status: response.status,
        retryAfterSeconds,
        endpoint: path,
      });
    throw new TikTokError("unexpected_response", "not_json", `TikTok ${path} answered ${response.status}, not JSON`, {
      status: response.status,
      endpoint: path,
    });
  }
}

function unexpected(path: string, status: number, issue: string): TikTokError {
  return new TikTokError("unexpected_response", "unexpected_shape", `TikTok ${path}: unexpected answer (${issue})`, {
    status,
    endpoint: path,
  });
}

/**
 * A form-encoded POST to an OAuth endpoint (`/v2/oauth/token/`, `/v2/oauth/revoke/`), its answer checked by `schema`.
 * TikTok's documentation gives the error body (`error`, `error_description`, `log_id`) but not its status, so an
 * `error` field is a failure whatever the status.
 */
export async function postOAuthForm<S extends z.ZodType>(
  http: TikTokHttp,
  path: string,
  form: Record<string, string>,
  schema: S,
): Promise<z.output<S>> {
  const secrets = Object.entries(form)
    .filter(([name]) => name !== "grant_type" && name !== "redirect_uri" && name !== "client_key")
    .map(([, value]) => value);
  const answer = await send(
    http,
    path,
    {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Cache-Control": "no-cache" },
      body: new URLSearchParams(form).toString(),
    },
    secrets,
  );
  const failure = oauthErrorSchema.safeParse(answer.body);
  if (failure.success || answer.status >= 400) {
    const code = failure.success ? failure.data.error : `http_${answer.status}`;
    const description = failure.success ? redact(failure.data.error_description ?? "", secrets) : "";
    const logId = failure.success ? failure.data.log_id : undefined;
    const kind = failure.success ? oauthErrorKind(answer.status, code) : apiErrorKind(answer.status, undefined);
    const suffix = [description, logId && `log id ${logId}`].filter(Boolean).join("; ");
    throw new TikTokError(kind, code, `TikTok ${path}: ${code}${suffix ? ` (${suffix})` : ""}`, {
      status: answer.status,
      logId,
      retryAfterSeconds: answer.retryAfterSeconds,
      endpoint: path,
    });
  }
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) throw unexpected(path, answer.status, parsed.error.issues[0]?.message ?? "invalid");
  return parsed.data;
}

/**
 * A Display API call with the user's access token (`Authorization: Bearer`), `fields` in the query as TikTok asks,
 * and a JSON body for POSTs. Returns `data`, checked by `schema`, when `error.code` is "ok".
 */
export async function callDisplayApi<S extends z.ZodType>(
  http: TikTokHttp,
  request: { method: "GET" | "POST"; path: string; accessToken: string; fields: readonly string[]; body?: object },
  schema: S,
): Promise<z.output<S>> {
  const { method, path, accessToken } = request;
  const answer = await send(
    http,
    path,
    {
      method,
      query: new URLSearchParams({ fields: request.fields.join(",") }),
      headers: {
        Authorization: `Bearer ${accessToken}`,
        ...(request.body ? { "Content-Type": "application/json" } : {}),
      },
      body: request.body ? JSON.stringify(request.body) : undefined,
    },
    [accessToken],
  );
  const envelope = envelopeSchema.safeParse(answer.body);
  if (!envelope.success || envelope.data.error.code !== "ok" || answer.status >= 400) {
    const error = envelope.success ? envelope.data.error : undefined;
    const code = error?.code && error.code !== "ok" ? error.code : `http_${answer.status}`;
    const message = redact(error?.message ?? "", [accessToken]);
    const suffix = [message, error?.log_id && `log id ${error.log_id}`].filter(Boolean).join("; ");
    const kind = apiErrorKind(answer.status, error?.code);
    throw new TikTokError(
      !envelope.success && kind === "bad_request" ? "unexpected_response" : kind,
      code,
      `TikTok ${path}: ${code}${suffix ? ` (${suffix})` : ""}`,
      { status: answer.status, logId: error?.log_id, retryAfterSeconds: answer.retryAfterSeconds, endpoint: path },
    );
  }
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) throw unexpected(path, answer.status, data.error.issues[0]?.message ?? "invalid");
  return data.data;
}
