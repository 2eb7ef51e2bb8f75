// The database's migrations: Prisma's (schema-engine.ts), then the delivery queue's (pg-boss installs its own schema).
import { installQueue } from "@/lib/notifications/queue";
import { applyMigrations } from "./schema-engine.ts";

/** Applies pending migrations and installs the delivery queue; returns the migrations applied. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const applied = await applyMigrations(url);
  await installQueue(url);
  return applied;
}
