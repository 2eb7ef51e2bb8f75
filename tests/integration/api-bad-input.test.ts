// Bad input to the REST API never gives a 5xx or a silent misreading (issue #11): the requests that used to answer 500,
// the JSON body size limit (413 before parsing), and counts that must be JSON integers or strings of digits.
import { beforeAll, describe, expect, test } from "vitest";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as accountRoute from "@/app/api/v1/accounts/[id]/route";
import * as videosRoute from "@/app/api/v1/accounts/[id]/videos/route";
import * as snapshotsRoute from "@/app/api/v1/accounts/[id]/snapshots/route";
import * as earningsRoute from "@/app/api/v1/accounts/[id]/earnings/route";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/body";
import { openApiDocument } from "@/lib/api/openapi";
import { prisma } from "@/lib/db/client";
import { createApiToken } from "@/lib/services/manage-api-tokens";
import { getImportRun } from "@/lib/queries/import-runs";
import { callRoute, expectErrorBody, ID_ENDPOINT_CALLS } from "./api-client";
import { appErrorOf, createCreator, storedVideoReadings } from "./fixtures";

let creator: string;
let token: string;
let accountId: string;
let videoId: string;
const VIDEO_URL = "https://www.tiktok.com/@bad.input/video/7300000000000000077";

beforeAll(async () => {
  creator = await createCreator("api-bad-input");
  token = (await createApiToken(creator, { name: "bad input" })).token;
  accountId = (await callRoute(accountsRoute.POST, "POST", { token, body: { handle: "bad.input", timeZone: "UTC" } }))
    .json!.id as string;
  videoId = (
    await callRoute(videosRoute.POST, "POST", {
      token,
      id: accountId,
      body: { url: VIDEO_URL, postedOn: "2026-01-01" },
    })
  ).json!.id as string;
});

describe("ids in the path that no record can have are 404, never a database error", () => {
  test.each(ID_ENDPOINT_CALLS)(
    "%s with a NUL, a control character or an over-long id",
    async (_name, handler, method, body) => {
      for (const id of ["\u0000", `${accountId}\u0000`, "\u0007x", "a".repeat(65), "a b"]) {
        const answer = await callRoute(handler, method, { token, id, body });
        expect(answer.status, JSON.stringify(id)).toBe(404);
        expect(answer.json).toEqual({ error: { code: "NOT_FOUND", message: "Account not found" } });
      }
    },
  );
});

test("GET /api/imports/{importId} with a NUL or an over-long id: the import is not found, without a query", async () => {
  for (const id of ["\u0000", "a".repeat(65)])
    expect((await appErrorOf(getImportRun(creator, id), "NOT_FOUND")).message).toBe("Import not found");
});

