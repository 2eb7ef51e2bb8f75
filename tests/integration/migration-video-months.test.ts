// The migration to video_reading_months keeps every existing reading: a scratch database migrated up to just before
// it, readings written the old way (one row per video and day, across a leap February), then the migration's SQL;
// the video_snapshots view must give back exactly the readings written, from 31-element month rows.
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { databaseUrl } from "../../scripts/lib/embedded-db.ts";
import { adminQuery } from "../../scripts/lib/test-database.ts";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const TARGET = "20261125011512_video_reading_months";

const serverUrl = inject("databaseServerUrl");
const name = `milepost_test_months_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
let client: pg.Client;

const admin = (sql: string) => adminQuery(serverUrl, sql);

const migrationSql = (folder: string) => readFile(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");

beforeAll(async () => {
  await admin(`CREATE DATABASE "${name}"`);
  client = new pg.Client({ connectionString: databaseUrl(serverUrl, name) });
  await client.connect();
  const folders = (await readdir(MIGRATIONS, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  expect(folders).toContain(TARGET);
  for (const folder of folders.filter((f) => f < TARGET)) await client.query(await migrationSql(folder));
});

afterAll(async () => {
  await client?.end();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

interface OldReading {
  videoId: string;
  day: string;
  views: number;
  likes: number | null;
  comments: number | null;
}

test("existing readings survive the move to month rows, leap day and month ends included", async () => {
  await client.query(
    `INSERT INTO creators (id, email, password_hash, updated_at) VALUES ('c1', 'c1@example.test', 'x', now())`,
  );
  await client.query(
    `INSERT INTO accounts (id, creator_id, handle, time_zone, updated_at) VALUES ('a1', 'c1', 'handle', 'UTC', now())`,
  );
  await client.query(
    `INSERT INTO videos (id, account_id, platform_id, title, updated_at) VALUES ('va', 'a1', '1', 'A', now()), ('vb', 'a1', '2', 'B', now()), ('vc', 'a1', '3', 'C', now())`,
  );

  // Video A: every day from Jan 30 to Mar 2 2028 (33 readings), likes every third day; video B: the month ends only.
  // Video C has no readings and must get no month row.
  const readings: OldReading[] = [];
  for (let i = 0; i < 33; i++) {
    const day = addDays("2028-01-30", i);
    readings.push({ videoId: "va", day, views: 1_000 + 10 * i, likes: i % 3 === 0 ? i : null, comments: null });
  }
  expect(readings.at(-1)!.day).toBe("2028-03-02");
  readings.push(
    { videoId: "vb", day: "2028-01-31", views: 5, likes: 1, comments: 0 },
    { videoId: "vb", day: "2028-02-29", views: 9_007_199_254_740_991, likes: null, comments: 2 },
    { videoId: "vb", day: "2028-03-01", views: 7, likes: 3, comments: null },
  );
  for (const r of readings) {
    await client.query(
      `INSERT INTO video_snapshots (id, video_id, day, views, likes, comments, updated_at) VALUES ($1, $2, $3::date, $4, $5, $6, now())`,
      [randomUUID(), r.videoId, r.day, String(r.views), r.likes, r.comments],
    );
  }

  await client.query(await migrationSql(TARGET));

  const { rows: unfolded } = await client.query<{
    video_id: string;
    day: string;
    views: string;
    likes: string | null;
    comments: string | null;
    shares: string | null;
    saves: string | null;
  }>(
    `SELECT video_id, day::text AS day, views::text, likes::text, comments::text, shares::text, saves::text FROM video_snapshots ORDER BY video_id, day`,
  );
  const optional = (value: string | null) => (value === null ? null : Number(value));
  expect(
    unfolded.map((r) => ({
      videoId: r.video_id,
      day: r.day,
      views: Number(r.views),
      likes: optional(r.likes),
      comments: optional(r.comments),
    })),
  ).toEqual(readings);
  expect(unfolded.every((r) => r.shares === null && r.saves === null)).toBe(true);
  // The largest safe integer survives exactly.
  expect(unfolded.find((r) => r.video_id === "vb" && r.day === "2028-02-29")?.views).toBe("9007199254740991");

  const { rows: months } = await client.query<{ video_id: string; month: string; lengths: number[]; readings: number }>(
    `SELECT video_id, month::text AS month,
            ARRAY[cardinality(views), cardinality(likes), cardinality(comments), cardinality(shares), cardinality(saves)] AS lengths,
            cardinality(array_remove(views, NULL)) AS readings
     FROM video_reading_months ORDER BY video_id, month`,
  );
  expect(months.map((m) => [m.video_id, m.month, m.readings])).toEqual([
    ["va", "2028-01-01", 2],
    ["va", "2028-02-01", 29],
    ["va", "2028-03-01", 2],
    ["vb", "2028-01-01", 1],
    ["vb", "2028-02-01", 1],
    ["vb", "2028-03-01", 1],
  ]);
  for (const m of months) expect(m.lengths).toEqual([31, 31, 31, 31, 31]);

  // February's days 30 and 31 do not exist: their elements stay NULL (not March's readings).
  const { rows: february } = await client.query<{ tail: (string | null)[] }>(
    `SELECT views[29:31] AS tail FROM video_reading_months WHERE video_id = 'va' AND month = '2028-02-01'`,
  );
  expect(february[0]!.tail).toEqual([String(1_000 + 10 * 30), null, null]);

  const { rows: kinds } = await client.query<{ relkind: string }>(
    `SELECT relkind FROM pg_class WHERE relname = 'video_snapshots'`,
  );
  expect(kinds).toEqual([{ relkind: "v" }]); // the old table is gone; a view of the same name replaces it
});
