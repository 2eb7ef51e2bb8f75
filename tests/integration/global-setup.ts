// A fresh database for this run: on the server DATABASE_URL points at, or on an embedded
// PostgreSQL when it is unset. Migrated with the real migrations; dropped at the end.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "../../scripts/lib/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-it-"));
  const db = await createFreshDatabase(process.env.DATABASE_URL, path.join(tmp, "pg"));
  project.provide("databaseUrl", db.url);
  project.provide("databaseServerUrl", db.serverUrl);
  return async () => {
    await db.drop();
    await rm(tmp, { recursive: true, force: true });
  };
}
