// The wrapper of the signed-in creator's own route handlers (imports, export, the bell's count), the counterpart of
// form-action.ts: it authenticates (401 when signed out) and answers every error through the one mapping (errors.ts),
// so no handler forgets the creator check.
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "./errors";

export function creatorRoute<Context>(
  handler: (request: Request, user: CurrentUser, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
      return await handler(request, user, context);
    } catch (error) {
      unstable_rethrow(error); // Next's own signals (redirect, notFound, dynamic rendering) are not errors
      return errorResponse(error);
    }
  };
}
