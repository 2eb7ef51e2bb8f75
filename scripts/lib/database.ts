// Which PostgreSQL the scripts use: DATABASE_URL when set, else the embedded one under .data/.
import path from "node:path";
import { ROOT } from "./schema-engine.ts";
import { startEmbeddedPostgres } from "./embedded-db.ts";

/** Where the embedded database and the generated secret live (MILEPOST_DATA_DIR overrides, e.g. for e2e runs). */
export const DATA_DIR = path.resolve(ROOT, process.env.MILEPOST_DATA_DIR || ".data");

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const db = await startEmbeddedPostgres(path.join(DATA_DIR, "pg"));
  return { url: await db.createDatabase("milepost"), embedded: true, stop: () => db.stop() };
}
