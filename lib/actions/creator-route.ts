// The route handlers' counterpart of form-action.ts: it authenticates (401 when signed out) and maps typed errors to
// their status with one JSON body shape, { error: { code, message, fields? } }, so no handler forgets the creator check.
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export function errorResponse(error: AppError): Response {
  return Response.json({ error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } }, { status: error.status, headers: { "Cache-Control": "no-store" } });
}

export function creatorRoute<Context>(handler: (request: Request, user: CurrentUser, context: Context) => Promise<Response>): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const user = await getCurrentUser();
    if (!user) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in first."));
    try {
      return await handler(request, user, context);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      throw error;
    }
  };
}
