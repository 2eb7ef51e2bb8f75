// "Milepost cannot reach its database" told apart from every other failure, in one place: route wrappers answer it
// with 503 and Retry-After, form actions with an inline message, pages with the "temporarily unavailable" page.
// Decided by codes wherever the driver gives one: Prisma's (P1001 can't reach …), the pg adapter's error kinds,
// PostgreSQL's SQLSTATE and Node's socket errors, looked for in the error and its causes.

/** Prisma: can't reach (P1001), timed out reaching (P1002), socket timeout (P1008), connection closed (P1017),
 * no free pooled connection in time (P2024), too many connections (P2037). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** @prisma/adapter-pg's names for the same (a raw query's P2010 carries them in meta.driverAdapterError). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/** SQLSTATE: class 08 (connection exception), shutting down (57P01 admin, 57P02 crash), starting (57P03), 53300 too many connections. */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || ["57P01", "57P02", "57P03", "53300"].includes(code);
/** node-postgres raises a lost or timed-out connection as a plain Error without a code: its fixed messages are all there is. */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
];

export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = "Milepost can't reach its database right now. Try again in a few seconds.";

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 6) return false;
  const fields = error as {
    code?: unknown;
    errorCode?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: unknown;
    errors?: unknown;
  };
  for (const code of [fields.code, fields.errorCode, fields.originalCode]) {
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || isUnavailableSqlState(code)))
      return true;
  }
  if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
  if (
    error instanceof Error &&
    fields.code === undefined &&
    PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(error.message))
  )
    return true;
  const meta =
    typeof fields.meta === "object" && fields.meta !== null ? (fields.meta as { driverAdapterError?: unknown }) : {};
  const inner = [fields.cause, meta.driverAdapterError, ...(Array.isArray(fields.errors) ? fields.errors : [])];
  return inner.some((cause) => isDatabaseUnavailable(cause, depth + 1));
}
