import { readFile } from "node:fs/promises";
import pg from "pg";
import { expect, inject, test } from "vitest";
import { SCHEMA_PATH, applyMigrations, diffMigrationsToSchema } from "../../scripts/lib/schema-engine.ts";

test("schema.prisma and prisma/migrations describe the same database", async () => {
  const drift = await diffMigrationsToSchema(inject("databaseServerUrl"));
  expect(drift, "run `npm run db:migration -- <name>` to write the missing migration").toBe("");
});

test("a schema change the migrations lack is reported as drift", async () => {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const changed = schema.replace("model Video {", "model Video {\n  note String?");
  const drift = await diffMigrationsToSchema(inject("databaseServerUrl"), changed);
  expect(drift).toMatch(/ALTER TABLE "videos" ADD COLUMN\s+"note" TEXT/);
});

test("migrations are recorded like `prisma migrate deploy` does, and applying again is a no-op", async () => {
  const url = inject("databaseUrl");
  expect(await applyMigrations(url)).toEqual([]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>(
      "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(rows[0]?.migration_name).toMatch(/^\d{14}_init$/);
  } finally {
    await client.end();
  }
});
