// Milepost's configuration, typed: the one module that reads environment variables (declared in variables.ts, each
// with its schema and default). Every value is read when asked for, not at import, so a variable a script or a test
// sets before calling is seen. Only zod: proxy.ts and instrumentation.ts load this inside Next.js.
import { ConfigError, configurationErrors, readVariable } from "./read";
import { VARIABLES, type VariableName } from "./variables";

export { ConfigError } from "./read";
export { VARIABLES, type VariableName } from "./variables";

const env = <K extends VariableName>(name: K) => readVariable(VARIABLES, name);

/** Every variable set to a value it cannot take, as sentences; `npm start`, the server and the worker stop on any. */
export const configurationProblems = () => configurationErrors(VARIABLES);

/** Throws one ConfigError naming every variable that is set wrong (at a process's start). */
export function checkConfiguration(): void {
  const problems = configurationProblems();
  if (problems.length) throw new ConfigError(`Milepost's configuration: ${problems.join(" ")}`);
}

// The database and sign-in

/** Unset: the embedded PostgreSQL (the scripts start it and set this for the app and the worker). */
export const databaseUrl = () => env("DATABASE_URL");

export function requireDatabaseUrl(): string {
  const url = databaseUrl();
  if (!url)
    throw new ConfigError("DATABASE_URL is not set (npm start and npm run dev set it for the embedded database).");
  return url;
}

/** Signs sessions and unsubscribe links; `npm start` provides one for the embedded database. */
export const nextAuthSecret = () => env("NEXTAUTH_SECRET");
/** The address people reach the app at, when set (a proxy, a domain). */
export const nextAuthUrl = () => env("NEXTAUTH_URL");
/** The raw list; lib/auth/client-address.ts reads its entries. */
export const trustedProxies = () => env("MILEPOST_TRUSTED_PROXIES");

// Secrets at rest

/** The key that seals (MILEPOST_SECRET_KEY; undefined: lib/secrets uses the generated file) and older keys that still open. */
export const secretKeySettings = () => ({
  current: env("MILEPOST_SECRET_KEY"),
  previous: env("MILEPOST_PREVIOUS_SECRET_KEYS"),
});

// E-mail, webhooks and the API

/** Null: e-mails are kept in the database (the outbox page) instead of sent. */
export const smtpUrl = () => env("SMTP_URL") ?? null;
export const mailFrom = () => env("MAIL_FROM");
/** Where links in e-mails and webhooks point. */
export const appUrl = () => env("APP_URL") ?? nextAuthUrl() ?? "http://localhost:3000";
/** API requests a minute per token. */
export const apiRateLimit = () => env("MILEPOST_API_RATE_LIMIT");
export const privateWebhooksAllowed = () => env("MILEPOST_ALLOW_PRIVATE_WEBHOOKS") === "1";
/** How long a delivery attempt may take before another worker may take it over. */
export const deliveryTimeoutSeconds = () => env("MILEPOST_DELIVERY_TIMEOUT_SECONDS");

// TikTok

/**
 * TikTok's addresses and this server's app credentials (null when the operator has not set both): the tests point the
 * addresses at a fake TikTok on loopback.
 */
export function tiktokSettings() {
  const clientKey = env("TIKTOK_CLIENT_KEY");
  const clientSecret = env("TIKTOK_CLIENT_SECRET");
  return {
    authUrl: env("MILEPOST_TIKTOK_AUTH_URL"),
    apiUrl: env("MILEPOST_TIKTOK_API_URL"),
    credentials: clientKey && clientSecret ? { clientKey, clientSecret } : null,
  };
}

// Collecting connected accounts

/** The scheduler's and the collection runs' settings (lib/collection). */
export function collectionSettings() {
  return {
    defaultHour: env("MILEPOST_COLLECT_HOUR"),
    tickMs: env("MILEPOST_COLLECT_TICK_SECONDS") * 1000,
    concurrency: env("MILEPOST_COLLECT_CONCURRENCY"),
    attempts: env("MILEPOST_COLLECT_ATTEMPTS"),
    retryBaseMs: env("MILEPOST_COLLECT_RETRY_BASE_MS"),
    runTimeoutSeconds: env("MILEPOST_COLLECT_TIMEOUT_SECONDS"),
  };
}

// The notification worker

/** The worker's settings from the environment (lib/notifications/worker.ts's WorkerConfig). */
export function workerSettings() {
  return {
    databaseUrl: requireDatabaseUrl(),
    baseUrl: appUrl(),
    smtpUrl: smtpUrl(),
    mailFrom: mailFrom(),
    retryBaseMs: env("MILEPOST_RETRY_BASE_SECONDS") * 1000,
    retryMaxMs: env("MILEPOST_RETRY_MAX_SECONDS") * 1000,
    giveUpAfterMs: env("MILEPOST_GIVE_UP_AFTER_SECONDS") * 1000,
    attemptTimeoutSeconds: deliveryTimeoutSeconds(),
    pollingIntervalSeconds: env("MILEPOST_WORKER_POLL_SECONDS"),
    concurrency: env("MILEPOST_WORKER_CONCURRENCY"),
    sweepIntervalMs: env("MILEPOST_WORKER_SWEEP_SECONDS") * 1000,
  };
}

// npm start / npm run dev and the other scripts

export const port = () => env("PORT");
/** The build folder. */
export const nextDistDir = () => env("NEXT_DIST_DIR") ?? ".next";
/** Whether `npm start` runs a notification worker beside the app. */
export const workerEnabled = () => env("MILEPOST_WORKER") === "on";
/** The embedded PostgreSQL's and the generated secret's folder, relative to the repository. */
export const dataDir = () => env("MILEPOST_DATA_DIR");
/** Where, as root, the embedded PostgreSQL's binaries and data go when user postgres cannot reach the clone. */
export const systemDir = () => env("MILEPOST_SYSTEM_DIR");
export const debugSchemaEngine = () => env("MILEPOST_DEBUG_SCHEMA_ENGINE") !== undefined;
