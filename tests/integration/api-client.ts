// Calls /api/v1 route handlers as Next calls them (a Request and a params promise), for the API's integration tests.
import { expect } from "vitest";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as accountRoute from "@/app/api/v1/accounts/[id]/route";
import * as videosRoute from "@/app/api/v1/accounts/[id]/videos/route";
import * as snapshotsRoute from "@/app/api/v1/accounts/[id]/snapshots/route";
import * as milestonesRoute from "@/app/api/v1/accounts/[id]/milestones/route";
import * as earningsRoute from "@/app/api/v1/accounts/[id]/earnings/route";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
  now?: Date,
) => Promise<Response>;

export interface ApiCall {
  token?: string | null;
  /** The path's {id}, as Next hands it over (already percent-decoded). */
  id?: string;
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: BodyInit;
  query?: string;
  headers?: Record<string, string>;
  /** When the request arrives (withToken's clock parameter); unset: now. */
  now?: Date;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  json:
    (Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string[]> } }) | null;
}

export async function callRoute(
  handler: unknown,
  method: string,
  { token, id, body, rawBody, query = "", headers = {}, now }: ApiCall = {},
): Promise<ApiAnswer> {
  const sent: Record<string, string> = { ...headers };
  if (token) sent.authorization = `Bearer ${token}`;
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) sent["content-type"] ??= "application/json";
  const init: RequestInit & { duplex?: "half" } = { method, headers: sent, body: payload };
  if (payload instanceof ReadableStream) init.duplex = "half";
  const request = new Request(`http://test/api/v1/accounts/${encodeURIComponent(id ?? "")}${query}`, init);
  const response = await (handler as Handler)(
    request,
    { params: Promise.resolve<Record<string, string>>(id === undefined ? {} : { id }) },
    now,
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as ApiAnswer["json"]) : null,
  };
}

/** A 4xx answer has the API's error body: { error: { code, message, fields? } } and nothing else. */
export function expectErrorBody(answer: ApiAnswer, context = ""): void {
  expect(answer.json, context).toEqual({
    error: {
      code: expect.any(String),
      message: expect.any(String),
      ...(answer.json?.error?.fields ? { fields: expect.any(Object) } : {}),
    },
  });
  for (const messages of Object.values(answer.json?.error?.fields ?? {}))
    expect(messages, context).toEqual([expect.any(String)]);
}

/** Every endpoint once, as [name, handler, method, body?] (an {id} endpoint is given an account by the test). */
export const ENDPOINT_CALLS: [string, unknown, string, unknown?][] = [
  ["GET /accounts", accountsRoute.GET, "GET"],
  ["POST /accounts", accountsRoute.POST, "POST", { handle: "someone", timeZone: "UTC" }],
  ["GET /accounts/{id}", accountRoute.GET, "GET"],
  ["PATCH /accounts/{id}", accountRoute.PATCH, "PATCH", { title: "x" }],
  ["DELETE /accounts/{id}", accountRoute.DELETE, "DELETE"],
  ["GET /accounts/{id}/videos", videosRoute.GET, "GET"],
  ["POST /accounts/{id}/videos", videosRoute.POST, "POST", { platformId: "123" }],
  ["GET /accounts/{id}/snapshots", snapshotsRoute.GET, "GET"],
  ["PUT /accounts/{id}/snapshots", snapshotsRoute.PUT, "PUT", { account: [{ day: "2026-02-01", followers: 1 }] }],
  ["GET /accounts/{id}/milestones", milestonesRoute.GET, "GET"],
  ["GET /accounts/{id}/earnings", earningsRoute.GET, "GET"],
];

/** The endpoints with an {id} in their path. */
export const ID_ENDPOINT_CALLS = ENDPOINT_CALLS.filter(([name]) => name.includes("{id}"));
