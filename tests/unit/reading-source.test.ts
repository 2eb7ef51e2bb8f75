// Reading sources: the codes video_reading_months stores match the migration's names, and the words the history
// tables show.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { READING_SOURCE_CODES, READING_SOURCES, readingSourceOfCode } from "@/lib/models/readings";
import { countsLiteral, sourcesLiteral } from "@/lib/db/reading-months";
import { readingSourceLabel, replacedFollowersText, replacedReadingText } from "@/lib/format/reading-source";

describe("reading source codes", () => {
  test("each code is the source's place in the video_snapshots view's array (1-based), as the migration names them", () => {
    const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const folder = readdirSync(migrations).find((name) => name.endsWith("_collection"))!;
    const sql = readFileSync(path.join(migrations, folder, "migration.sql"), "utf8");
    expect(sql).toContain(`(ARRAY[${READING_SOURCES.map((s) => `'${s}'`).join(", ")}])[m.sources[d.i]]`);
    expect(sql).toContain(`CREATE TYPE "ReadingSource" AS ENUM (${READING_SOURCES.map((s) => `'${s}'`).join(", ")})`);
    for (const source of READING_SOURCES) {
      expect(READING_SOURCE_CODES[source]).toBe(READING_SOURCES.indexOf(source) + 1);
      expect(readingSourceOfCode(READING_SOURCE_CODES[source])).toBe(source);
    }
    expect([readingSourceOfCode(null), readingSourceOfCode(0), readingSourceOfCode(9)]).toEqual([null, null, null]);
  });
});

describe("sourcesLiteral", () => {
  test("the source's code on each day with a reading, NULL elsewhere", () => {
    const views = countsLiteral([12, null, 0, 9_000_000_000_000_000]);
    expect(sourcesLiteral(views, "collected")).toBe(`{4,NULL,4,4${",NULL".repeat(27)}}`);
    expect(sourcesLiteral(countsLiteral([]), "typed")).toBe(countsLiteral([]));
  });
});

describe("reading source words", () => {
  test("labels, and what a reading replaced", () => {
    expect(READING_SOURCES.map(readingSourceLabel)).toEqual(["Typed", "Imported", "API", "Collected"]);
    expect(readingSourceLabel(null)).toBeNull();
    expect(replacedFollowersText("typed", 1_020)).toBe("replaced typed 1,020");
    expect(replacedFollowersText("api", 7)).toBe("replaced API 7");
    expect(replacedFollowersText(null, null)).toBeNull();
    expect(READING_SOURCES.map(replacedReadingText)).toEqual([
      "replaced a typed reading",
      "replaced an imported reading",
      "replaced an API reading",
      "replaced a collected reading",
    ]);
    expect(replacedReadingText(null)).toBeNull();
  });
});
