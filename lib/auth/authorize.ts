// next-auth's authorize() for e-mail and password: validates, authenticates from the client's address and starts a
// session row. next-auth shows a thrown error's message on the sign-in form, so only our own sentences are thrown:
// an unexpected error (the database is down …) is logged here and becomes SIGN_IN_UNAVAILABLE.
import { AppError } from "@/lib/errors/app-error";
import { authenticate, type AuthenticateOptions } from "@/lib/services/authenticate";
import { startSession } from "@/lib/services/sessions";
import { SignInThrottledError } from "@/lib/services/sign-in-throttle";
import { signInSchema } from "@/lib/validation/auth";
import { clientAddress } from "./client-address";
import { SIGN_IN_UNAVAILABLE } from "./messages";
import { reportSignInError } from "./sign-in-outcome";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  sessionId: string;
}

type RequestHeaders = Record<string, string | string[] | undefined>;

function userAgentOf(headers: RequestHeaders): string | null {
  const value = headers["user-agent"];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export async function authorizeCredentials(
  credentials: Record<string, unknown> | undefined,
  headers: RequestHeaders,
  options?: AuthenticateOptions,
): Promise<SignedInUser> {
  try {
    const parsed = signInSchema.safeParse(credentials ?? {});
    if (!parsed.success)
      throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "Enter your e-mail and password.");
    const creator = await authenticate({ ...parsed.data, address: clientAddress(headers) }, options);
    const sessionId = await startSession(creator.id, userAgentOf(headers), options?.now);
    return { ...creator, sessionId };
  } catch (caught) {
    let error: AppError;
    if (caught instanceof AppError) error = caught;
    else {
      console.error("Sign-in failed unexpectedly:", caught);
      error = new AppError("UNAVAILABLE", SIGN_IN_UNAVAILABLE);
    }
    reportSignInError(error, caught instanceof SignInThrottledError ? caught.retryAfterSeconds : undefined);
    throw new Error(error.message);
  }
}
