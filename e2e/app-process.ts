// A second Milepost, started the way `npm start` starts it (scripts/run.ts on the build this e2e run made), for the
// specs that kill its processes or take its database away. Its output is kept for assertions about its log lines.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** GET /api/health's status, 0 when nothing answers. */
export async function healthStatus(baseURL: string): Promise<number> {
  try {
    return (await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}

/** The pid of the process listening on `port` (the real web server, whatever started it). */
export function listeningPid(port: number): number | null {
  const line = execFileSync("ss", ["-Htlnp", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(line)?.[1];
  return pid ? Number(pid) : null;
}

/** The pid of `parent`'s child whose command line matches `pattern`. */
export function childPid(parent: number, pattern: string): number | null {
  try {
    const pid = execFileSync("pgrep", ["-P", String(parent), "-f", pattern], { encoding: "utf8" }).trim().split("\n")[0];
    return pid ? Number(pid) : null;
  } catch {
    return null; // pgrep exits 1 when nothing matches
  }
}

/** Starts the app on a free port with its own data folder; resolves once /api/health answers 200. */
export async function startApp(env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "milepost-e2e-app-"));
  const baseURL = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, path.join(ROOT, "scripts/run.ts"), "start", "--no-build"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      MILEPOST_DATA_DIR: dataDir,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));

  const stop = async (seconds = 60) => {
    if (!gone) child.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise<"late">((resolve) => setTimeout(() => resolve("late"), seconds * 1000))]);
    if (code === "late") {
      child.kill("SIGKILL");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
    return code === "late" ? null : code;
  };
  for (const until = Date.now() + 180_000; (await healthStatus(baseURL)) !== 200; await new Promise((r) => setTimeout(r, 500))) {
    if (gone || Date.now() > until) {
      await stop(30);
      throw new Error(`The app did not answer on ${baseURL}:\n${output}`);
    }
  }
  return { baseURL, port, pid: child.pid!, dataDir, output: () => output, stop };
}
