// A throwaway, migrated database for a test run.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "./migrate.ts";
import { databaseUrl, startEmbeddedPostgres } from "./embedded-db.ts";

export interface TestDatabase {
  url: string;
  /** URL of the server's maintenance database (for creating more databases). */
  serverUrl: string;
  drop(): Promise<void>;
}

/**
 * Creates `milepost_test_<random>` on the server `baseUrl` names (any database of it), or on an embedded
 * PostgreSQL in `embeddedDir` when `baseUrl` is unset, and applies the migrations.
 */
export async function createFreshDatabase(baseUrl: string | undefined, embeddedDir: string): Promise<TestDatabase> {
  const embedded = baseUrl ? undefined : await startEmbeddedPostgres(embeddedDir, { persistent: false });
  const serverUrl = embedded?.serverUrl ?? baseUrl!;
  const name = `milepost_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = databaseUrl(serverUrl, name);
  await migrateDatabase(url);
  return {
    url,
    serverUrl,
    async drop() {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await embedded?.stop();
    },
  };
}

/** Runs one statement on the server's maintenance database (CREATE or DROP DATABASE). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
