// One wrapper for every /api/v1 route handler (dub's withWorkspace idea): it authenticates the bearer token, applies
// the token's rate limit, and maps every error to { error: { code, message, fields? } } — so no handler forgets the
// creator check. Handlers receive the creator id and scope every lookup by it: another creator's id is a 404.
import type { z } from "zod";
import { errorResponse, unexpectedErrorResponse } from "@/lib/actions/creator-route";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { authenticateToken } from "@/lib/services/manage-api-tokens";
import { takeApiRequest } from "@/lib/services/limit-api-requests";
import { isId } from "@/lib/validation/common";
import { InvalidJsonError, readJsonBody } from "./body";

export { InvalidJsonError } from "./body";

const NO_STORE = { "Cache-Control": "no-store" };

export interface ApiContext<Params> {
  request: Request;
  url: URL;
  creatorId: string;
  params: Params;
}

type Handler<Params> = (context: ApiContext<Params>) => Promise<Response>;

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** One message per bad input, keyed by dotted path ("videos.7.views"); an issue about the whole input is keyed "body". */
function fieldsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || "body"] ??= [issue.message];
  return fields;
}

function parseWith<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldsOf(parsed.error));
  return parsed.data;
}

/** The request's JSON body, validated: 413 past MAX_JSON_BODY_BYTES (unread), 400 when it is not JSON, 422 naming each bad field. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await readJsonBody(request), "Some fields are not valid.");
}

/** The query string, validated (422 naming each bad parameter). */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  return parseWith(schema, Object.fromEntries(url.searchParams), "Some query parameters are not valid.");
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Every {id} in /api/v1 names one of the creator's accounts; one that no account can have is a 404 without a query. */
async function checkedParams<Params>(params: Promise<Params>): Promise<Params> {
  const values = await params;
  if (Object.values(values ?? {}).some((value) => !isId(value))) throw notFoundError("Account");
  return values;
}

/**
 * `now` is when the request arrived: Next.js passes only the request and its context, so it is the clock's time;
 * a test passes the time it needs (the rate limit's window) instead of waiting for the clock.
 */
export function withToken<Params = Record<string, never>>(
  handler: Handler<Params>,
): (request: Request, context: { params: Promise<Params> }, now?: Date) => Promise<Response> {
  return async (request, context, now = new Date()) => {
    try {
      const { creatorId, tokenId } = await authenticateToken(request.headers.get("authorization"), now);
      const rate = await takeApiRequest(tokenId, now);
      const rateHeaders = { "X-RateLimit-Limit": String(rate.limit), "X-RateLimit-Remaining": String(rate.remaining) };
      if (!rate.allowed) {
        return Response.json(
          errorBody(
            "THROTTLED",
            `Too many requests: at most ${rate.limit} a minute per token. Try again in ${rate.retryAfter} s.`,
          ),
          {
            status: 429,
            headers: { ...NO_STORE, ...rateHeaders, "Retry-After": String(rate.retryAfter) },
          },
        );
      }
      const response = await handler({
        request,
        url: new URL(request.url),
        creatorId,
        params: await checkedParams(context.params),
      });
      for (const [name, value] of Object.entries(rateHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      if (error instanceof InvalidJsonError)
        return Response.json(errorBody("INVALID_JSON", error.message), { status: 400, headers: NO_STORE });
      return unexpectedErrorResponse(error); // 503 with Retry-After while the database is out of reach
    }
  };
}
