// The repository explains itself: no tracked file sends the reader to a path outside it (a sibling folder, a spec
// that only the original authors had, a folder on their machine). The domain rules live in docs/domain.md.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** This file names the patterns it looks for. */
const SELF = path.relative(ROOT, import.meta.filename);

const OUTSIDE: { name: string; pattern: RegExp }[] = [
  { name: "../shared", pattern: /\.\.\/shared\b/ },
  { name: "DOMAIN.md (now docs/domain.md)", pattern: /\bDOMAIN\.md\b/ },
  { name: "an absolute /work path", pattern: /(^|[^\w.-])\/work\// },
];

function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\0")
    .filter((file) => file !== "" && file !== SELF);
}

test("no tracked file refers to a path outside the repository", () => {
  const found: string[] = [];
  for (const file of trackedFiles()) {
    let text: string;
    try {
      text = readFileSync(path.join(ROOT, file), "utf8");
    } catch {
      continue; // deleted in the work tree, not yet committed
    }
    if (text.includes("\0")) continue; // binary (images)
    text.split("\n").forEach((line, i) => {
      for (const { name, pattern } of OUTSIDE) if (pattern.test(line)) found.push(`${file}:${i + 1} names ${name}`);
    });
  }
  expect(found).toEqual([]);
});
