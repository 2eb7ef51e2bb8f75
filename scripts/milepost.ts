// npm run milepost -- <command> [options] — Milepost's command line for self-hosters (README "Command line").
// DATABASE_URL, else the embedded database under .data/: the one `npm start` runs, or started (and migrated) for
// the command when none runs. Output on stdout, errors on stderr as sentences; exit 0 on success, 1 on a failure,
// 2 on a wrong use (with the usage).
import { parseArgs } from "node:util";
import { databaseUrl } from "../lib/config/index.ts";
import { resolveDatabase } from "./lib/database.ts";
import { describeFailure } from "./lib/failure.ts";
import {
  CliError,
  collect,
  exportData,
  importCsv,
  importTikTok,
  recompute,
  secretsRotate,
  tokenCreate,
  userCreate,
  type Options,
} from "./lib/cli-commands.ts";

const USAGE = `Usage: npm run milepost -- <command> [options]

Commands:
  user:create --email <e-mail> (--password <password> | --password-stdin) [--name <name>] [--adult]
      Create a creator (the sign-up rules: a valid e-mail, a password of 8 to 200 characters). --adult: 18 or older.
      --password-stdin reads the password from standard input (its first line), so it is not in the process list.
  token:create --email <e-mail> [--name <name>]
      Create a personal access token for the REST API; printed once.
  import:tiktok --email <e-mail> --account <handle> [--export-day YYYY-MM-DD] <files or folders…>
      Import TikTok Studio exports (ZIP, CSV, XLSX) into the account, all or nothing.
  import:csv --email <e-mail> --account <handle> <files or folders…>
      Import Milepost CSV files (account readings, video readings) into the account, all or nothing.
  recompute [--email <e-mail>]
      Rebuild the milestones of every account (of one creator with --email).
  export --email <e-mail> --out <file.zip>
      Write everything of the creator to a ZIP (CSV files per account and milepost.json).
  collect [--email <e-mail>] [--account <handle>]
      Collect connected accounts now (every one, a creator's, or one), as the daily schedule does, with progress.
  secrets:rotate
      Re-encrypt every stored secret (webhook secrets, connection tokens) with MILEPOST_SECRET_KEY, opening them with
      it or MILEPOST_PREVIOUS_SECRET_KEYS. Run it after setting a new key; then remove the old one.

  --help  Show this text.`;

const OPTIONS = {
  email: { type: "string" },
  password: { type: "string" },
  name: { type: "string" },
  adult: { type: "boolean" },
  "password-stdin": { type: "boolean" },
  account: { type: "string" },
  "export-day": { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Which options each command takes (any other is a mistake worth saying). */
const ALLOWED: Record<string, string[]> = {
  "user:create": ["email", "password", "password-stdin", "name", "adult"],
  "token:create": ["email", "name"],
  "import:tiktok": ["email", "account", "export-day"],
  "import:csv": ["email", "account"],
  recompute: ["email"],
  export: ["email", "out"],
  collect: ["email", "account"],
  "secrets:rotate": [],
};
const TAKES_FILES = new Set(["import:tiktok", "import:csv"]);

const OWN_DATABASE = databaseUrl() !== undefined;

/** An embedded database this command started may be new (no `npm start` yet) or older than the code: migrate it. */
async function migrateIfPending(url: string): Promise<void> {
  const { migrateDatabase, pendingMigrations } = await import("./lib/migrate.ts");
  const pending = await pendingMigrations(url);
  if (!pending.length) return;
  console.error(`Applying ${pending.length} migration(s) to the embedded database…`);
  await migrateDatabase(url);
}

function usageError(message: string): never {
  throw new CliError(`${message}\n\n${USAGE}`, 2);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === "help") {
    console.log(USAGE);
    return;
  }
  if (!command) usageError("Name a command.");
  const allowed = ALLOWED[command];
  if (!allowed) usageError(`Unknown command "${command}".`);
  const extra = Object.keys(parsed.values).filter((name) => !allowed.includes(name));
  if (extra.length) usageError(`${command} does not take ${extra.map((e) => `--${e}`).join(", ")}.`);
  if (rest.length && !TAKES_FILES.has(command))
    usageError(`${command} takes no other arguments (got "${rest.join(" ")}").`);
  const options: Options = parsed.values;

  const db = await resolveDatabase();
  process.env.DATABASE_URL = db.url; // before the app's Prisma client is first used
  const print = (line: string) => console.log(line);
  try {
    if (db.started) await migrateIfPending(db.url);
    if (command === "user:create") await userCreate(options, print);
    else if (command === "token:create") await tokenCreate(options, print);
    else if (command === "import:tiktok") await importTikTok(options, rest, print);
    else if (command === "import:csv") await importCsv(options, rest, print);
    else if (command === "recompute") await recompute(options, print);
    else if (command === "collect") await collect(options, print);
    else if (command === "secrets:rotate") await secretsRotate(print);
    else await exportData(options, print);
  } finally {
    const { prisma } = await import("@/lib/db/client");
    await prisma.$disconnect();
    await db.stop();
  }
}

/** What went wrong and what to do, for a failure that is neither a wrong use nor the app's own refusal. */
async function explain(error: unknown): Promise<string> {
  const { isDatabaseUnavailable } = await import("@/lib/db/unavailable");
  if (isDatabaseUnavailable(error)) {
    const what = OWN_DATABASE
      ? "Check that the PostgreSQL in DATABASE_URL runs and accepts connections"
      : "If `npm start` is starting or stopping, wait a few seconds";
    return `Milepost cannot reach its database (${describeFailure(error)}). ${what}, then run the command again.`;
  }
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2021") {
    return "The database has no Milepost tables yet: run `npm run db:migrate` (npm start does it too), then the command again.";
  }
  const frames = error instanceof Error && error.stack ? error.stack.split("\n").slice(1) : [];
  return [`The command failed: ${describeFailure(error)}`, ...frames].join("\n");
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const { AppError } = await import("@/lib/errors/app-error");
  if (error instanceof CliError) {
    console.error(error.message);
    if (error.exitCode === 2 && !error.message.includes("Usage:")) console.error(`\n${USAGE}`);
    process.exitCode = error.exitCode;
  } else if (error instanceof AppError) {
    console.error(error.message);
    for (const [field, messages] of Object.entries(error.fields ?? {}))
      console.error(`  ${field}: ${messages.join(" ")}`);
    process.exitCode = 1;
  } else {
    console.error(await explain(error));
    process.exitCode = 1;
  }
}
// Idle pooled connections (pg-boss, the app's modules) must not keep the command alive.
process.exit(process.exitCode ?? 0);
