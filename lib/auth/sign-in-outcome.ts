// next-auth answers every failed credentials sign-in with 401 and the error's message. The auth route runs a
// sign-in inside `withSignInOutcome`, authorize() reports the typed error here, and the route then answers with
// that error's status instead: 429 (with Retry-After) while throttled, 503 when busy or when something broke.
import { AsyncLocalStorage } from "node:async_hooks";
import type { AppError } from "@/lib/errors/app-error";

interface Outcome {
  error?: AppError;
  retryAfterSeconds?: number;
}

const storage = new AsyncLocalStorage<Outcome>();

export function reportSignInError(error: AppError, retryAfterSeconds?: number): void {
  const outcome = storage.getStore();
  if (outcome) Object.assign(outcome, { error, retryAfterSeconds });
}

/** Runs `handle` (next-auth's handler) and gives its response the status of the error authorize() reported, if any. */
export async function withSignInOutcome(handle: () => Promise<Response>): Promise<Response> {
  const outcome: Outcome = {};
  const response = await storage.run(outcome, handle);
  if (!outcome.error || response.status !== 401) return response;
  const headers = new Headers(response.headers);
  if (outcome.retryAfterSeconds) headers.set("Retry-After", String(outcome.retryAfterSeconds));
  return new Response(response.body, { status: outcome.error.status, headers });
}
