// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate with (lib/api/schemas.ts).
// ENDPOINTS lists every route; the contract test checks each one exists as a route module.
import { z } from "zod";
import { MAX_JSON_BODY_BYTES } from "./body";
import * as s from "./schemas";

interface Endpoint {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: { status: number; schema?: z.ZodType; description: string };
  errors: number[];
}

const list = <T extends z.ZodType>(key: string, item: T) => z.object({ [key]: z.array(item) });
const account = "/api/v1/accounts/{id}";

export const ENDPOINTS: Endpoint[] = [
  {
    method: "get",
    path: "/api/v1/accounts",
    summary: "List your accounts",
    response: { status: 200, schema: list("accounts", s.accountSummaryOutput), description: "Your accounts" },
    errors: [401, 429],
  },
  {
    method: "post",
    path: "/api/v1/accounts",
    summary: "Track an account",
    body: s.accountCreateBody,
    response: { status: 201, schema: s.accountOutput, description: "Created" },
    errors: [400, 401, 409, 422, 429],
  },
  {
    method: "get",
    path: account,
    summary: "One account",
    response: { status: 200, schema: s.accountOutput, description: "The account" },
    errors: [401, 404, 429],
  },
  {
    method: "patch",
    path: account,
    summary: "Change an account (only the fields sent)",
    body: s.accountPatchBody,
    response: { status: 200, schema: s.accountOutput, description: "Updated" },
    errors: [400, 401, 404, 409, 422, 429],
  },
  {
    method: "delete",
    path: account,
    summary: "Delete an account with its videos and readings",
    response: { status: 204, description: "Deleted" },
    errors: [401, 404, 429],
  },
  {
    method: "get",
    path: `${account}/videos`,
    summary: "The account's videos, each with its latest reading",
    response: { status: 200, schema: list("videos", s.videoSummaryOutput), description: "Videos" },
    errors: [401, 404, 429],
  },
  {
    method: "post",
    path: `${account}/videos`,
    summary: "Add a video",
    body: s.videoCreateBody,
    response: { status: 201, schema: s.videoOutput, description: "Created" },
    errors: [400, 401, 404, 409, 422, 429],
  },
  {
    method: "get",
    path: `${account}/snapshots`,
    summary: "Account and video readings in a span of days",
    query: s.rangeQuery,
    response: { status: 200, schema: s.snapshotsOutput, description: "Readings, oldest day first" },
    errors: [401, 404, 422, 429],
  },
  {
    method: "put",
    path: `${account}/snapshots`,
    summary: `Write up to ${s.MAX_BATCH_ITEMS} readings in one transaction (a day already recorded is replaced)`,
    body: s.snapshotsBatchBody,
    response: { status: 200, schema: s.batchResultOutput, description: "All readings written" },
    errors: [400, 401, 404, 422, 429],
  },
  {
    method: "get",
    path: `${account}/milestones`,
    summary: "Milestone events, newest first",
    response: { status: 200, schema: s.milestonesOutput, description: "Events" },
    errors: [401, 404, 429],
  },
  {
    method: "get",
    path: `${account}/earnings`,
    summary: "Estimated earnings per day, daily and cumulative, in micro-dollars",
    query: s.rangeQuery,
    response: { status: 200, schema: s.earningsOutput, description: "Estimates" },
    errors: [401, 404, 422, 429],
  },
];

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is not JSON (INVALID_JSON)",
  401: "No token, an unknown token or a revoked one (UNAUTHENTICATED)",
  404: "No such account among yours (NOT_FOUND)",
  409: "Already tracked (CONFLICT)",
  413: `The body is larger than ${MAX_JSON_BODY_BYTES.toLocaleString("en-US")} bytes (TOO_LARGE); it is not read`,
  422: "Invalid input (VALIDATION); `fields` names each bad input, like videos.7.views",
  429: "Rate limit reached (THROTTLED); see the Retry-After header",
};

export function openApiDocument() {
  // Schemas with an id (.meta({ id })) become components; every use of them is a $ref.
  const components: Record<string, unknown> = {};
  const ref = (schema: z.ZodType, io: "input" | "output"): Record<string, unknown> => {
    const generated = JSON.stringify(
      z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }),
    ).replaceAll('"#/$defs/', '"#/components/schemas/');
    const {
      $defs,
      $schema: _dialect,
      ...rest
    } = JSON.parse(generated) as Record<string, unknown> & { $defs?: Record<string, unknown>; $schema?: string };
    Object.assign(components, $defs ?? {});
    return rest;
  };
  const errorRef = ref(s.errorResponse, "output");

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    const parameters: unknown[] = [];
    if (endpoint.path.includes("{id}")) {
      parameters.push({
        name: "id",
        in: "path",
        required: true,
        description: "The account's id (any other text is a 404).",
        schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" },
      });
    }
    if (endpoint.query) {
      for (const [name, field] of Object.entries(endpoint.query.shape)) {
        parameters.push({
          name,
          in: "query",
          required: false,
          description: (field as z.ZodType).description,
          schema: ref(field as z.ZodType, "input"),
        });
      }
    }
    const responses: Record<string, unknown> = {};
    if (endpoint.response) {
      const { status, schema, description } = endpoint.response;
      responses[String(status)] = schema
        ? { description, content: { "application/json": { schema: ref(schema, "output") } } }
        : { description };
    }
    // Every operation that reads a body refuses one past MAX_JSON_BODY_BYTES.
    const errors = endpoint.body ? [...new Set([...endpoint.errors, 413])].sort((a, b) => a - b) : endpoint.errors;
    for (const status of errors)
      responses[String(status)] = {
        description: ERROR_DESCRIPTIONS[status],
        content: { "application/json": { schema: errorRef } },
      };
    responses["500"] = {
      description: "Server error (INTERNAL)",
      content: { "application/json": { schema: errorRef } },
    };
    (paths[endpoint.path] ??= {})[endpoint.method] = {
      summary: endpoint.summary,
      operationId: `${endpoint.method}${endpoint.path
        .replace(/^\/api\/v1/, "")
        .replace(/[{}]/g, "")
        .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.body
        ? { requestBody: { required: true, content: { "application/json": { schema: ref(endpoint.body, "input") } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Milepost API",
      version: "1.0.0",
      description:
        `JSON in and out, request bodies up to ${MAX_JSON_BODY_BYTES.toLocaleString("en-US")} bytes (4 MiB: a full batch of 1,000 readings fits). ` +
        'Counts are JSON integers from 0 to 9,000,000,000,000,000 (or strings of ASCII digits, like "1200"); days are YYYY-MM-DD from 2000-01-01 to 9999-12-31; money is integer micro-dollars. Send a personal access token (Settings → API) as `Authorization: Bearer mp_…`. Each token may make MILEPOST_API_RATE_LIMIT requests a minute (600 by default).',
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token, mp_…" } },
      schemas: components,
    },
  };
}
