// The OpenAPI 3.1 document of /api/v1, generated from the operations the routes serve (operations.ts): the same zod
// schemas validate the requests and check the answers, so the document cannot drift from what the API does.
import { z } from "zod";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/body";
import { ENDPOINTS } from "./operations";
import * as s from "./schemas";

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
    const { status, schema, description } = endpoint.response;
    responses[String(status)] = schema
      ? { description, content: { "application/json": { schema: ref(schema, "output") } } }
      : { description };
    // Every operation that reads a body refuses one past MAX_JSON_BODY_BYTES.
    const errors = endpoint.body ? [...new Set([...endpoint.errors, 413])].sort((a, b) => a - b) : endpoint.errors;
    for (const status of errors)
      responses[String(status)] = {
        description: ERROR_DESCRIPTIONS[status],
        content: { "application/json": { schema: errorRef } },
      };
    responses["500"] = {
      description: "Server error (INTERNAL); nothing of it is shown",
      content: { "application/json": { schema: errorRef } },
    };
    responses["503"] = {
      description: "The database is out of reach for a moment (UNAVAILABLE); see the Retry-After header",
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
