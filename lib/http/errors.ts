// The one mapping from an error to what the sender is told (dub's handleApiError idea), for every route and action:
// a typed AppError → its code and status; a ZodError → 422 with one message per field; a body that is not JSON → 400;
// the database out of reach → 503 with Retry-After. Anything else is a bug: an API route answers a JSON 500 that shows
// nothing of it (logged here), a page or a form action rethrows it to the error page.
import { ZodError } from "zod";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";
import type { FieldErrors } from "./form-state";

/** Every code an error body may carry: AppError's, plus the two only this mapping gives. One list, shared with openapi.json. */
const CODES: Record<ErrorCode | "INVALID_JSON" | "INTERNAL", true> = {
  UNAUTHENTICATED: true,
  NOT_FOUND: true,
  VALIDATION: true,
  CONFLICT: true,
  THROTTLED: true,
  TOO_LARGE: true,
  UNAVAILABLE: true,
  INVALID_JSON: true,
  INTERNAL: true,
};
export type ApiErrorCode = keyof typeof CODES;
export const API_ERROR_CODES = Object.keys(CODES) as [ApiErrorCode, ...ApiErrorCode[]];

/** A body that is not JSON at all (400), unlike JSON that fails validation (422). */
export class InvalidJsonError extends Error {}

/** Who is told: an API client (JSON bodies, "body" for an issue about the whole input) or a person at a form. */
export type Audience = "api" | "form";

const VALIDATION_MESSAGE: Record<Audience, string> = {
  api: "Some fields are not valid.",
  form: "Please fix the highlighted fields.",
};
const WHOLE_INPUT: Record<Audience, string> = { api: "body", form: "form" };

/** What an expected error tells its sender. `formMessage` replaces `message` on a form (it says nothing was saved). */
export interface KnownError {
  status: number;
  code: ApiErrorCode;
  message: string;
  fields?: FieldErrors;
  retryAfterSeconds?: number;
  formMessage?: string;
}

export const DATABASE_DOWN_MESSAGE =
  "Milepost can't reach its database right now, so nothing was saved. Try again in a few seconds.";

/**
 * The one ZodError → field messages converter: one message per input (the first problem found), keyed by its dotted
 * path ("videos.7.views"); an issue about the whole input is keyed `whole` ("form" on forms, "body" in the API).
 */
export function fieldErrorsOf(error: ZodError, whole = "form"): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || whole] ??= [issue.message];
  return fields;
}

/** The error as its sender is told it, or null for one no route expects (a bug). */
export function describeError(error: unknown, audience: Audience = "api"): KnownError | null {
  if (error instanceof AppError)
    return { status: error.status, code: error.code, message: error.message, fields: error.fields };
  if (error instanceof ZodError)
    return {
      status: 422,
      code: "VALIDATION",
      message: VALIDATION_MESSAGE[audience],
      fields: fieldErrorsOf(error, WHOLE_INPUT[audience]),
    };
  if (error instanceof InvalidJsonError) return { status: 400, code: "INVALID_JSON", message: error.message };
  if (isDatabaseUnavailable(error))
    return {
      status: 503,
      code: "UNAVAILABLE",
      message: UNAVAILABLE_MESSAGE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      formMessage: DATABASE_DOWN_MESSAGE,
    };
  return null;
}

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON answer that no cache keeps. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * The API's answer to any error: { error: { code, message, fields? } } with the error's status (and Retry-After when
 * the database is out of reach). An unexpected error is logged and answered 500 INTERNAL, its detail kept back.
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  const known = describeError(error, "api");
  if (!known) {
    console.error("Unexpected error in a route", error);
    return json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, 500, headers);
  }
  const { status, code, message, fields, retryAfterSeconds } = known;
  return json(
    { error: { code, message, ...(fields ? { fields } : {}) } },
    status,
    retryAfterSeconds ? { ...headers, "Retry-After": String(retryAfterSeconds) } : headers,
  );
}
