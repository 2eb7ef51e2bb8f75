// Prisma's own schema engine, built to WebAssembly, driven through @prisma/adapter-pg.
// It replaces the native engine that `prisma migrate` would download (no internet here).
// The migrations it applies are recorded in `_prisma_migrations` exactly as `prisma migrate deploy` does.
import { readFile, readdir, stat } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine as Engine } from "@prisma/schema-engine-wasm";
import { debugSchemaEngine } from "../../lib/config/index.ts";

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bgPromise: Promise<Bg> | undefined;

// The package's default entry imports the .wasm file as a module, which Node cannot:
// instantiate it here and hand the exports to the JS glue.
function loadEngineModule(): Promise<Bg> {
  bgPromise ??= (async () => {
    // A panic inside the engine reports its message here before the call rejects.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => console.error(`schema engine panic: ${message}`),
    };
    const bg: Bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return bgPromise;
}

// PostgreSQL's catalogs have columns of the internal type "char" (OID 18: pg_constraint.contype,
// confdeltype …) that adapter-pg does not map, so the engine could not describe a schema with foreign
// keys. They hold one-character text: report them to the adapter as text. Used for migrations only.
const PG_CHAR = 18;
const PG_TEXT = 25;
function charAsText(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
  return result;
}
// prisma/orm#29635: PostgreSQL 18 (the embedded server) keeps NOT NULL constraints in pg_constraint (contype 'n'),
// and the describer's constraint query lets them through to code that panics on them, so no diff could run there.
// Skip them as the query already skips primary, unique and foreign keys (column nullability comes from
// pg_attribute). Upstream's fix (prisma/prisma-engines#5819) selects the wanted types instead; drop this with it.
const CONSTRAINT_FILTER = "AND contype NOT IN ('p', 'u', 'f')";
function skipNotNullConstraints(sql: string): string {
  return sql.includes(CONSTRAINT_FILTER)
    ? sql.replace(CONSTRAINT_FILTER, "AND contype NOT IN ('p', 'u', 'f', 'n')")
    : sql;
}
class CatalogCharAsTextClient extends pg.Client {
  // @ts-expect-error -- one override for pg's overloaded query(): the pool calls it with a callback, the adapter with a promise.
  override query(...args: unknown[]) {
    const [first] = args;
    if (typeof first === "string") args[0] = skipNotNullConstraints(first);
    else if (first && typeof first === "object" && typeof (first as { text?: unknown }).text === "string") {
      args[0] = { ...(first as object), text: skipNotNullConstraints((first as { text: string }).text) };
    }
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) => callback(error, charAsText(result));
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return pending instanceof Promise ? pending.then(charAsText) : pending;
  }
}

export async function openSchemaEngine(connectionString: string, quiet = false): Promise<Engine> {
  const bg = await loadEngineModule();
  const datamodel = await readFile(SCHEMA_PATH, "utf8");
  const factory = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString, Client: CatalogCharAsTextClient } as pg.PoolConfig),
  );
  const log = (message: string) => {
    if (!quiet && debugSchemaEngine()) console.error(message);
  };
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, log, factory);
}

export async function readMigrations(): Promise<MigrationList> {
  const names = (await readdir(MIGRATIONS_DIR).catch(() => [] as string[])).sort();
  const migrationDirectories = [];
  for (const name of names) {
    const dir = path.join(MIGRATIONS_DIR, name);
    if (!(await stat(dir)).isDirectory()) continue;
    const content = await readFile(path.join(dir, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok" as const, value }))
      .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
    migrationDirectories.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/** Applies every migration not yet applied; returns the names it applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: noFilter,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database built by the migrations to what schema.prisma describes ("" when they agree).
 * The engine replays the migrations on the database it is connected to, so it gets a scratch database
 * of the server `serverUrl` points at, dropped afterwards.
 */
export async function diffMigrationsToSchema(serverUrl: string, datamodel?: string): Promise<string> {
  return withScratchDatabase(serverUrl, (url) => diffOn(url, datamodel));
}

async function withScratchDatabase<T>(serverUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `milepost_scratch_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      return await run(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

async function diffOn(connectionString: string, schemaText?: string): Promise<string> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const datamodel = schemaText ?? (await readFile(SCHEMA_PATH, "utf8"));
    const migrations = await readMigrations();
    const result = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = (result.stdout ?? "").trim();
    return /^-- This is an empty migration\.?$/.test(sql) ? "" : sql;
  } finally {
    engine.free();
  }
}
