// npm run db:migrate — applies pending migrations (DATABASE_URL, else the embedded database).
import { migrateDatabase } from "./lib/migrate.ts";
import { resolveDatabase } from "./lib/database.ts";
import { describeFailure } from "./lib/failure.ts";

const db = await resolveDatabase();
try {
  const applied = await migrateDatabase(db.url);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.",
  );
} catch (error) {
  console.error(`Migration failed: ${describeFailure(error)}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
