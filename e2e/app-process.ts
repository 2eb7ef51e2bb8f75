// A second Milepost, started the way `npm start` starts it (scripts/run.ts on the build this e2e run made), for the
// specs that kill its processes or take its database away. Its output is kept for assertions about its log lines.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { e2eDistDir } from "../lib/config/harness";
import { freePort } from "../scripts/lib/embedded-db";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface AppProcess {
  baseURL: string;
  port: number;
  /** The supervisor's pid (scripts/run.ts itself: it runs under tsx's loader, not a wrapper). */
  pid: number;
  /** MILEPOST_DATA_DIR of this app (the embedded PostgreSQL's data is in its pg/). */
  dataDir: string;
  output(): string;
  /** SIGTERM, then waits for the exit (at most `seconds`); the exit code, or null when it had to be killed. */
  stop(seconds?: number): Promise<number | null>;
}

/** GET /api/health's status, 0 when nothing answers. */
export async function healthStatus(baseURL: string): Promise<number> {
  try {
    return (await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}

const pids = () => readdirSync("/proc").filter((name) => /^\d+$/.test(name));

/** The pid of the process listening on TCP `port` (the real web server, whatever started it), from Linux's /proc. */
export function listeningPid(port: number): number | null {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const sockets = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      if (local?.endsWith(hexPort) && state === "0A" && inode) sockets.add(`socket:[${inode}]`); // 0A: LISTEN
    }
  }
  for (const pid of pids()) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`))
        if (sockets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
    } catch {
      // a process that ended meanwhile, or not ours to read
    }
  }
  return null;
}

/** The pid of `parent`'s child whose command line contains `pattern`, from Linux's /proc. */
export function childPid(parent: number, pattern: string): number | null {
  for (const pid of pids()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(pattern)) return Number(pid);
    } catch {
      // ended meanwhile
    }
  }
  return null;
}

/** Starts the app on a free port with its own data folder; resolves once /api/health answers 200. */
export async function startApp(env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "milepost-e2e-app-"));
  const baseURL = `http://localhost:${port}`;
  const child = spawn(
    process.execPath,
    [
      "--import",
      pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
      path.join(ROOT, "scripts/run.ts"),
      "start",
      "--no-build",
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        PORT: String(port),
        MILEPOST_DATA_DIR: dataDir,
        NEXT_DIST_DIR: e2eDistDir(),
        DATABASE_URL: "",
        NEXTAUTH_SECRET: "",
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));

  const stop = async (seconds = 60) => {
    if (!gone) child.kill("SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), seconds * 1000))),
    ]);
    clearTimeout(timer);
    if (code === "late") {
      child.kill("SIGKILL");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
    return code === "late" ? null : code;
  };
  for (
    const until = Date.now() + 180_000;
    (await healthStatus(baseURL)) !== 200;
    await new Promise((r) => setTimeout(r, 500))
  ) {
    if (gone || Date.now() > until) {
      await stop(30);
      throw new Error(`The app did not answer on ${baseURL}:\n${output}`);
    }
  }
  return { baseURL, port, pid: child.pid!, dataDir, output: () => output, stop };
}
