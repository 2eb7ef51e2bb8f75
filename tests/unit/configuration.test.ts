// Configuration has one home: code reads environment variables only through lib/config, which declares each one
// (with its schema and default), and the README lists exactly the declared ones — the app's in its configuration
// table, the tests' and benchmarks' in the table under "Run it, test it".
// tests/ is not scanned: tests set, read back and restore variables to configure the code under test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { VARIABLES } from "@/lib/config";
import { HARNESS_VARIABLES } from "@/lib/config/harness";
import { envReads, readSource, sourceFiles, type EnvRead } from "./env-reads";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Reads lib/config cannot take over, each for a stated reason. */
const ALLOWED: Record<string, string[]> = {
  // Set by Next.js and replaced at build time, so other runtimes' bundles leave the Node.js branch out.
  "instrumentation.ts": ["NEXT_RUNTIME"],
  // Next.js loads its config file as plain JavaScript, before any TypeScript module can be imported.
  "next.config.js": ["NEXT_DIST_DIR"],
  // Preloaded (node --require) into the processes npm start supervises, as plain CommonJS; set by scripts/run.ts
  // for its own children only, so not a setting of anyone's.
  "scripts/lib/exit-with-parent.cjs": ["MILEPOST_SUPERVISOR_PID"],
};

const SKIPPED = new Set(["node_modules", "lib/generated", "lib/config", "tests"]);
const skip = (relative: string) =>
  SKIPPED.has(relative) || relative.startsWith(".") || relative.includes(`${path.sep}.`);

function scannedFiles(): string[] {
  const topLevel = readdirSync(ROOT).filter((entry) => !["app", "components", "lib", "scripts", "e2e"].includes(entry));
  const rootFiles = sourceFiles(ROOT, topLevel, (relative) => skip(relative) || relative.includes(path.sep));
  return [...sourceFiles(ROOT, ["app", "components", "lib", "scripts", "e2e"], skip), ...rootFiles];
}

/** The variable names in the first column of the first table after `heading` (before the next `## ` heading). */
function readmeTableNames(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has a "${heading}" section`).toBeGreaterThan(-1);
  const section = readme.slice(start + heading.length + 2).split(/\n## /)[0]!;
  const rows = section.split("\n").filter((line) => line.startsWith("|"));
  const header = rows.findIndex((row) => /^\|\s*Variable\s*\|/.test(row));
  expect(header, `a table with a "Variable" column under "${heading}"`).toBeGreaterThan(-1);
  const names: string[] = [];
  for (const row of rows.slice(header + 2)) {
    if (!row.startsWith("|")) break;
    const firstCell = row.split("|")[1]!;
    names.push(...[...firstCell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
  }
  return names.sort();
}

describe("environment variables", () => {
  test("are read only by lib/config (and the few reads it cannot take over)", () => {
    const files = scannedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files).toEqual(expect.arrayContaining(["proxy.ts", "instrumentation.ts", "playwright.config.ts"]));
    const reads = files.flatMap((file) => envReads(file, readSource(ROOT, file)));
    const outside = reads.filter((read) => !ALLOWED[read.file]?.includes(read.name));
    expect(
      outside.map((r) => `${r.file}:${r.line} reads ${r.name}`),
      "read it through lib/config (declare it in lib/config/variables.ts and the README's table)",
    ).toEqual([]);
    // Each allowance is still needed.
    const allowed = Object.entries(ALLOWED).flatMap(([file, names]) => names.map((name) => `${file} ${name}`));
    expect(allowed.filter((entry) => !reads.some((r) => `${r.file} ${r.name}` === entry))).toEqual([]);
  });

  test("inside lib/config, only read.ts touches process.env (each read goes through a declaration's schema)", () => {
    const files = sourceFiles(ROOT, ["lib/config"], () => false);
    const reads = files.flatMap((file) => envReads(file, readSource(ROOT, file)));
    expect(reads.map((r) => `${r.file} ${r.name}`)).toEqual([`${path.join("lib/config", "read.ts")} […]`]);
  });

  test("the scan tells reads from writes and from handing the environment to a child", () => {
    const names = (source: string) => envReads("planted.ts", source).map((read: EnvRead) => read.name);
    expect(names("const port = process.env.PORT ?? 3000;")).toEqual(["PORT"]);
    expect(names('const url = process.env["DATABASE_URL"];')).toEqual(["DATABASE_URL"]);
    expect(names("const value = process.env[name];")).toEqual(["[…]"]);
    expect(names("const { SMTP_URL } = process.env;")).toEqual(["*"]);
    expect(names('process.env.NEXTAUTH_SECRET ??= "x";')).toEqual(["NEXTAUTH_SECRET"]);
    expect(names('process.env.DATABASE_URL = "x"; delete process.env.PORT;')).toEqual([]);
    expect(names("spawn(cmd, { env: { ...process.env, A: '1' } }); start({ env: process.env });")).toEqual([]);
  });

  test("each declared variable has a value when unset (its default, or none)", () => {
    for (const [name, schema] of Object.entries({ ...VARIABLES, ...HARNESS_VARIABLES }))
      expect(schema.safeParse(undefined).success, name).toBe(true);
  });

  test("the README's configuration table lists exactly the variables lib/config declares", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readmeTableNames(readme, "## Configuration")).toEqual(Object.keys(VARIABLES).sort());
  });

  test("the README's table of the tests' and benchmarks' variables lists exactly lib/config/harness.ts's", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readmeTableNames(readme, "## Run it, test it")).toEqual(Object.keys(HARNESS_VARIABLES).sort());
  });
});
