// The database's migrations: Prisma's (schema-engine.ts), then the delivery queue's (pg-boss installs its own schema).
import pg from "pg";
import { installQueues } from "@/lib/jobs/queue";
import { applyMigrations, readMigrations } from "./schema-engine.ts";

/** Applies pending migrations and installs the delivery queue; returns the migrations applied. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const applied = await applyMigrations(url);
  await installQueues(url);
  return applied;
}

/** The migrations not applied yet (all of them on an empty database): a cheap check before starting the schema engine. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client
      .query<{ name: string }>(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
      .catch((error: { code?: string }) => {
        if (error.code === "42P01") return { rows: [] }; // no _prisma_migrations table: nothing applied
        throw error;
      });
    const applied = new Set(rows.map((row) => row.name));
    return (await readMigrations()).migrationDirectories
      .map((migration) => migration.path)
      .filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}