describe("values PostgreSQL cannot hold are 422 naming the field", () => {
  test("a NUL in a batch item's videoId or url", async () => {
    const answer = await callRoute(snapshotsRoute.PUT, "PUT", {
      token,
      id: accountId,
      body: {
        videos: [
          { videoId: `${videoId}\u0000`, day: "2026-02-01", views: 1 },
          { url: `${VIDEO_URL}\u0000`, day: "2026-02-01", views: 1 },
        ],
      },
    });
    expect(answer.status).toBe(422);
    expectErrorBody(answer);
    expect(Object.keys(answer.json!.error!.fields!).sort()).toEqual(["videos.0.videoId", "videos.1.url"]);
  });

  test("the day 0000-01-01 in batch items, postedOn and ?from=", async () => {
    const batch = await callRoute(snapshotsRoute.PUT, "PUT", {
      token,
      id: accountId,
      body: { account: [{ day: "0000-01-01", followers: 1 }], videos: [{ videoId, day: "0000-01-01", views: 1 }] },
    });
    expect(batch.status).toBe(422);
    expect(batch.json!.error!.fields).toEqual({
      "account.0.day": [expect.stringContaining("2000-01-01")],
      "videos.0.day": [expect.stringContaining("2000-01-01")],
    });
    const video = await callRoute(videosRoute.POST, "POST", {
      token,
      id: accountId,
      body: { platformId: "555", postedOn: "0000-01-01" },
    });
    expect([video.status, Object.keys(video.json!.error!.fields!)]).toEqual([422, ["postedOn"]]);
    for (const route of [snapshotsRoute, earningsRoute]) {
      const range = await callRoute(route.GET, "GET", { token, id: accountId, query: "?from=0000-01-01" });
      expect([range.status, Object.keys(range.json!.error!.fields!)]).toEqual([422, ["from"]]);
    }
    expect(await prisma.video.count({ where: { accountId, platformId: "555" } })).toBe(0);
  });

  test("a URL that grows past 2,000 characters when normalized (percent-encoded) is 422, not an index error", async () => {
    // 1,919 characters typed, 17,119 once percent-encoded; varied, so PostgreSQL cannot compress the index entry small.
    const url = `https://example.com/${Array.from({ length: 1900 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join("")}`;
    const answer = await callRoute(videosRoute.POST, "POST", { token, id: accountId, body: { url } });
    expect([answer.status, answer.json!.error!.fields]).toEqual([422, { url: ["That URL is too long."] }]);
  });

  test("a NUL in a video's title or URL, and in an account's handle", async () => {
    const video = await callRoute(videosRoute.POST, "POST", {
      token,
      id: accountId,
      body: { url: "https://example.com/\u0000a", title: "Hi\u0000there" },
    });
    expect(video.status).toBe(422);
    expect(video.json!.error!.fields).toEqual({
      url: [expect.any(String)],
      title: [expect.stringContaining("control character")],
    });
    const account = await callRoute(accountsRoute.POST, "POST", {
      token,
      body: { handle: "a\u0000b", timeZone: "UTC\u0000" },
    });
    expect(account.status).toBe(422);
    expect(Object.keys(account.json!.error!.fields!).sort()).toEqual(["handle", "timeZone"]);
  });
});

describe("JSON bodies are at most MAX_JSON_BODY_BYTES: 413 before parsing", () => {
  const tooLarge = `{"handle":"big.one","timeZone":"UTC","padding":"${"x".repeat(MAX_JSON_BODY_BYTES)}"}`;

  test("a 10 MB body to POST /accounts is 413 TOO_LARGE naming the limit, and creates nothing", async () => {
    const answer = await callRoute(accountsRoute.POST, "POST", {
      token,
      rawBody: `{"handle":"big.one","timeZone":"UTC","padding":"${"x".repeat(10 * 1024 * 1024)}"}`,
    });
    expect(answer.status).toBe(413);
    expect(answer.json).toEqual({
      error: { code: "TOO_LARGE", message: expect.stringContaining(MAX_JSON_BODY_BYTES.toLocaleString("en-US")) },
    });
    expect(await prisma.account.count({ where: { handle: "big.one" } })).toBe(0);
  });

  test("without a Content-Length, or with one that understates the body, the streamed body is counted and cut at the limit", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const endless = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"handle":"big.two","timeZone":"UTC","padding":"'));
        },
        pull(controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk); // never ends: the reader must stop by itself
        },
      });
    const chunked = await callRoute(accountsRoute.POST, "POST", { token, rawBody: endless() });
    expect(chunked.status).toBe(413);
    expect(pulled).toBeLessThan(MAX_JSON_BODY_BYTES + 4 * chunk.byteLength);
    const understated = await callRoute(accountsRoute.POST, "POST", {
      token,
      rawBody: endless(),
      headers: { "content-length": "20" },
    });
    expect(understated.status).toBe(413);
    expect(await prisma.account.count({ where: { handle: "big.two" } })).toBe(0);
  });

  test("a body just over the limit is 413 on every operation that takes one; one at the limit is read", async () => {
    for (const [handler, method] of [
      [accountsRoute.POST, "POST"],
      [accountRoute.PATCH, "PATCH"],
      [videosRoute.POST, "POST"],
      [snapshotsRoute.PUT, "PUT"],
    ] as const) {
      expect((await callRoute(handler, method, { token, id: accountId, rawBody: tooLarge })).status).toBe(413);
    }
    const atLimit = `{"ruleSet":"article","padding":"${"x".repeat(MAX_JSON_BODY_BYTES - 35)}"}`;
    expect(new TextEncoder().encode(atLimit).byteLength).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES);
    expect((await callRoute(accountRoute.PATCH, "PATCH", { token, id: accountId, rawBody: atLimit })).status).toBe(200);
  });

  test("a full batch of 1,000 readings with every field and 2,000-character URLs fits", async () => {
    const url = `${VIDEO_URL}?${"q".repeat(2000 - VIDEO_URL.length - 1)}`;
    const videos = Array.from({ length: 1000 }, (_, i) => ({
      url,
      day: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      views: 9_000_000_000_000_000,
      likes: 9_000_000_000_000_000,
      comments: 9_000_000_000_000_000,
      shares: 9_000_000_000_000_000,
      saves: 9_000_000_000_000_000,
    }));
    const body = JSON.stringify({ account: [], videos }, null, 2);
    expect(body.length).toBeLessThan(MAX_JSON_BODY_BYTES);
    const answer = await callRoute(snapshotsRoute.PUT, "PUT", { token, id: accountId, rawBody: body });
    expect(answer.status).toBe(200);
  });
});

