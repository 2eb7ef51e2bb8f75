// One wrapper for every /api/v1 route handler (dub's withWorkspace idea), bound to the operation it serves
// (operation.ts): it authenticates the bearer token, applies the token's rate limit, reads the query and the body with
// the operation's input schemas, checks the handler's result against its output schema and answers every error
// through the one mapping (errors.ts). Handlers receive the creator id and scope every lookup by it: another
// creator's id is a 404.
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { authenticateToken } from "@/lib/services/manage-api-tokens";
import { takeApiRequest } from "@/lib/services/limit-api-requests";
import { isId } from "@/lib/validation/common";
import { readJsonBody } from "./body";
import { errorResponse, json } from "./errors";
import {
  checkOutput,
  type BodyOf,
  type HandlerOutput,
  type Operation,
  type PathParams,
  type QueryOf,
} from "./operation";
import { parseSearchParams } from "./search-params";

export interface ApiContext<O extends Operation> {
  request: Request;
  url: URL;
  creatorId: string;
  params: PathParams<O["path"]>;
  /** The JSON body, validated: 413 past MAX_JSON_BODY_BYTES (unread), 400 when it is not JSON, 422 naming each field. */
  body: () => Promise<BodyOf<O>>;
  /** The query string, validated (422 naming each bad parameter). */
  query: () => QueryOf<O>;
}

type RouteHandler<O extends Operation> = ((
  request: Request,
  context: { params: Promise<PathParams<O["path"]>> },
  now?: Date,
) => Promise<Response>) & { operation: O };

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
export function withToken<O extends Operation>(
  operation: O,
  handler: (context: ApiContext<O>) => Promise<HandlerOutput<O>>,
): RouteHandler<O> {
  const route = async (request: Request, context: { params: Promise<PathParams<O["path"]>> }, now = new Date()) => {
    let rateHeaders: Record<string, string> = {};
    try {
      const { creatorId, tokenId } = await authenticateToken(request.headers.get("authorization"), now);
      const rate = await takeApiRequest(tokenId, now);
      rateHeaders = { "X-RateLimit-Limit": String(rate.limit), "X-RateLimit-Remaining": String(rate.remaining) };
      if (!rate.allowed) {
        const message = `Too many requests: at most ${rate.limit} a minute per token. Try again in ${rate.retryAfter} s.`;
        return errorResponse(new AppError("THROTTLED", message), {
          ...rateHeaders,
          "Retry-After": String(rate.retryAfter),
        });
      }
      const url = new URL(request.url);
      const result = await handler({
        request,
        url,
        creatorId,
        params: await checkedParams(context.params),
        body: async () => (operation.body ?? noInput(operation)).parse(await readJsonBody(request)) as BodyOf<O>,
        query: () => parseSearchParams(url.searchParams, operation.query ?? noInput(operation)) as QueryOf<O>,
      });
      const output = checkOutput(operation, result);
      return output === undefined
        ? new Response(null, { status: operation.response.status, headers: rateHeaders })
        : json(output, operation.response.status, rateHeaders);
    } catch (error) {
      return errorResponse(error, rateHeaders); // ZodError 422, INVALID_JSON 400, database down 503, else 500
    }
  };
  return Object.assign(route, { operation });
}

/** A handler asking for an input its operation does not declare: a bug, found by the first test that calls it. */
function noInput(operation: Operation): never {
  throw new Error(`${operation.method.toUpperCase()} ${operation.path} declares no such input`);
}
