// Typed errors with a code and an HTTP status; actions and routes map them to responses.
export type ErrorCode =
  "NOT_FOUND" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT" | "THROTTLED" | "TOO_LARGE" | "UNAVAILABLE";

const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  VALIDATION: 422,
  CONFLICT: 409,
  THROTTLED: 429,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field messages, keyed by input name, for VALIDATION and CONFLICT errors. */
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const notFoundError = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
