// `npm start` keeps Milepost up: kill -9 of the web server, of the worker and of the embedded PostgreSQL's postmaster
// each ends with the app answering again (its health 200), the dead process replaced and a log line saying so; then
// SIGTERM stops everything. A second app (scripts/run.ts on this run's build, its own data folder) takes the kills.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { childPid, healthStatus, listeningPid, startApp } from "./app-process";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function postmaster(dataDir: string): { pid: number; port: number } {
  const lines = readFileSync(path.join(dataDir, "pg/postmaster.pid"), "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

test("npm start restarts a killed web server, worker and PostgreSQL, and SIGTERM stops them all", async () => {
  test.setTimeout(480_000);
  const app = await startApp();
  try {
    await test.step("the web server", async () => {
      const server = listeningPid(app.port)!;
      expect(server).not.toBe(app.pid); // the server itself, not the supervisor
      process.kill(server, "SIGKILL");
      await expect.poll(() => healthStatus(app.baseURL), { timeout: 60_000, intervals: [250] }).toBe(200);
      expect(listeningPid(app.port)).not.toBe(server);
      expect(app.output()).toMatch(
        new RegExp(
          `The web server \\(pid ${server}\\) was killed by SIGKILL at \\d\\d:\\d\\d:\\d\\d; starting it again in 1 s\\.`,
        ),
      );
    });

    await test.step("the worker", async () => {
      const worker = childPid(app.pid, "scripts/worker.ts")!;
      expect(worker).not.toBeNull();
      process.kill(worker, "SIGKILL");
      await expect.poll(() => app.output(), { timeout: 60_000 }).toMatch(/The worker started again \(pid \d+\)\./);
      expect(app.output()).toMatch(
        new RegExp(
          `The worker \\(pid ${worker}\\) was killed by SIGKILL at \\d\\d:\\d\\d:\\d\\d; starting it again in 1 s\\.`,
        ),
      );
      const replacement = Number(/The worker started again \(pid (\d+)\)/.exec(app.output())![1]);
      expect(childPid(app.pid, "scripts/worker.ts")).toBe(replacement);
    });

    await test.step("the embedded PostgreSQL", async () => {
      const before = postmaster(app.dataDir);
      process.kill(before.pid, "SIGKILL");
      await expect.poll(() => app.output(), { timeout: 90_000 }).toMatch(/PostgreSQL started again \(pid \d+\)\./);
      await expect.poll(() => healthStatus(app.baseURL), { timeout: 60_000, intervals: [250] }).toBe(200);
      const after = postmaster(app.dataDir);
      expect(after.pid).not.toBe(before.pid);
      expect(after.port).toBe(before.port);
      expect(app.output()).toMatch(
        new RegExp(
          `PostgreSQL \\(pid ${before.pid}\\) was killed by SIGKILL at \\d\\d:\\d\\d:\\d\\d; starting it again in 1 s\\.`,
        ),
      );
    });

    await test.step("SIGTERM stops the app, the worker and PostgreSQL", async () => {
      const server = listeningPid(app.port)!;
      const worker = childPid(app.pid, "scripts/worker.ts")!;
      const database = postmaster(app.dataDir).pid;
      expect(await app.stop()).toBe(0);
      expect([server, worker, database].filter(alive)).toEqual([]);
      const afterStop = app.output().slice(app.output().indexOf("Stopping (SIGTERM)"));
      expect(afterStop).not.toContain("starting it again"); // nothing restarts once stopping began
    });
  } finally {
    await app.stop(30);
  }
});
