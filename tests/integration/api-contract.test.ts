// The API's answers against its declared output schemas (lib/api/operations.ts), on PostgreSQL: every operation is
// called as Next calls it, with a creator who owns data, and its answer must be exactly what its schema describes —
// no field more, none missing (the output schemas are strict) — and what openapi.json documents. A route whose answer
// has a field its schema lacks is refused with a 500 that shows nothing of it.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as accountRoute from "@/app/api/v1/accounts/[id]/route";
import * as videosRoute from "@/app/api/v1/accounts/[id]/videos/route";
import * as snapshotsRoute from "@/app/api/v1/accounts/[id]/snapshots/route";
import * as milestonesRoute from "@/app/api/v1/accounts/[id]/milestones/route";
import * as earningsRoute from "@/app/api/v1/accounts/[id]/earnings/route";
import { openApiDocument } from "@/lib/api/openapi";
import * as op from "@/lib/api/operations";
import { errorResponse as errorSchema } from "@/lib/api/schemas";
import type { Operation } from "@/lib/http/operation";
import { checkOutput, OutputMismatchError } from "@/lib/http/operation";
import { withToken } from "@/lib/http/with-token";
import { createApiToken } from "@/lib/services/manage-api-tokens";
import { callRoute, type ApiCall } from "./api-client";
import { createCreator } from "./fixtures";

type Route = ((...args: never[]) => Promise<Response>) & { operation: Operation };

let token: string;
let accountId: string;
let doomedId: string;
let videoId: string;
let othersAccount: string;

beforeAll(async () => {
  const creator = await createCreator("api-contract");
  token = (await createApiToken(creator, { name: "contract" })).token;
  const create = (handle: string) =>
    callRoute(accountsRoute.POST, "POST", { token, body: { handle, timeZone: "UTC" } }).then(
      (a) => a.json!.id as string,
    );
  accountId = await create("contract.me");
  doomedId = await create("contract.doomed");
  videoId = (
    await callRoute(videosRoute.POST, "POST", {
      token,
      id: accountId,
      body: { platformId: "7300000000000000555", title: "Contract", postedOn: "2026-01-01" },
    })
  ).json!.id as string;
  const written = await callRoute(snapshotsRoute.PUT, "PUT", {
    token,
    id: accountId,
    body: {
      account: [{ day: "2026-01-02", followers: 1_200, videoViews: 5_000, likes: 40 }],
      videos: [{ videoId, day: "2026-01-02", views: 5_000, likes: 40, saves: 3 }],
    },
  });
  expect(written.status).toBe(200);
  const other = await createCreator("api-contract-other");
  const otherToken = (await createApiToken(other, { name: "other" })).token;
  othersAccount = (
    await callRoute(accountsRoute.POST, "POST", { token: otherToken, body: { handle: "not.mine", timeZone: "UTC" } })
  ).json!.id as string;
});

/** Every operation with a request it succeeds with (the DELETE last: it removes its own account). */
const CALLS: [Route, string, () => ApiCall][] = [
  [accountsRoute.GET, "GET", () => ({})],
  [accountsRoute.POST, "POST", () => ({ body: { handle: "contract.new", timeZone: "Europe/Berlin" } })],
  [accountRoute.GET, "GET", () => ({ id: accountId })],
  [accountRoute.PATCH, "PATCH", () => ({ id: accountId, body: { ruleSet: "tiktok_current" } })],
  [videosRoute.GET, "GET", () => ({ id: accountId })],
  [
    videosRoute.POST,
    "POST",
    () => ({ id: accountId, body: { url: "https://www.tiktok.com/@c/video/7300000000000000556" } }),
  ],
  [snapshotsRoute.GET, "GET", () => ({ id: accountId, query: "?from=2026-01-01&to=2026-01-31" })],
  [
    snapshotsRoute.PUT,
    "PUT",
    () => ({ id: accountId, body: { videos: [{ videoId, day: "2026-01-03", views: 6_000 }] } }),
  ],
  [milestonesRoute.GET, "GET", () => ({ id: accountId })],
  [earningsRoute.GET, "GET", () => ({ id: accountId })],
  [accountRoute.DELETE, "DELETE", () => ({ id: doomedId })],
];

const name = (operation: Operation) => `${operation.method.toUpperCase()} ${operation.path.replace("/api/v1", "")}`;

