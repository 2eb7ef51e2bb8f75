// The command line on the embedded database, as a newcomer uses it: `npm run milepost -- …` (the real script, as a
// child process) with DATABASE_URL unset, on a data folder of its own — with nothing running, and while `npm start`'s
// embedded PostgreSQL runs on that folder (started here by the same code run.ts uses). Failures are sentences.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hashToken } from "@/lib/services/manage-api-tokens";
import {
  ensureDatabase,
  runningEmbeddedPostgres,
  startEmbeddedPostgres,
  type EmbeddedDb,
} from "../../scripts/lib/embedded-db.ts";
import { processIsAlive } from "../../scripts/lib/postgres-server.ts";
import { runMilepost, type CliRun } from "../support/milepost-cli";

function milepost(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return runMilepost(args, { env, timeoutMs: 150_000 });
}

let tmp: string;
let embedded: Record<string, string>;
let server: EmbeddedDb | undefined;
const EMAIL = `newcomer-${Date.now()}@example.test`;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-cli-data-"));
  embedded = { DATABASE_URL: "", MILEPOST_DATA_DIR: tmp };
});
afterAll(async () => {
  await server?.stop();
  await rm(tmp, { recursive: true, force: true });
}, 60_000);

describe("npm run milepost on the embedded database", () => {
  test("with nothing running, a command starts the embedded database, migrates it, and stops it afterwards", async () => {
    const created = await milepost(embedded, "user:create", "--email", EMAIL, "--password", "correct horse");
    expect(created.stderr).not.toContain("undefined");
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain(`Created ${EMAIL}`);
    expect(await runningEmbeddedPostgres(path.join(tmp, "pg"))).toBeNull();
  }, 180_000);

  test("while npm start's embedded database runs, commands use it and leave it running; the token stands alone on its line", async () => {
    server = await startEmbeddedPostgres(path.join(tmp, "pg"));
    const url = await ensureDatabase(server.serverUrl, "milepost");

    const run = await milepost(embedded, "token:create", "--email", EMAIL, "--name", "beside the app");
    expect(run.stderr).not.toContain("undefined");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(2); // the token, then the end of its line
    expect(lines[0]).toMatch(/^mp_[\w-]{40,}$/);
    expect(run.stderr).toContain("It is shown this once");

    expect(processIsAlive(server.pid)).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT t.name FROM api_tokens t JOIN creators c ON c.id = t.creator_id WHERE c.email = $1 AND t.token_hash = $2",
        [EMAIL, hashToken(lines[0]!)],
      );
      expect(rows).toEqual([{ name: "beside the app" }]);
    } finally {
      await client.end();
    }
  }, 180_000);

  test("a database out of reach is said in a sentence with what to do, not `undefined` or a stack", async () => {
    const run = await milepost(
      { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nothing?connect_timeout=5" },
      "user:create",
      "--email",
      "x@example.test",
      "--password",
      "correct horse",
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^Milepost cannot reach its database \(.+\)\. Check that the PostgreSQL in DATABASE_URL runs and accepts connections, then run the command again\.$/,
    );
    expect(run.stderr).not.toContain("undefined");
  }, 120_000);
});
