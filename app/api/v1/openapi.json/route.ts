import { openApiDocument } from "@/lib/api/openapi";

/** Public: the description of the API, no token needed. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
