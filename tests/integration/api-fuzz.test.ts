// Fuzzing every operation of the REST API, read from its OpenAPI document (a new operation is covered without editing
// this file): generated bodies, path ids and query strings, sent with the token of a creator who owns data. Every answer
// is below 500, a 4xx has the API's error body, and a 4xx leaves the creator's rows exactly as they were.
// FUZZ_SEED and FUZZ_RUNS (per operation) replay or deepen a run; fast-check prints the seed and path of a failure.
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/api/operations";
import { harness } from "@/lib/config/harness";
import { prisma } from "@/lib/db/client";
import { createApiToken } from "@/lib/services/manage-api-tokens";
import { createAccount } from "@/lib/services/manage-accounts";
import { createGoal } from "@/lib/services/manage-goals";
import { logIncome } from "@/lib/services/manage-income";
import { createVideo } from "@/lib/services/manage-videos";
import { recordDay } from "@/lib/services/record-snapshots";
import { callRoute, expectErrorBody } from "./api-client";
import { createCreator } from "./fixtures";
import { pathId, queryString, requestBody } from "./fuzz-arbitraries";

const SEED = harness("FUZZ_SEED");
const RUNS = harness("FUZZ_RUNS");
const NOW = new Date("2026-11-24T12:00:00Z");

type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: { "application/json": { schema: Record<string, unknown> } } };
};
const doc = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

let creatorId: string;
let token: string;
let ownAccount: string;
let othersAccount: string;

/** Every row of the creator's data, hashed in PostgreSQL: equal before and after means nothing was written. */
async function fingerprint(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ fingerprint: string }[]>`
    WITH a AS (SELECT id FROM accounts WHERE creator_id = ${creatorId}), v AS (SELECT id FROM videos WHERE account_id IN (SELECT id FROM a))
    SELECT md5(concat_ws('|',
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM accounts t WHERE creator_id = ${creatorId}),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM videos t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM account_snapshots t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM video_reading_months t WHERE video_id IN (SELECT id FROM v)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM account_video_days t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM milestone_crossings t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM milestone_state_changes t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM goals t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM logged_income t WHERE account_id IN (SELECT id FROM a)),
      (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM notification_notices t WHERE creator_id = ${creatorId})
    )) AS fingerprint`;
  return row!.fingerprint;
}

beforeAll(async () => {
  process.env.MILEPOST_API_RATE_LIMIT = "1000000";
  creatorId = await createCreator("api-fuzz");
  token = (await createApiToken(creatorId, { name: "fuzz" })).token;
  ownAccount = (
    await createAccount(creatorId, {
      platform: "tiktok",
      handle: "fuzz.me",
      timeZone: "Europe/Berlin",
      ruleSet: "article",
    })
  ).id;
  const video = await createVideo(
    creatorId,
    {
      accountId: ownAccount,
      url: "https://www.tiktok.com/@fuzz.me/video/7300000000000000123",
      title: "Fuzzed",
      postedOn: "2026-10-01",
    },
    NOW,
  );
  for (const [i, day] of ["2026-10-02", "2026-10-09", "2026-10-16"].entries()) {
    await recordDay(
      creatorId,
      { accountId: ownAccount, day, followers: 800 + 300 * i, videos: [{ videoId: video.id, views: 700 + 600 * i }] },
      NOW,
    );
  }
  await createGoal(
    creatorId,
    { accountId: ownAccount, metric: "account.followers", threshold: 5_000, targetDay: "2026-12-31" },
    NOW,
  );
  await logIncome(
    creatorId,
    { accountId: ownAccount, day: "2026-10-05", stream: "brand_deal", amount: 12_500_000 },
    NOW,
  );
  const other = await createCreator("api-fuzz-other");
  othersAccount = (
    await createAccount(other, { platform: "tiktok", handle: "not.yours", timeZone: "UTC", ruleSet: "article" })
  ).id;
});

const routeFile = (apiPath: string) =>
  path.resolve(import.meta.dirname, "../../app", `.${apiPath.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts");

describe("every operation of openapi.json, fuzzed", () => {
  test("the document lists operations to fuzz, each backed by a route module", () => {
    expect(ENDPOINTS.length).toBeGreaterThanOrEqual(11);
    expect(Object.values(doc.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(ENDPOINTS.length);
  });

  test.each(ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    "%s: never a 5xx; a 4xx has the error body and writes nothing",
    async (_name, endpoint) => {
      const handler = ((await import(routeFile(endpoint.path))) as Record<string, unknown>)[
        endpoint.method.toUpperCase()
      ];
      expect(handler, `${routeFile(endpoint.path)} exports ${endpoint.method.toUpperCase()}`).toBeTypeOf("function");
      const operation = doc.paths[endpoint.path]![endpoint.method]!;
      const takesId = endpoint.path.includes("{id}");
      // Deleting the creator's own account would leave nothing to compare; every other operation may hit real ids.
      const ids = takesId
        ? pathId(endpoint.method === "delete" ? [othersAccount] : [ownAccount, ownAccount, othersAccount])
        : fc.constant(undefined);
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
      const bodies = operation.requestBody
        ? requestBody(operation.requestBody.content["application/json"].schema, doc.components.schemas)
        : fc.constant(undefined);

      await fc.assert(
        fc.asyncProperty(ids, queryString(queryNames), bodies, async (id, query, body) => {
          const before = await fingerprint();
          const answer = await callRoute(handler, endpoint.method.toUpperCase(), {
            token,
            id,
            query,
            ...(body === undefined ? {} : "raw" in body ? { rawBody: body.raw as BodyInit } : { body: body.json }),
          });
          const context = `${endpoint.method.toUpperCase()} ${endpoint.path} id=${JSON.stringify(id)} query=${JSON.stringify(query)} → ${answer.status} ${JSON.stringify(answer.json)}`;
          expect(answer.status, context).toBeLessThan(500);
          if (answer.status >= 400) {
            expectErrorBody(answer, context);
            expect(await fingerprint(), `${context}: a ${answer.status} changed the creator's data`).toBe(before);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    120_000,
  );
});
