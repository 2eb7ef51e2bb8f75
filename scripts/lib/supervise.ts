// Keeps a process running: when it dies it is started again after a pause that doubles with each quick death
// (1 s, 2 s, 4 s … at most 30 s; back to 1 s once it stayed up a minute), with a line saying what died, how, when,
// and when it comes back. stop() stops it for good: nothing is restarted once stopping began.
import { spawn } from "node:child_process";
import net from "node:net";
import { describeExit, describeFailure } from "./failure.ts";

export interface Running {
  pid: number;
  /** Resolves when it stops, saying how ("exited with code 1", "was killed by SIGKILL" …). */
  exited: Promise<string>;
  /** Stops it (idempotent) and resolves once it is gone. */
  stop(): Promise<void>;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** Up this long, a death counts as the first again. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

export interface Supervisor {
  stop(): Promise<void>;
}

const clock = () => new Date().toTimeString().slice(0, 8);

/** Runs `start()` and starts it again whenever what it started stops; `first` is an instance already running. */
export function supervise(
  name: string,
  start: () => Promise<Running>,
  log: (line: string) => void,
  { backoff = DEFAULT_BACKOFF, first }: { backoff?: Backoff; first?: Running } = {},
): Supervisor {
  let stopping = false;
  let current = first;
  let wake = () => {};
  const loop = (async () => {
    let quickDeaths = 0;
    let startedAt = Date.now();
    let restarting = !!first;
    while (!stopping) {
      let how: string;
      if (!current) {
        try {
          current = await start();
          startedAt = Date.now();
          if (stopping) break;
          if (restarting) log(`${name} started again (pid ${current.pid}).`);
        } catch (error) {
          current = undefined;
          how = `could not start (${describeFailure(error)})`;
        }
        restarting = true;
      }
      if (current) {
        const pid = current.pid;
        how = `(pid ${pid}) ${await current.exited}`;
        current = undefined;
        if (Date.now() - startedAt >= backoff.resetAfterMs) quickDeaths = 0;
      }
      if (stopping) break;
      const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** quickDeaths);
      quickDeaths += 1;
      log(`${name} ${how!} at ${clock()}; starting it again in ${delay / 1000} s.`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake();
      await current?.stop();
      await loop;
      await current?.stop(); // started while stopping began
    },
  };
}

export interface ChildSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** How long it may take to stop on SIGTERM before it is killed. */
  stopTimeoutMs: number;
  /**
   * Also count it dead when this port stops accepting connections (3 failed checks 2 s apart, after it accepted once):
   * `next dev` serves from a child process of its own and keeps running when that child is killed.
   */
  watchPort?: number;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1", timeout: 1_500 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

/**
 * A child process with an IPC channel, so that it can notice when the supervisor itself disappears (see
 * exit-with-parent.cjs). Its output goes to the supervisor's.
 */
export function startChild(spec: ChildSpec): Promise<Running> {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  let gone = false;
  let watch: NodeJS.Timeout | undefined;
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => {
      gone = true;
      resolve(`could not start (${error.message})`);
    });
    child.once("exit", (code, signal) => {
      gone = true;
      clearInterval(watch);
      resolve(describeExit(code, signal));
    });
    if (spec.watchPort) {
      let answered = false;
      let failures = 0;
      watch = setInterval(async () => {
        const ok = await accepts(spec.watchPort!);
        answered ||= ok;
        failures = ok ? 0 : failures + 1;
        if (answered && failures >= 3) {
          clearInterval(watch);
          child.kill("SIGKILL");
          resolve(`stopped answering on port ${spec.watchPort}`);
        }
      }, 2_000);
    }
  });
  const stop = async () => {
    clearInterval(watch);
    if (gone) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), spec.stopTimeoutMs);
    await new Promise((resolve) => (gone ? resolve(undefined) : child.once("exit", resolve)));
    clearTimeout(timer);
  };
  return Promise.resolve({ pid: child.pid ?? 0, exited, stop });
}
