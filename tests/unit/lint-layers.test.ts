// The layering is enforced by the linter (eslint.layers.mjs): planted violations are reported, legal imports are not.
// The code is linted as if it lived at `filePath`; nothing is written to disk.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LAYER_RULES = new Set(["boundaries/dependencies", "no-restricted-imports", "no-restricted-syntax"]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The layering rules `code` breaks when it sits at `filePath` (other rules, such as unused imports, are ignored). */
async function layerViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.ruleId!);
}

const BOUNDARIES = "boundaries/dependencies";
const IMPORTS = "no-restricted-imports";
const CLOCK = "no-restricted-syntax";

/** [what, where the code sits, the code, the rule that must report it] */
const VIOLATIONS: [string, string, string, string][] = [
  ["a component importing lib/db", "components/x.tsx", 'import { prisma } from "@/lib/db/client";', BOUNDARIES],
  ["a component importing a lib/db type", "components/x.tsx", 'import type { Tx } from "@/lib/db/client";', BOUNDARIES],
  [
    "a component importing a service",
    "components/x.tsx",
    'import { writeNotices } from "@/lib/services/notify";',
    BOUNDARIES,
  ],
  [
    "a component importing app/",
    "components/x.tsx",
    'import { signUpAction } from "@/app/(auth)/actions";',
    BOUNDARIES,
  ],
  ["a page importing lib/db", "app/x/page.tsx", 'import { prisma } from "@/lib/db/client";', BOUNDARIES],
  ["the core importing next", "lib/milestones/x.ts", 'import { headers } from "next/headers";', IMPORTS],
  ["the core importing react", "lib/earnings/x.ts", 'import { useState } from "react";', IMPORTS],
  ["the core importing Prisma", "lib/earnings/x.ts", 'import { PrismaClient } from "@prisma/client";', IMPORTS],
  ["the core importing lib/db", "lib/milestones/x.ts", 'import { prisma } from "@/lib/db/client";', BOUNDARIES],
  [
    "the core importing a service",
    "lib/earnings/x.ts",
    'import { writeNotices } from "@/lib/services/notify";',
    BOUNDARIES,
  ],
  ["the core reading the clock (new Date())", "lib/milestones/x.ts", "export const now = new Date();", CLOCK],
  ["the core reading the clock (Date.now)", "lib/earnings/x.ts", "export const now = Date.now();", CLOCK],
  [
    "a query importing a service",
    "lib/queries/x.ts",
    'import { writeNotices } from "@/lib/services/notify";',
    BOUNDARIES,
  ],
  ["lib/models importing lib/db", "lib/models/x.ts", 'import type { Tx } from "@/lib/db/client";', BOUNDARIES],
  ["lib/db importing a service", "lib/db/x.ts", 'import { writeNotices } from "@/lib/services/notify";', BOUNDARIES],
  ["lib/db importing app/", "lib/db/x.ts", 'import { signUpAction } from "@/app/(auth)/actions";', BOUNDARIES],
  ["lib/ importing a component", "lib/format/x.ts", 'import { Button } from "@/components/ui/button";', BOUNDARIES],
];

/** [what, where the code sits, the code] */
const ALLOWED: [string, string, string][] = [
  [
    "a component importing lib/models",
    "components/x.tsx",
    'import { SAMPLE_HANDLE } from "@/lib/models/sample-account";',
  ],
  ["a component importing the pure core", "components/x.tsx", 'import { formatMoney } from "@/lib/earnings";'],
  ["a page importing a service", "app/x/page.tsx", 'import { writeNotices } from "@/lib/services/notify";'],
  ["the core importing lib/time", "lib/milestones/x.ts", 'import { addDays } from "@/lib/time/days";'],
  ["the core making a Date from a number", "lib/milestones/x.ts", "export const d = new Date(86_400_000);"],
  [
    "a query importing lib/db and the core",
    "lib/queries/x.ts",
    'import { prisma } from "@/lib/db/client";\nimport { nextUp } from "@/lib/milestones";',
  ],
  ["a service importing lib/db", "lib/services/x.ts", 'import { prisma } from "@/lib/db/client";'],
  ["lib/db importing the core", "lib/db/x.ts", 'import { RULE_SETS } from "@/lib/milestones";'],
];

describe("the linter enforces the layering", () => {
  test.each(VIOLATIONS)("%s is reported", async (_what, filePath, code, rule) => {
    expect(await layerViolations(filePath, code)).toContain(rule);
  });

  test.each(ALLOWED)("%s is allowed", async (_what, filePath, code) => {
    expect(await layerViolations(filePath, code)).toEqual([]);
  });
});
