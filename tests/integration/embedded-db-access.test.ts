// A clone in root's home folder (mode 0700, the usual place in a container): the embedded PostgreSQL runs as user
// postgres, which cannot enter it. Reproduced with a 0700 folder holding the data folder and (through a symbolic
// link, as cheap as a copy of node_modules) the package's binaries; the system folder is the test's own.
// Only meaningful as root: as another user PostgreSQL runs as that user, who reaches whatever it reaches.
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.ts";
import { packagedNativeDir, postgresUser, unreachableFolder } from "../../scripts/lib/postgres-access.ts";

const asRoot = os.userInfo().uid === 0;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-0700-"));
  await chmod(tmp, 0o755);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function query(serverUrl: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!asRoot)("the embedded PostgreSQL of a clone under a 0700 folder (as root)", () => {
  test("starts: its binaries are copied and its data kept where user postgres can reach them, and it says so", async () => {
    const home = path.join(tmp, "root-home");
    await mkdir(home, { mode: 0o700 });
    await chmod(home, 0o700);
    const nativeDir = path.join(home, "native");
    await symlink(await packagedNativeDir(), nativeDir);
    const dataDir = path.join(home, "milepost/.data/pg");
    const systemDir = path.join(tmp, "system");
    expect(unreachableFolder(path.join(nativeDir, "bin"), postgresUser()!)).toBe(home);

    const lines: string[] = [];
    const db = await startEmbeddedPostgres(dataDir, { nativeDir, systemDir, log: (line) => lines.push(line) });
    try {
      await query(db.serverUrl, "CREATE TABLE kept AS SELECT 42 AS answer");
    } finally {
      await db.stop();
    }
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The embedded PostgreSQL's data is kept in ${systemDir}/data-\\w+/pg \\(${dataDir} links there\\): user postgres cannot enter ${home} \\(mode 0700\\)\\.$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^PostgreSQL's binaries were copied to ${systemDir}/postgresql-[\\w.-]+: user postgres cannot enter ${home} \\(mode 0700\\)\\.$`,
        ),
      ),
    ]);
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(realpathSync(dataDir).startsWith(`${systemDir}/`)).toBe(true);
    const copies = (await readdir(systemDir)).filter((name) => name.startsWith("postgresql-"));
    expect(copies).toHaveLength(1);
    expect(existsSync(path.join(systemDir, copies[0]!, "bin/postgres"))).toBe(true);

    // The next start finds both again: nothing copied or moved twice, the data kept.
    const again: string[] = [];
    const second = await startEmbeddedPostgres(dataDir, { nativeDir, systemDir, log: (line) => again.push(line) });
    try {
      expect(await query(second.serverUrl, "SELECT answer FROM kept")).toEqual([{ answer: 42 }]);
      expect(second.port).toBe(db.port);
    } finally {
      await second.stop();
    }
    expect(again).toEqual([]);
  }, 180_000);

  test("a data folder that already exists out of reach stops before starting anything, saying why and what to set", async () => {
    const home = path.join(tmp, "other-home");
    await mkdir(path.join(home, ".data/pg"), { recursive: true });
    await chmod(home, 0o700);
    const failure = await startEmbeddedPostgres(path.join(home, ".data/pg"), {
      systemDir: path.join(tmp, "system"),
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      `The embedded PostgreSQL runs as user postgres, which cannot reach its data in ${home}/.data/pg (user postgres cannot enter ${home} (mode 0700)): move that folder where the user can reach it and set MILEPOST_DATA_DIR to its parent, or set DATABASE_URL.`,
    );
  });
});
