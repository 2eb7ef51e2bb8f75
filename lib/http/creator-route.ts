// The route handlers' counterpart of form-action.ts: it authenticates (401 when signed out) and maps typed errors to
// their status with one JSON body shape, { error: { code, message, fields? } }, so no handler forgets the creator check.
// A database out of reach is a 503 with Retry-After; any other unexpected error a 500 that shows nothing of it.
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";

const NO_STORE = { "Cache-Control": "no-store" };

export function errorResponse(error: AppError): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    { status: error.status, headers: NO_STORE },
  );
}

/** The answer for an error no handler expected: 503 with Retry-After when the database is out of reach, else a 500 (logged). */
export function unexpectedErrorResponse(error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { ...NO_STORE, "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  console.error("Unexpected error in a route", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side." } },
    { status: 500, headers: NO_STORE },
  );
}

export function creatorRoute<Context>(
  handler: (request: Request, user: CurrentUser, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await getCurrentUser();
      if (!user) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in first."));
      return await handler(request, user, context);
    } catch (error) {
      unstable_rethrow(error); // Next's own signals (redirect, notFound, dynamic rendering) are not errors
      if (error instanceof AppError) return errorResponse(error);
      return unexpectedErrorResponse(error);
    }
  };
}