describe("every operation answers exactly its output schema", () => {
  test("the calls cover every operation, each route serving the operation it is exported for", () => {
    expect(CALLS.map(([route]) => route.operation).sort((a, b) => name(a).localeCompare(name(b)))).toEqual(
      [...op.ENDPOINTS].sort((a, b) => name(a).localeCompare(name(b))),
    );
    for (const [route, method] of CALLS) expect(route.operation.method.toUpperCase()).toBe(method);
  });

  test.each(CALLS.map(([route, method, request]) => [name(route.operation), route, method, request] as const))(
    "%s",
    async (_name, route, method, request) => {
      const { operation } = route;
      const answer = await callRoute(route, method, { token, ...request() });
      expect(answer.status, JSON.stringify(answer.json)).toBe(operation.response.status);
      const schema = operation.response.schema;
      if (!schema) {
        expect(answer.json).toBeNull();
        return;
      }
      const checked = schema.safeParse(answer.json);
      expect(checked.success, checked.success ? "" : z.prettifyError(checked.error)).toBe(true);
      // Strict schemas refuse extra fields; what was sent is also exactly what the schema gives back.
      expect(checked.data).toEqual(answer.json);
      expect(JSON.stringify(answer.json), "every list has an item, so every item schema is checked").not.toContain(
        "[]",
      );
      expect(answer.headers.get("content-type")).toContain("application/json");
    },
  );

  test.each(
    CALLS.filter(([route]) => route.operation.path.includes("{id}")).map(
      ([route, method]) => [name(route.operation), route, method] as const,
    ),
  )("%s on another creator's account: a documented error status and body", async (_name, route, method) => {
    const body = route.operation.body ? {} : undefined;
    const answer = await callRoute(route, method, { token, id: othersAccount, body });
    expect(errorSchema.safeParse(answer.json).success, JSON.stringify(answer.json)).toBe(true);
    const documented = Object.keys(
      (openApiDocument().paths[route.operation.path] as Record<string, { responses: object }>)[route.operation.method]!
        .responses,
    );
    expect(documented).toContain(String(answer.status));
  });
});

describe("openapi.json documents the schemas the answers are checked against", () => {
  test("each operation's success answer is its output schema, as z.toJSONSchema gives it (extra fields refused)", () => {
    const doc = openApiDocument() as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
      components: { schemas: Record<string, { additionalProperties?: unknown }> };
    };
    for (const operation of op.ENDPOINTS) {
      const documented = doc.paths[operation.path]![operation.method]!.responses[String(operation.response.status)]!;
      const { schema } = operation.response;
      if (!schema) {
        expect(documented.content, name(operation)).toBeUndefined();
        continue;
      }
      const generated = JSON.stringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }))
        .replaceAll('"#/$defs/', '"#/components/schemas/')
        .replace(/^\{"\$schema":"[^"]+",/, "{");
      const { $defs: _defs, ...own } = JSON.parse(generated) as Record<string, unknown>;
      expect(documented.content!["application/json"], name(operation)).toEqual({ schema: own });
    }
    for (const id of ["Account", "AccountSummary", "Video", "VideoSummary", "MilestoneEvent", "Earnings", "Error"])
      expect(doc.components.schemas[id]!.additionalProperties, id).toBe(false);
  });
});

describe("an answer outside its schema is refused", () => {
  const account = { id: "acc_1", platform: "tiktok", handle: "x", timeZone: "UTC", ruleSet: "article" } as const;
  let logged: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterAll(() => logged.mockRestore());

  test("checkOutput names a field the schema lacks, and one it misses", () => {
    expect(() => checkOutput(op.getAccount, { ...account, creatorId: "secret" })).toThrow(OutputMismatchError);
    expect(() => checkOutput(op.getAccount, { ...account, creatorId: "secret" })).toThrow(/creatorId/);
    const { handle: _handle, ...withoutHandle } = account;
    expect(() => checkOutput(op.getAccount, withoutHandle)).toThrow(/handle/);
    expect(checkOutput(op.getAccount, account)).toEqual(account);
    expect(() => checkOutput(op.deleteAccount, account)).toThrow(OutputMismatchError);
  });

  test("a route returning an extra field answers a 500 that shows nothing of it (nested fields included)", async () => {
    const leaky = withToken(op.getAccount, async () => ({ ...account, passwordHash: "hash-of-secret" }));
    const answer = await callRoute(leaky, "GET", { token, id: accountId });
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ error: { code: "INTERNAL", message: expect.any(String) } });
    expect(JSON.stringify(answer.json)).not.toContain("hash-of-secret");

    const nested = withToken(op.listAccounts, async () => ({
      accounts: [{ ...account, videoCount: 0, lastDay: null, lastFollowers: null, email: "someone@example.test" }],
    }));
    expect((await callRoute(nested, "GET", { token })).status).toBe(500);
    expect(logged).toHaveBeenCalled();
  });
});