test("openapi.json states the body limit and lists 413 on every operation that takes a body", () => {
  const doc = openApiDocument() as unknown as {
    info: { description: string };
    paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  };
  expect(doc.info.description).toContain(MAX_JSON_BODY_BYTES.toLocaleString("en-US"));
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods))
      expect("413" in operation.responses, `${method} ${path}`).toBe(operation.requestBody !== undefined);
  }
});

describe("counts in JSON are integers 0…MAX_COUNT or strings of digits, nothing looser", () => {
  // As JSON text: JSON.stringify would turn -0 into 0.
  test.each([
    ['"0x10"'],
    ['"1e3"'],
    ['"1_000"'],
    ['"12,400"'],
    ['" 12"'],
    ['"1.5"'],
    ["-0"],
    ["-1"],
    ["1.5"],
    ['""'],
    ["null"],
    ["true"],
  ])("followers %s is 422, nothing written", async (followers) => {
    const answer = await callRoute(snapshotsRoute.PUT, "PUT", {
      token,
      id: accountId,
      rawBody: `{"account":[{"day":"2026-01-05","followers":${followers}}]}`,
    });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.json!.error!.fields!)).toEqual(["account.0.followers"]);
    expect(await prisma.accountSnapshot.count({ where: { accountId, day: new Date("2026-01-05") } })).toBe(0);
  });

  test('a string of digits is read as the number ("1200" and 1200 are the same)', async () => {
    const answer = await callRoute(snapshotsRoute.PUT, "PUT", {
      token,
      id: accountId,
      body: {
        account: [{ day: "2026-01-06", followers: "1200", likes: 3 }],
        videos: [{ videoId, day: "2026-01-06", views: "9000000000000000" }],
      },
    });
    expect(answer.status).toBe(200);
    const stored = await prisma.accountSnapshot.findUniqueOrThrow({
      where: { accountId_day: { accountId, day: new Date("2026-01-06") } },
    });
    expect([stored.followers, stored.likes]).toEqual([1200n, 3n]);
    expect((await storedVideoReadings({ videoIds: [videoId], day: "2026-01-06" }))[0]!.views).toBe(
      9_000_000_000_000_000,
    );
    const tooLarge = await callRoute(snapshotsRoute.PUT, "PUT", {
      token,
      id: accountId,
      body: { account: [{ day: "2026-01-07", followers: "9007199254740993" }] },
    });
    expect(tooLarge.json!.error!.fields).toEqual({ "account.0.followers": [expect.stringContaining("too large")] });
  });
});
