// One PostgreSQL server process (the postmaster) on a data folder: initdb, start, stop, and a promise of its exit so
// a supervisor can start it again. Readiness is read from postmaster.pid (its status line says "ready"), as pg_ctl
// does, so nothing depends on the language of the server's log.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describeExit } from "./failure.ts";
import type { Binaries, PostgresUser } from "./postgres-access.ts";

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Postmaster {
  pid: number;
  /** Resolves when the server process exits, whether stopped or crashed. */
  exited: Promise<ExitInfo>;
  /** Fast shutdown (SIGINT: ends sessions, checkpoints); immediate after 30 s, killed after 5 s more. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether `promise` settles within `ms` (its timer cleared either way, so it keeps no process alive). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The fields of a running server's postmaster.pid, or null when there is none or its process is gone. */
export function readPostmasterPid(dataDir: string): { pid: number; port: number; status: string } | null {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!pid || !processIsAlive(pid)) return null;
  return { pid, port: Number.parseInt(lines[3] ?? "", 10), status: (lines[7] ?? "").trim() };
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Runs a binary as `user`; rejects with its exit and its last output lines when it fails. */
function run(file: string, args: string[], user: PostgresUser | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...(user ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", (error) => reject(new Error(`${path.basename(file)} could not start: ${error.message}`)));
    child.once("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${path.basename(file)} failed: it ${describeExit(code, signal)}: ${output.trim().split("\n").slice(-5).join(" ")}`,
          ),
        );
    });
  });
}

/** Creates the cluster in `dataDir` (owned by `user`) with the superuser `postgres` and `password`. */
export async function initdb(
  binaries: Binaries,
  dataDir: string,
  user: PostgresUser | null,
  password: string,
): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // The password file sits beside the data, readable by the server's user only, and is removed at once.
  const passwordFile = path.join(path.dirname(dataDir), `.pwfile-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) await Promise.all([chown(dataDir, user.uid, user.gid), chown(passwordFile, user.uid, user.gid)]);
    // UTF-8 with PostgreSQL's own C.UTF-8 (code point order, Unicode upper/lower), whatever locales the system has.
    const locale = [
      "--encoding=UTF8",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--lc-messages=C",
    ];
    await run(
      binaries.initdb,
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`, ...locale],
      user,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/**
 * Starts the server on 127.0.0.1:`port` and resolves once it accepts connections. It runs in a process group of its
 * own, so a Ctrl-C in the terminal reaches the app and the worker first; whoever started it stops it last.
 */
export async function startPostmaster(
  binaries: Binaries,
  dataDir: string,
  port: number,
  user: PostgresUser | null,
  log: (line: string) => void,
): Promise<Postmaster> {
  const args = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "lc_messages=C",
  ];
  const child = spawn(binaries.postgres, args, {
    ...(user ?? {}),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  const lastLines: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      log(line);
      lastLines.push(line);
      if (lastLines.length > 8) lastLines.shift();
    }
  };
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);
  let exit: ExitInfo | undefined;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("error", (error) => {
      lastLines.push(error.message);
      resolve((exit = { code: null, signal: null }));
    });
    child.once("exit", (code, signal) => resolve((exit = { code, signal })));
  });
  const deadline = Date.now() + 120_000;
  while (!exit) {
    const running = readPostmasterPid(dataDir);
    if (running && running.pid === child.pid && running.status === "ready") break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`PostgreSQL did not get ready within 2 minutes: ${lastLines.join(" ")}`);
    }
    await settlesWithin(exited, 100);
  }
  if (exit)
    throw new Error(
      `PostgreSQL ${describeExit(exit.code, exit.signal)} while starting: ${lastLines.join(" ") || "it said nothing"}`,
    );
  const stop = async () => {
    if (exit) return;
    child.kill("SIGINT");
    if (await settlesWithin(exited, 30_000)) return;
    child.kill("SIGQUIT");
    if (await settlesWithin(exited, 5_000)) return;
    child.kill("SIGKILL");
    await exited;
  };
  return { pid: child.pid!, exited, stop };
}

/** Stops a server this process did not start (one a crashed run left behind), by its pid. */
export async function stopStrayPostmaster(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ["SIGINT", 30_000],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    for (const until = Date.now() + waitMs; Date.now() < until; await sleep(100)) if (!processIsAlive(pid)) return;
  }
}
