// npm test: Vitest unit tests, Vitest integration tests on a fresh PostgreSQL database (DATABASE_URL's
// server, else an embedded one), then the Playwright e2e tests against the app started as `npm start`
// starts it (embedded PostgreSQL). Every stage runs; the exit code is non-zero when any test failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

interface Stage {
  name: string;
  command: string[];
  report: string;
  env?: Record<string, string>;
  count(report: unknown): { passed: number; failed: number; skipped: number };
}

const reports = mkdtempSync(path.join(os.tmpdir(), "milepost-test-"));
const vitestCount = (r: unknown) => {
  const j = r as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests };
};
const vitest = (project: string): Stage => ({
  name: project,
  report: path.join(reports, `${project}.json`),
  command: [
    "npx",
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${path.join(reports, `${project}.json`)}`,
  ],
  count: vitestCount,
});

const only = process.argv.slice(2);
const stages: Stage[] = [
  vitest("unit"),
  vitest("integration"),
  {
    name: "e2e",
    report: path.join(reports, "e2e.json"),
    command: ["npx", "playwright", "test"],
    env: { E2E_JSON_REPORT: path.join(reports, "e2e.json") },
    count: (r: unknown) => {
      const s = (r as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
      return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
    },
  },
].filter((stage) => only.length === 0 || only.includes(stage.name));

let passed = 0;
let failed = 0;
let skipped = 0;
const lines: string[] = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name} tests ===`);
  const result = spawnSync(stage.command[0]!, stage.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...stage.env },
  });
  if (!existsSync(stage.report)) {
    // The runner died before reporting: count the stage as one failure so the run cannot pass.
    failed += 1;
    lines.push(`${stage.name}: did not finish (exit ${result.status ?? result.signal})`);
    continue;
  }
  const counts = stage.count(JSON.parse(readFileSync(stage.report, "utf8")));
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  lines.push(
    `${stage.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
  );
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${lines.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
