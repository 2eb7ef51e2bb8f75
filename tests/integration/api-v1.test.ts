// Contract tests of the REST API (/api/v1): the route handlers called as Next calls them, against PostgreSQL.
// Every endpoint: its success shape, 401 (no token, unknown, revoked), 404 across creators, 422 shapes naming fields.
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as accountRoute from "@/app/api/v1/accounts/[id]/route";
import * as videosRoute from "@/app/api/v1/accounts/[id]/videos/route";
import * as snapshotsRoute from "@/app/api/v1/accounts/[id]/snapshots/route";
import * as milestonesRoute from "@/app/api/v1/accounts/[id]/milestones/route";
import * as earningsRoute from "@/app/api/v1/accounts/[id]/earnings/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { ENDPOINTS } from "@/lib/api/operations";
import { addDays } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { countInWindow } from "@/lib/db/rate-limits";
import { createApiToken, revokeApiToken } from "@/lib/services/manage-api-tokens";
import { callRoute, ENDPOINT_CALLS, ID_ENDPOINT_CALLS as ID_ENDPOINTS } from "./api-client";
import { createCreator, storedVideoReadings } from "./fixtures";

const call = callRoute;

let tokenA: string;
let tokenB: string;
let accountA: string;
let videoA: string;
const VIDEO_URL = "https://www.tiktok.com/@api.a/video/7300000000000000001";

beforeAll(async () => {
  const creatorA = await createCreator("api-a");
  const creatorB = await createCreator("api-b");
  tokenA = (await createApiToken(creatorA, { name: "A" })).token;
  tokenB = (await createApiToken(creatorB, { name: "B" })).token;
  const created = await call(accountsRoute.POST, "POST", {
    token: tokenA,
    body: { platform: "tiktok", handle: "@API.A", timeZone: "Europe/Berlin" },
  });
  accountA = created.json!.id as string;
  const video = await call(videosRoute.POST, "POST", {
    token: tokenA,
    id: accountA,
    body: { url: `${VIDEO_URL}?is_from_webapp=1`, title: "First", postedOn: "2026-01-01" },
  });
  videoA = video.json!.id as string;
});

afterEach(() => {
  delete process.env.MILEPOST_API_RATE_LIMIT;
});

describe("authentication", () => {
  test.each(ENDPOINT_CALLS)(
    "%s without a token, with an unknown one and with a revoked one is 401 JSON",
    async (_name, handler, method, body) => {
      const creator = await createCreator("api-revoked");
      const revoked = await createApiToken(creator, { name: "old" });
      await revokeApiToken(creator, revoked.id);
      for (const token of [null, "mp_not-a-real-token", revoked.token]) {
        const response = await call(handler, method, { token, id: accountA, body });
        expect(response.status).toBe(401);
        expect(response.json).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
      }
      expect(await prisma.account.count({ where: { id: accountA } })).toBe(1);
    },
  );

  test("a malformed Authorization header is 401", async () => {
    const response = await call(accountsRoute.GET, "GET", { token: null });
    const basic = await accountsRoute.GET(
      new Request("http://test/api/v1/accounts", { headers: { authorization: `Basic ${tokenA}` } }),
      { params: Promise.resolve({}) },
    );
    expect([response.status, basic.status]).toEqual([401, 401]);
  });
});

describe("another creator's account is 404 on every {id} endpoint", () => {
  test.each(ID_ENDPOINTS)("%s with B's token on A's account", async (_name, handler, method, body) => {
    const before = await prisma.account.findUniqueOrThrow({
      where: { id: accountA },
      include: { videos: true, snapshots: true },
    });
    const response = await call(handler, method, { token: tokenB, id: accountA, body });
    expect(response.status).toBe(404);
    expect(response.json).toEqual({ error: { code: "NOT_FOUND", message: "Account not found" } });
    expect(
      await prisma.account.findUniqueOrThrow({ where: { id: accountA }, include: { videos: true, snapshots: true } }),
    ).toEqual(before);
  });

  test("B's list does not show A's account", async () => {
    const response = await call(accountsRoute.GET, "GET", { token: tokenB });
    expect(response.json).toEqual({ accounts: [] });
  });
});

