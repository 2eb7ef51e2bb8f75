// Finds where source code touches process.env, with the TypeScript parser: which variables it reads, and whether it
// only writes one (`process.env.X = …`, `delete process.env.X`) or hands the whole environment to a child process
// (`{ ...process.env }`, `env: process.env`), which are not reads.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface EnvRead {
  file: string;
  line: number;
  /** The variable read; "*" for the whole environment (`const { A } = process.env`), "[…]" for a computed name. */
  name: string;
}

const KINDS: Record<string, ts.ScriptKind> = {
  ".ts": ts.ScriptKind.TS,
  ".tsx": ts.ScriptKind.TSX,
  ".js": ts.ScriptKind.JS,
  ".mjs": ts.ScriptKind.JS,
  ".cjs": ts.ScriptKind.JS,
};

const isProcessEnv = (node: ts.Node): node is ts.PropertyAccessExpression =>
  ts.isPropertyAccessExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === "process" &&
  node.name.text === "env";

/** `target = …` or `delete target`: the variable is set or removed, not read (`??=` reads it first). */
function isWritten(target: ts.Node): boolean {
  const parent = target.parent;
  if (ts.isDeleteExpression(parent)) return true;
  return (
    ts.isBinaryExpression(parent) && parent.left === target && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  );
}

/** The reads of process.env in one file's source. */
export function envReads(file: string, source: string): EnvRead[] {
  if (!source.includes("process")) return []; // most files: no need to parse
  const kind = KINDS[path.extname(file)] ?? ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const reads: EnvRead[] = [];
  const visit = (node: ts.Node) => {
    if (isProcessEnv(node)) {
      const parent = node.parent;
      let read: string | null = "*";
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
        read = isWritten(parent) ? null : parent.name.text;
      } else if (ts.isElementAccessExpression(parent) && parent.expression === node) {
        const argument = parent.argumentExpression;
        read = isWritten(parent) ? null : ts.isStringLiteralLike(argument) ? argument.text : "[…]";
      } else if (ts.isSpreadAssignment(parent) || (ts.isPropertyAssignment(parent) && parent.initializer === node)) {
        read = null; // the whole environment handed to a child process
      }
      if (read !== null) {
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        reads.push({ file, line, name: read });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return reads;
}

/** Every source file under `root`'s `dirs` (and `files`), skipping what `skip` names (paths relative to root). */
export function sourceFiles(root: string, entries: string[], skip: (relative: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    if (skip(relative)) return;
    const stat = statSync(path.join(root, relative), { throwIfNoEntry: false });
    if (stat?.isDirectory())
      for (const entry of readdirSync(path.join(root, relative))) walk(path.join(relative, entry));
    else if (stat && path.extname(relative) in KINDS && !relative.endsWith(".d.ts")) found.push(relative);
  };
  for (const entry of entries) walk(entry);
  return found;
}

export const readSource = (root: string, relative: string) => readFileSync(path.join(root, relative), "utf8");
