// The README's "Architecture" list is true to the folders: it names every folder of lib/ (and every top-level
// folder) on disk, and everything it names exists. A line of the list starts at its first column with a path;
// a folder ends with "/".
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The paths the first code block of the README's "## Architecture" section lists, as written. */
function listedPaths(): string[] {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((part) => part.startsWith("Architecture\n"));
  if (section === undefined) throw new Error('README.md has no "## Architecture" section');
  const block = /^```\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (block === undefined) throw new Error("The Architecture section has no code block");
  return block
    .split("\n")
    .map((line) => /^([\w.()[\]-]+(?:\/[\w.()[\]-]+)*\/?)(?:\s|$)/.exec(line)?.[1])
    .filter((entry): entry is string => entry !== undefined);
}

/** Folders under `dir` (relative to the root) that are neither hidden nor ignored by git (node_modules, lib/generated). */
function foldersOnDisk(dir: string): string[] {
  const folders = readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => path.posix.join(dir, entry.name));
  // check-ignore prints the ignored ones (and exits with 1 when there are none).
  const check = spawnSync("git", ["check-ignore", "--no-index", ...folders.map((f) => `${f}/`)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (check.status !== 0 && check.status !== 1) throw new Error(`git check-ignore failed: ${check.stderr}`);
  const ignored = new Set(check.stdout.split("\n"));
  return folders.filter((folder) => !ignored.has(`${folder}/`));
}

describe("the README's architecture", () => {
  const listed = listedPaths();
  const folders = new Set(listed.filter((entry) => entry.endsWith("/")).map((entry) => entry.slice(0, -1)));

  test("names every folder of lib/ and every top-level folder", () => {
    const named = (folder: string) => folders.has(folder) || listed.some((entry) => entry.startsWith(`${folder}/`));
    const missing = [...foldersOnDisk("lib"), ...foldersOnDisk(".")].filter((folder) => !named(folder));
    expect(missing).toEqual([]);
  });

  test("names nothing that does not exist", () => {
    expect(listed.filter((entry) => !existsSync(path.join(ROOT, entry)))).toEqual([]);
  });

  test("names each path once", () => {
    expect(listed.filter((entry, i) => listed.indexOf(entry) !== i)).toEqual([]);
  });
});
