// Which PostgreSQL the scripts use: DATABASE_URL when set, else the embedded one under .data/ — the one `npm start`
// runs when it runs (so the command line, the worker and migrations work beside the app), else started for the
// duration of the command.
import path from "node:path";
import { dataDir, databaseUrl } from "../../lib/config/index.ts";
import { ROOT } from "./schema-engine.ts";
import { ensureDatabase, runningEmbeddedPostgres, startEmbeddedPostgres } from "./embedded-db.ts";

/** Where the embedded database and the generated secret live (MILEPOST_DATA_DIR overrides, e.g. for e2e runs). */
export const DATA_DIR = path.resolve(ROOT, dataDir());
// Absolute from here on, for this process and the ones it starts: lib/secrets finds the generated secret key there
// whatever the working directory.
process.env.MILEPOST_DATA_DIR = DATA_DIR;
export const EMBEDDED_DIR = path.join(DATA_DIR, "pg");
export const EMBEDDED_DATABASE = "milepost";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** This command started the embedded server (none was running). */
  started: boolean;
  /** Stops the embedded server when this command started it; leaves a running one (and DATABASE_URL's) alone. */
  stop(): Promise<void>;
}

/** `log` says what was set up (a moved data folder, copied binaries); the command line passes stderr. */
export async function resolveDatabase({ log = (line: string) => console.error(line) } = {}): Promise<ResolvedDatabase> {
  const own = databaseUrl();
  if (own) return { url: own, embedded: false, started: false, stop: async () => {} };
  const running = await runningEmbeddedPostgres(EMBEDDED_DIR);
  if (running)
    return {
      url: await ensureDatabase(running.serverUrl, EMBEDDED_DATABASE),
      embedded: true,
      started: false,
      stop: async () => {},
    };
  const db = await startEmbeddedPostgres(EMBEDDED_DIR, { log });
  const url = await ensureDatabase(db.serverUrl, EMBEDDED_DATABASE).catch(async (error: unknown) => {
    await db.stop();
    throw error;
  });
  return { url, embedded: true, started: true, stop: () => db.stop() };
}
