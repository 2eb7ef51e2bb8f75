// Calls /api/v1 route handlers as Next calls them (a Request and a params promise), for the API's integration tests.
import { expect } from "vitest";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface ApiCall {
  token?: string | null;
  /** The path's {id}, as Next hands it over (already percent-decoded). */
  id?: string;
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: BodyInit;
  query?: string;
  headers?: Record<string, string>;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  json: (Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string[]> } }) | null;
}

export async function callRoute(handler: unknown, method: string, { token, id, body, rawBody, query = "", headers = {} }: ApiCall = {}): Promise<ApiAnswer> {
  const sent: Record<string, string> = { ...headers };
  if (token) sent.authorization = `Bearer ${token}`;
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) sent["content-type"] ??= "application/json";
  const init: RequestInit & { duplex?: "half" } = { method, headers: sent, body: payload };
  if (payload instanceof ReadableStream) init.duplex = "half";
  const request = new Request(`http://test/api/v1/accounts/${encodeURIComponent(id ?? "")}${query}`, init);
  const response = await (handler as Handler)(request, { params: Promise.resolve<Record<string, string>>(id === undefined ? {} : { id }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as ApiAnswer["json"]) : null };
}

/** A 4xx answer has the API's error body: { error: { code, message, fields? } } and nothing else. */
export function expectErrorBody(answer: ApiAnswer, context = ""): void {
  expect(answer.json, context).toEqual({ error: { code: expect.any(String), message: expect.any(String), ...(answer.json?.error?.fields ? { fields: expect.any(Object) } : {}) } });
  for (const messages of Object.values(answer.json?.error?.fields ?? {})) expect(messages, context).toEqual([expect.any(String)]);
}