describe("accounts", () => {
  test("POST creates (handle normalized, defaults filled), GET lists and reads it", async () => {
    const list = await call(accountsRoute.GET, "GET", { token: tokenA });
    expect(list.status).toBe(200);
    expect(list.json!.accounts).toEqual([
      {
        id: accountA,
        platform: "tiktok",
        handle: "api.a",
        timeZone: "Europe/Berlin",
        ruleSet: "article",
        videoCount: 1,
        lastDay: null,
        lastFollowers: null,
      },
    ]);
    const one = await call(accountRoute.GET, "GET", { token: tokenA, id: accountA });
    expect(one.json).toEqual({
      id: accountA,
      platform: "tiktok",
      handle: "api.a",
      timeZone: "Europe/Berlin",
      ruleSet: "article",
    });
  });

  test("POST: 422 names each bad field; 409 for a handle already tracked; 400 for a body that is not JSON", async () => {
    const invalid = await call(accountsRoute.POST, "POST", {
      token: tokenA,
      body: { platform: "youtube", handle: "x", timeZone: "Mars/Base" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json!.error).toMatchObject({
      code: "VALIDATION",
      fields: { platform: [expect.any(String)], handle: [expect.any(String)], timeZone: [expect.any(String)] },
    });
    const duplicate = await call(accountsRoute.POST, "POST", {
      token: tokenA,
      body: { handle: "api.a", timeZone: "UTC" },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json!.error).toMatchObject({ code: "CONFLICT", fields: { handle: [expect.any(String)] } });
    const notJson = await call(accountsRoute.POST, "POST", { token: tokenA, rawBody: "{handle:" });
    expect(notJson.status).toBe(400);
    expect(notJson.json).toEqual({ error: { code: "INVALID_JSON", message: expect.any(String) } });
  });

  test("PATCH changes only the fields sent; DELETE removes the account (then 404)", async () => {
    const created = await call(accountsRoute.POST, "POST", {
      token: tokenA,
      body: { handle: "api.patch", timeZone: "UTC" },
    });
    expect(created.status).toBe(201);
    const id = created.json!.id as string;
    const patched = await call(accountRoute.PATCH, "PATCH", { token: tokenA, id, body: { ruleSet: "tiktok_current" } });
    expect(patched.json).toEqual({
      id,
      platform: "tiktok",
      handle: "api.patch",
      timeZone: "UTC",
      ruleSet: "tiktok_current",
    });
    const bad = await call(accountRoute.PATCH, "PATCH", {
      token: tokenA,
      id,
      body: { timeZone: "Nowhere/Land", ruleSet: "other" },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json!.error!.fields!).sort()).toEqual(["ruleSet", "timeZone"]);
    const deleted = await call(accountRoute.DELETE, "DELETE", { token: tokenA, id });
    expect([deleted.status, deleted.json]).toEqual([204, null]);
    expect((await call(accountRoute.GET, "GET", { token: tokenA, id })).status).toBe(404);
  });
});

describe("videos", () => {
  test("POST creates with the platform id taken from the URL; GET lists with the latest reading", async () => {
    const created = await call(videosRoute.POST, "POST", {
      token: tokenA,
      id: accountA,
      body: { platformId: "7300000000000000002" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      id: expect.any(String),
      accountId: accountA,
      platformId: "7300000000000000002",
      url: null,
      title: null,
      postedOn: null,
    });
    const list = await call(videosRoute.GET, "GET", { token: tokenA, id: accountA });
    expect(list.json!.videos).toEqual(
      expect.arrayContaining([
        {
          id: videoA,
          accountId: accountA,
          platformId: "7300000000000000001",
          url: VIDEO_URL,
          title: "First",
          postedOn: "2026-01-01",
          lastDay: null,
          lastViews: null,
        },
      ]),
    );
  });

  test("POST: 422 with field names, 409 for a URL already tracked", async () => {
    const invalid = await call(videosRoute.POST, "POST", {
      token: tokenA,
      id: accountA,
      body: { platformId: "abc", postedOn: "01/02/2026" },
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json!.error!.fields!).sort()).toEqual(["platformId", "postedOn"]);
    const empty = await call(videosRoute.POST, "POST", { token: tokenA, id: accountA, body: {} });
    expect(empty.json!.error!.fields).toEqual({ url: [expect.any(String)] });
    const duplicate = await call(videosRoute.POST, "POST", { token: tokenA, id: accountA, body: { url: VIDEO_URL } });
    expect(duplicate.status).toBe(409);
  });
});

describe("snapshots", () => {
  test("PUT writes account and video readings (video by id or by URL); GET returns the range, oldest first", async () => {
    const put = await call(snapshotsRoute.PUT, "PUT", {
      token: tokenA,
      id: accountA,
      body: {
        account: [
          { day: "2026-03-01", followers: 900, videoViews: 100 },
          { day: "2026-03-02", followers: 1_200 },
        ],
        videos: [
          { videoId: videoA, day: "2026-03-01", views: 500, likes: 10 },
          { url: `${VIDEO_URL}?lang=en`, day: "2026-03-02", views: 1_500 },
        ],
      },
    });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({
      written: { account: 2, videos: 2 },
      milestones: { crossings: expect.any(Number), stateChanges: expect.any(Number) },
    });
    expect((put.json!.milestones as { crossings: number }).crossings).toBeGreaterThan(0);

    const all = await call(snapshotsRoute.GET, "GET", {
      token: tokenA,
      id: accountA,
      query: "?from=2026-03-01&to=2026-03-02",
    });
    expect(all.json).toEqual({
      account: [
        {
          day: "2026-03-01",
          followers: 900,
          videoViews: 100,
          profileViews: null,
          likes: null,
          comments: null,
          shares: null,
          source: "api",
        },
        {
          day: "2026-03-02",
          followers: 1_200,
          videoViews: null,
          profileViews: null,
          likes: null,
          comments: null,
          shares: null,
          source: "api",
        },
      ],
      videos: [
        {
          videoId: videoA,
          day: "2026-03-01",
          views: 500,
          likes: 10,
          comments: null,
          shares: null,
          saves: null,
          source: "api",
        },
        {
          videoId: videoA,
          day: "2026-03-02",
          views: 1_500,
          likes: null,
          comments: null,
          shares: null,
          saves: null,
          source: "api",
        },
      ],
    });
    const later = await call(snapshotsRoute.GET, "GET", {
      token: tokenA,
      id: accountA,
      query: "?from=2026-03-02&to=2026-03-02",
    });
    expect([(later.json!.account as unknown[]).length, (later.json!.videos as unknown[]).length]).toEqual([1, 1]);
  });

  test("GET with a bad range is 422 naming the parameter", async () => {
    const response = await call(snapshotsRoute.GET, "GET", {
      token: tokenA,
      id: accountA,
      query: "?from=yesterday&to=2026-01-01",
    });
    expect(response.status).toBe(422);
    expect(response.json!.error!.fields).toEqual({ from: [expect.any(String)] });
    const reversed = await call(snapshotsRoute.GET, "GET", {
      token: tokenA,
      id: accountA,
      query: "?from=2026-02-01&to=2026-01-01",
    });
    expect(reversed.json!.error!.fields).toEqual({ to: [expect.any(String)] });
  });

  test("PUT with invalid items: 422 naming each one (shape, future day, before posting, unknown URL), nothing written", async () => {
    const before = (await storedVideoReadings({ accountId: accountA })).length;
    const response = await call(snapshotsRoute.PUT, "PUT", {
      token: tokenA,
      id: accountA,
      body: {
        account: [
          { day: "2026-04-01", followers: 5 },
          { day: "2026-04-02", followers: -1 },
        ],
        videos: [
          { videoId: videoA, day: "2026-04-01", views: 1 },
          { videoId: videoA, day: "2026-04-02", views: 1.5 },
          { day: "2026-04-02", views: 3 },
        ],
      },
    });
    expect(response.status).toBe(422);
    expect(response.json!.error!.code).toBe("VALIDATION");
    expect(Object.keys(response.json!.error!.fields!).sort()).toEqual([
      "account.1.followers",
      "videos.1.views",
      "videos.2.videoId",
    ]);

    const semantic = await call(snapshotsRoute.PUT, "PUT", {
      token: tokenA,
      id: accountA,
      body: {
        account: [
          { day: "2026-04-01", followers: 5 },
          { day: "2099-01-01", followers: 6 },
        ],
        videos: [
          { videoId: videoA, day: "2026-04-01", views: 1 },
          { videoId: videoA, day: "2025-12-31", views: 1 },
          { url: "https://www.tiktok.com/@api.a/video/999", day: "2026-04-01", views: 3 },
          { videoId: "no-such-video", day: "2026-04-01", views: 3 },
        ],
      },
    });
    expect(semantic.status).toBe(422);
    expect(Object.keys(semantic.json!.error!.fields!).sort()).toEqual([
      "account.1.day",
      "videos.1.day",
      "videos.2.url",
      "videos.3.videoId",
    ]);
    expect(await prisma.accountSnapshot.count({ where: { accountId: accountA, day: new Date("2026-04-01") } })).toBe(0);
    expect((await storedVideoReadings({ accountId: accountA })).length).toBe(before);
  });

  test("1,001 readings: 422, nothing written; 1,000 readings: all written", async () => {
    const created = await call(accountsRoute.POST, "POST", {
      token: tokenA,
      body: { handle: "api.bulk", timeZone: "UTC" },
    });
    const id = created.json!.id as string;
    const videoIds: string[] = [];
    for (let v = 0; v < 6; v++) {
      const video = await call(videosRoute.POST, "POST", {
        token: tokenA,
        id,
        body: { platformId: String(8_000 + v), postedOn: "2025-01-01" },
      });
      videoIds.push(video.json!.id as string);
    }
    const days = Array.from({ length: 400 }, (_, i) => addDays("2025-01-01", i));
    const account = days.map((day, i) => ({ day, followers: 100 + i }));
    const videos = videoIds.flatMap((videoId) => days.slice(0, 100).map((day, i) => ({ videoId, day, views: 10 * i })));
    expect(account.length + videos.length).toBe(1_000);

    const tooMany = await call(snapshotsRoute.PUT, "PUT", {
      token: tokenA,
      id,
      body: { account: [...account, { day: "2026-02-20", followers: 1 }], videos },
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json!.error).toEqual({
      code: "VALIDATION",
      message: expect.any(String),
      fields: { body: [expect.stringContaining("1,001")] },
    });
    expect(await prisma.accountSnapshot.count({ where: { accountId: id } })).toBe(0);
    expect((await storedVideoReadings({ accountId: id })).length).toBe(0);

    const ok = await call(snapshotsRoute.PUT, "PUT", { token: tokenA, id, body: { account, videos } });
    expect(ok.status).toBe(200);
    expect(ok.json!.written).toEqual({ account: 400, videos: 600 });
    expect(await prisma.accountSnapshot.count({ where: { accountId: id } })).toBe(400);
    expect((await storedVideoReadings({ accountId: id })).length).toBe(600);
  });
});

describe("milestones and earnings", () => {
  test("GET /milestones lists events with key, subject, kind, day and value", async () => {
    const response = await call(milestonesRoute.GET, "GET", { token: tokenA, id: accountA });
    expect(response.status).toBe(200);
    const events = response.json!.events as Record<string, unknown>[];
    expect(events).toEqual(
      expect.arrayContaining([
        {
          id: expect.any(String),
          key: "video.views.1k",
          category: "views",
          subject: { type: "video", id: videoA },
          kind: "crossed",
          day: "2026-03-02",
          value: 1_500,
          reachedBy: false,
        },
        expect.objectContaining({
          key: "account.followers.1k",
          subject: { type: "account", id: accountA },
          kind: "crossed",
          day: "2026-03-02",
          value: 1_200,
        }),
      ]),
    );
  });

  test("GET /earnings: daily and cumulative low/high per stream in micro-dollars, daily adding up to cumulative", async () => {
    const response = await call(earningsRoute.GET, "GET", { token: tokenA, id: accountA });
    expect(response.status).toBe(200);
    const { unit, days } = response.json as unknown as {
      unit: string;
      days: {
        day: string;
        daily: Record<string, { low: number; high: number }>;
        cumulative: Record<string, { low: number; high: number }>;
      }[];
    };
    expect(unit).toBe("micro-dollars");
    expect(days.length).toBeGreaterThan(0);
    expect(Object.keys(days[0]!.daily).sort()).toEqual(["affiliate", "creator_fund", "sponsorships", "total"]);
    const sum = days.reduce((total, day) => total + day.daily.total!.high, 0);
    expect(sum).toBe(days.at(-1)!.cumulative.total!.high);
    for (const day of days) expect(Number.isInteger(day.cumulative.sponsorships!.low)).toBe(true);

    const ranged = await call(earningsRoute.GET, "GET", {
      token: tokenA,
      id: accountA,
      query: "?from=2026-03-02&to=2026-03-02",
    });
    expect((ranged.json!.days as { day: string }[]).map((d) => d.day)).toEqual(["2026-03-02"]);
    expect((await call(earningsRoute.GET, "GET", { token: tokenA, id: accountA, query: "?to=March" })).status).toBe(
      422,
    );
  });
});

describe("rate limit", () => {
  test("past MILEPOST_API_RATE_LIMIT requests a minute: 429 with Retry-After and a JSON error; other tokens are unaffected", async () => {
    // Every request arrives at the same moment, early in a minute, so they all fall into one window.
    const now = new Date("2026-03-02T10:00:05Z");
    process.env.MILEPOST_API_RATE_LIMIT = "3";
    const creator = await createCreator("api-limit");
    const { token } = await createApiToken(creator, { name: "limited" });
    const statuses: number[] = [];
    let last = await call(accountsRoute.GET, "GET", { token, now });
    statuses.push(last.status);
    for (let i = 0; i < 3; i++) {
      last = await call(accountsRoute.GET, "GET", { token, now });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last.json).toEqual({ error: { code: "THROTTLED", message: expect.stringContaining("3 a minute") } });
    const retryAfter = Number(last.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const other = await createApiToken(creator, { name: "other" });
    expect((await call(accountsRoute.GET, "GET", { token: other.token, now })).status).toBe(200);
  });

  test("the window is the minute the request arrives in: the next minute starts the count over", async () => {
    const start = new Date("2026-03-02T10:00:30Z");
    const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    process.env.MILEPOST_API_RATE_LIMIT = "1";
    const { token } = await createApiToken(await createCreator("api-window"), { name: "window" });
    expect((await call(accountsRoute.GET, "GET", { token, now: start })).status).toBe(200);
    const refused = await call(accountsRoute.GET, "GET", { token, now: later(29) });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect((await call(accountsRoute.GET, "GET", { token, now: later(30) })).status).toBe(200);
  });

  test("the window counter is one atomic upsert: concurrent requests each get their own count; a new window starts at 1", async () => {
    const key = `test:${Date.now()}`;
    const window = new Date("2026-01-01T00:00:00Z");
    const counts = await Promise.all(Array.from({ length: 20 }, () => countInWindow(key, window)));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await countInWindow(key, new Date("2026-01-01T00:01:00Z"))).toBe(1);
  });
});

describe("openapi.json", () => {
  test("is an OpenAPI 3.1 document listing every route, method, body, parameter and the bearer scheme", async () => {
    const response = openApiRoute.GET();
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> }
        >
      >;
      components: {
        schemas: Record<string, unknown>;
        securitySchemes: Record<string, { type: string; scheme: string }>;
      };
      security: unknown[];
    };
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace("/api/v1", "")}`),
    );
    expect(operations.sort()).toEqual(ENDPOINT_CALLS.map(([name]) => name).sort());
    expect(ENDPOINTS).toHaveLength(ENDPOINT_CALLS.length);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (path.includes("{id}"))
          expect(operation.parameters).toContainEqual(expect.objectContaining({ name: "id", in: "path" }));
        if (["post", "put", "patch"].includes(method)) expect(operation.requestBody, `${method} ${path}`).toBeDefined();
        expect(Object.keys(operation.responses)).toContain("401");
      }
    }
    expect(doc.paths["/api/v1/accounts/{id}/snapshots"]!.get!.parameters!.map((p) => p.name)).toEqual([
      "id",
      "from",
      "to",
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        "AccountCreate",
        "SnapshotsBatch",
        "VideoReadingInput",
        "Error",
        "Earnings",
        "MilestoneEvent",
      ]),
    );
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });
});
