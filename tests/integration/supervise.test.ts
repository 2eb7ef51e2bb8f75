// The supervisor's schedule with real child processes (scripts/lib/supervise.ts): a process that keeps dying is
// started again after pauses that double up to the cap; one that stayed up long enough starts the count over;
// nothing is started once stop() began. Short pauses here stand in for npm start's 1 s … 30 s.
import { expect, test } from "vitest";
import { startChild, supervise } from "../../scripts/lib/supervise.ts";

const node = (code: string) => () =>
  startChild({
    command: process.execPath,
    args: ["-e", code],
    env: process.env,
    cwd: process.cwd(),
    stopTimeoutMs: 5_000,
  });
const pauses = (lines: string[]) =>
  lines.map((line) => /starting it again in ([\d.]+) s\./.exec(line)?.[1]).filter(Boolean);

async function until(check: () => boolean, seconds = 20): Promise<void> {
  for (const end = Date.now() + seconds * 1000; !check(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > end) throw new Error("gave up waiting");
  }
}

test("a process that keeps dying comes back after pauses doubling to the cap, each said with how it died", async () => {
  const lines: string[] = [];
  const supervisor = supervise("The crasher", node("process.exit(3)"), (line) => lines.push(line), {
    backoff: { initialMs: 20, maxMs: 80, resetAfterMs: 60_000 },
  });
  await until(() => pauses(lines).length >= 5);
  await supervisor.stop();
  expect(pauses(lines).slice(0, 5)).toEqual(["0.02", "0.04", "0.08", "0.08", "0.08"]);
  expect(lines[0]).toMatch(
    /^The crasher \(pid \d+\) exited with code 3 at \d\d:\d\d:\d\d; starting it again in 0\.02 s\.$/,
  );
  expect(lines[1]).toMatch(/^The crasher started again \(pid \d+\)\.$/);
});

test("a process that stayed up long enough starts the pauses over; stop() ends it and starts nothing more", async () => {
  const lines: string[] = [];
  const supervisor = supervise(
    "The sleeper",
    node("setTimeout(() => process.exit(1), 300)"),
    (line) => lines.push(line),
    { backoff: { initialMs: 20, maxMs: 80, resetAfterMs: 200 } },
  );
  await until(() => pauses(lines).length >= 3);
  expect(pauses(lines).slice(0, 3)).toEqual(["0.02", "0.02", "0.02"]);

  const forever = supervise("The server", node("setInterval(() => {}, 1000)"), (line) => lines.push(line));
  await new Promise((r) => setTimeout(r, 300));
  const before = lines.length;
  await Promise.all([supervisor.stop(), forever.stop()]);
  await new Promise((r) => setTimeout(r, 500));
  expect(lines.slice(before).filter((line) => line.includes("starting it again"))).toEqual([]);
  expect(lines.some((line) => line.startsWith("The server"))).toBe(false); // SIGTERM on stop is not a death to restart
});
