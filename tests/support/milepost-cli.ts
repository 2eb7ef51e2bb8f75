// `npm run milepost -- …` as a child process, for tests of the command line: its exit code and output.
import { execFile, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/milepost.ts");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  /** Standard input (closed after it). */
  input?: string;
  timeoutMs: number;
}

/** Runs the command line to its end (through tsx's CLI). */
export function runMilepost(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), SCRIPT, ...args],
      { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: "1", ...options.env }, timeout: options.timeoutMs },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? "");
  });
}

/**
 * Starts the command line in ONE process (tsx's loader in it: tsx's CLI would run the script in a grandchild that
 * a SIGKILL of the child would miss), for tests that kill it part-way. `exited` resolves when it has ended.
 */
export function startMilepost(
  args: readonly string[],
  options: CliOptions,
): { child: ChildProcess; exited: Promise<void> } {
  let child!: ChildProcess;
  const exited = new Promise<void>((resolve) => {
    child = execFile(
      process.execPath,
      ["--import", pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, SCRIPT, ...args],
      { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: "1", ...options.env }, timeout: options.timeoutMs },
      () => resolve(),
    );
  });
  return { child, exited };
}
