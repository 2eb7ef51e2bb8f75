// npm start / npm run dev: uses DATABASE_URL, or starts the embedded PostgreSQL under .data/; applies pending
// migrations; builds the app when it is not built or its sources changed since (start); serves it on PORT (3000)
// and runs the notification worker beside it (MILEPOST_WORKER=off leaves it to `npm run worker` processes of their own).
// It supervises them: an app, worker or embedded PostgreSQL that dies is started again (scripts/lib/supervise.ts),
// PostgreSQL on the same port and data. Ctrl-C (or SIGTERM) stops the app and the worker, then PostgreSQL.
//   --build      build even when a build exists (the e2e tests always test the current code)
//   --no-build   serve the existing build as it is (e2e tests that start a second app beside the first)
//   --ephemeral  keep the embedded database in a new temporary folder, removed on exit (e2e tests)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as config from "../lib/config/index.ts";

// A variable set to something it cannot be stops here, before anything starts, naming each such variable.
const problems = config.configurationProblems();
if (problems.length) {
  for (const problem of problems) console.error(`Milepost's configuration: ${problem}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const mode = args[0] === "dev" ? "dev" : "start";
const forceBuild = args.includes("--build");
const neverBuild = args.includes("--no-build");
if (args.includes("--ephemeral")) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "milepost-data-"));
  process.env.MILEPOST_DATA_DIR = dir;
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
// Imported after MILEPOST_DATA_DIR is settled.
const { ROOT } = await import("./lib/schema-engine.ts");
const { migrateDatabase } = await import("./lib/migrate.ts");
const { DATA_DIR, EMBEDDED_DATABASE, EMBEDDED_DIR } = await import("./lib/database.ts");
const { ensureDatabase, startEmbeddedPostgres } = await import("./lib/embedded-db.ts");
const { startChild, supervise } = await import("./lib/supervise.ts");
const { describeExit, describeFailure } = await import("./lib/failure.ts");
type EmbeddedDb = Awaited<ReturnType<typeof startEmbeddedPostgres>>;
type Supervisor = ReturnType<typeof supervise>;

const port = String(config.port());
const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
const distDir = path.join(ROOT, config.nextDistDir());
const log = (line: string) => console.log(`[milepost] ${line}`);
// Each child runs in one Node process (kill -9 of the app hits the server itself) and stops when this one disappears.
const preload = ["--require", path.join(ROOT, "scripts/lib/exit-with-parent.cjs")];

/** The newest modification time of the app's sources (what a build depends on). */
function newestSourceTime(): number {
  const roots = ["app", "components", "lib", "proxy.ts", "next.config.js", "postcss.config.mjs", "package-lock.json"];
  let newest = 0;
  const visit = (file: string) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const root of roots) visit(path.join(ROOT, root));
  return newest;
}

/** Built, and built after the sources last changed. */
function buildIsCurrent(): boolean {
  const buildId = statSync(path.join(distDir, "BUILD_ID"), { throwIfNoEntry: false });
  return !!buildId && buildId.mtimeMs >= newestSourceTime();
}

async function embeddedSecret(): Promise<string> {
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function build(env: NodeJS.ProcessEnv): Promise<void> {
  console.log(
    existsSync(path.join(distDir, "BUILD_ID"))
      ? "The code changed since the last build: building the app…"
      : "Building the app (a minute or two)…",
  );
  const child = spawn(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
    cwd: ROOT,
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next build ${describeExit(code, signal)}`)),
    );
  });
}

/** The embedded server as the supervisor sees it. */
const asRunning = (db: EmbeddedDb) => ({
  pid: db.pid,
  exited: db.exited.then((exit) => describeExit(exit.code, exit.signal)),
  stop: () => db.stop(),
});

async function main(): Promise<number> {
  if (mode === "start" && config.databaseUrl() && !config.nextAuthSecret()) {
    console.error(
      "NEXTAUTH_SECRET is required in production when DATABASE_URL is set (generate one with: openssl rand -base64 32).",
    );
    return 1;
  }
  let stopping = false;
  let stopRequested = () => {};
  const stopped = new Promise<void>((resolve) => (stopRequested = resolve));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\nStopping (${signal})…`);
      stopRequested();
    });
  }

  let database: Supervisor | undefined;
  const children: Supervisor[] = [];
  try {
    let url = config.databaseUrl();
    if (url) {
      console.log("Using the PostgreSQL in DATABASE_URL.");
    } else {
      const first = await startEmbeddedPostgres(EMBEDDED_DIR, { log });
      const restart = async () => asRunning(await startEmbeddedPostgres(EMBEDDED_DIR, { log, port: first.port }));
      database = supervise("PostgreSQL", restart, log, { first: asRunning(first) });
      url = await ensureDatabase(first.serverUrl, EMBEDDED_DATABASE);
      console.log(
        `Embedded PostgreSQL started on port ${first.port} (data in ${path.relative(process.cwd(), DATA_DIR) || "."}/pg).`,
      );
    }
    const applied = await migrateDatabase(url);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: config.nextAuthUrl() ?? `http://localhost:${port}`,
      // Sessions need a secret: the embedded default keeps one in .data/; `npm run dev` on another
      // database makes one per run (sessions end at restart); `npm start` there requires NEXTAUTH_SECRET (checked above).
      NEXTAUTH_SECRET:
        config.nextAuthSecret() ?? (database ? await embeddedSecret() : randomBytes(32).toString("base64url")),
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
      MILEPOST_SUPERVISOR_PID: String(process.pid), // see scripts/lib/exit-with-parent.cjs
    };
    if (mode === "start" && !stopping && !neverBuild && (forceBuild || !buildIsCurrent())) await build(env);
    if (stopping) return 0;
    const child = { env, cwd: ROOT, stopTimeoutMs: 10_000 };
    if (config.workerEnabled()) {
      const worker = [
        ...preload,
        "--import",
        pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
        path.join(ROOT, "scripts/worker.ts"),
      ];
      children.push(
        supervise("The worker", () => startChild({ ...child, command: process.execPath, args: worker }), log),
      );
    }
    const web = [...preload, nextBin, mode, "--port", port];
    children.push(
      supervise(
        "The web server",
        () =>
          startChild({
            ...child,
            command: process.execPath,
            args: web,
            watchPort: mode === "dev" ? Number(port) : undefined,
          }),
        log,
      ),
    );
    await stopped;
    return 0;
  } catch (error) {
    if (stopping) return 0;
    throw error;
  } finally {
    await Promise.all(children.map((supervisor) => supervisor.stop()));
    if (children.length) log(`${config.workerEnabled() ? "The web server and the worker" : "The web server"} stopped.`);
    if (database) {
      await database.stop();
      log("PostgreSQL stopped.");
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error));
    process.exit(1);
  },
);
