// Every environment variable Milepost reads — the app, the worker, `npm start` and the other scripts — with its
// schema and default. The README's configuration table lists exactly these (tests/unit/configuration.test.ts checks
// both ways); the tests' and benchmarks' own variables are in harness.ts.
import { oneOf, seconds, secretKey, secretKeyList, text, url, wholeNumber } from "./schemas";

export const VARIABLES = {
  // The database and sign-in
  DATABASE_URL: text(), // unset: the scripts start the embedded PostgreSQL and set it for the app and the worker
  NEXTAUTH_SECRET: text(),
  NEXTAUTH_URL: url("https://milepost.example.com"),
  MILEPOST_TRUSTED_PROXIES: text(), // its entries are checked by lib/auth/client-address.ts at the server's start

  // Secrets at rest (OAuth tokens, webhook signing secrets): lib/secrets
  MILEPOST_SECRET_KEY: secretKey(), // unset: generated once into MILEPOST_DATA_DIR/secret.key
  MILEPOST_PREVIOUS_SECRET_KEYS: secretKeyList(), // keys being rotated away from, still opened

  // E-mail, webhooks and the API
  SMTP_URL: text(),
  MAIL_FROM: text().default("Milepost <milepost@localhost>"),
  APP_URL: url("https://milepost.example.com"), // unset: NEXTAUTH_URL, else http://localhost:3000
  MILEPOST_API_RATE_LIMIT: wholeNumber(600),
  MILEPOST_ALLOW_PRIVATE_WEBHOOKS: oneOf(["0", "1"]).optional(),

  // TikTok (connecting accounts and collecting their readings)
  TIKTOK_CLIENT_KEY: text(), // unset: connecting TikTok is off; manual entry and imports keep working
  TIKTOK_CLIENT_SECRET: text(),
  MILEPOST_TIKTOK_AUTH_URL: url("https://www.tiktok.com").default("https://www.tiktok.com"), // Login Kit's authorize page
  MILEPOST_TIKTOK_API_URL: url("https://open.tiktokapis.com").default("https://open.tiktokapis.com"), // OAuth and Display API

  // Collecting connected accounts (the worker runs it)
  MILEPOST_COLLECT_HOUR: wholeNumber(22, 0, 23), // the local hour a new connection is collected at (plus up to an hour)
  MILEPOST_COLLECT_TICK_SECONDS: seconds(60), // how often the worker looks for connections due
  MILEPOST_COLLECT_CONCURRENCY: wholeNumber(4, 1, 64), // accounts collected at once per worker
  MILEPOST_COLLECT_ATTEMPTS: wholeNumber(4, 1, 10), // tries of one TikTok call on 429 / 5xx
  MILEPOST_COLLECT_RETRY_BASE_MS: wholeNumber(2000, 0), // the wait before the 2nd try, doubling
  MILEPOST_COLLECT_TIMEOUT_SECONDS: wholeNumber(900, 10), // a run older than this was interrupted

  // The notification worker
  MILEPOST_WORKER: oneOf(["on", "off"]).default("on"),
  MILEPOST_WORKER_CONCURRENCY: wholeNumber(2),
  MILEPOST_WORKER_POLL_SECONDS: seconds(1),
  MILEPOST_WORKER_SWEEP_SECONDS: seconds(60),
  MILEPOST_DELIVERY_TIMEOUT_SECONDS: wholeNumber(60),
  MILEPOST_RETRY_BASE_SECONDS: seconds(60),
  MILEPOST_RETRY_MAX_SECONDS: seconds(4 * 3600),
  MILEPOST_GIVE_UP_AFTER_SECONDS: seconds(24 * 3600),

  // npm start / npm run dev and the other scripts
  PORT: wholeNumber(3000, 1, 65_535),
  NEXT_DIST_DIR: text(), // unset: .next (next.config.js reads it too: Next loads that file before any TypeScript)
  MILEPOST_DATA_DIR: text().default(".data"),
  MILEPOST_SYSTEM_DIR: text().default("/var/lib/milepost"),
  MILEPOST_DEBUG_SCHEMA_ENGINE: text(),
  // Read by Prisma's CLI only; scripts/prisma-generate.mjs points it at a file of its own when unset.
  PRISMA_SCHEMA_ENGINE_BINARY: text(),
};

export type VariableName = keyof typeof VARIABLES;
