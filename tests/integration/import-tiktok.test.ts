// The TikTok Studio import against PostgreSQL: the preview's counts before anything is written, a run's readings,
// videos, milestones and ONE summary notice, a re-import that replaces instead of duplicating (the newer file
// wins), all or nothing, and another creator's account.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createAccount } from "@/lib/services/manage-accounts";
import { prisma } from "@/lib/db/client";
import { dateToDay } from "@/lib/time/days";
import type { ImportFile } from "@/lib/import";
import { getImportRun } from "@/lib/queries/import-runs";
import { createTikTokImportRun, previewTikTokImport, runTikTokImport } from "@/lib/services/import-tiktok";
import { appErrorOf, createCreator, storedVideoReadings } from "./fixtures";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/tiktok");
const fixture = (name: string, as = name): ImportFile => ({
  name: as,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
});
const csv = (name: string, lines: string[]): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(`\ufeff${lines.join("\n")}\n`),
});

/** The day after the fixture export (2026-01-05). */
const NOW = new Date("2026-01-06T12:00:00Z");
const EXPORT = [fixture("Overview.csv"), fixture("FollowerHistory.csv"), fixture("Content.csv")];

let handles = 0;
async function setUp(label = "import") {
  const creator = await createCreator(label);
  const account = await createAccount(creator, {
    platform: "tiktok",
    handle: `imp.${process.pid}.${handles++}`,
    timeZone: "UTC",
    ruleSet: "article",
  });
  return { creator, accountId: account.id };
}

async function run(creator: string, accountId: string, files: ImportFile[], exportDay: string, now = NOW) {
  const importRun = await createTikTokImportRun(creator, accountId);
  const outcome = await runTikTokImport(creator, accountId, files, { exportDay, now, importRunId: importRun.id });
  return { outcome, runId: importRun.id };
}

/** Everything the import can touch, as plain data: equal before and after means nothing was written. */
async function contents(accountId: string) {
  const [accountRows, videos, videoRows, crossings, notices] = await Promise.all([
    prisma.accountSnapshot.findMany({ where: { accountId }, orderBy: { day: "asc" } }),
    prisma.video.findMany({ where: { accountId }, orderBy: { platformId: "asc" } }),
    storedVideoReadings({ accountId }),
    prisma.milestoneCrossing.findMany({ where: { accountId }, orderBy: [{ ruleKey: "asc" }, { subjectId: "asc" }] }),
    prisma.notificationNotice.findMany({ where: { accountId } }),
  ]);
  return { accountRows, videos, videoRows, crossings, notices };
}

describe("previewTikTokImport", () => {
  test("counts what will be created, every problem row, the suggested export day; nothing written", async () => {
    const { creator, accountId } = await setUp();
    const preview = await previewTikTokImport(creator, accountId, EXPORT, { now: NOW });
    expect(preview.suggestion).toEqual({ day: "2026-01-05", basis: "content-time", file: "Content.csv" });
    expect(preview.exportDay).toBe("2026-01-05");
    // Seven Overview days; Dec 29 and Dec 30 have no follower count anywhere, so five can be imported.
    expect(preview.accountDays).toEqual({ create: 5, replace: 0, firstDay: "2025-12-31", lastDay: "2026-01-04" });
    expect(preview.videos.create.map((v) => v.platformId)).toEqual([
      "7441234567890123458",
      "7451234567890123456",
      "7451234567890123457",
      "7451234567890123459",
    ]);
    expect(preview.videos.existing).toEqual([]);
    expect(preview.videoReadings).toEqual({ create: 4, replace: 0 });
    expect(preview.problems).toEqual([
      {
        file: "Content.csv",
        line: 6,
        message: 'Video link "https://vm.tiktok.com/ZMabcdefg/" has no video id (expected …/video/<id>).',
      },
      { file: "Overview.csv", line: 3, message: expect.stringMatching(/^Dec 29, 2025: no follower count/) },
      { file: "Overview.csv", line: 4, message: expect.stringMatching(/^Dec 30, 2025: no follower count/) },
    ]);
    expect(preview.blocking).toEqual([]);
    expect(await contents(accountId)).toMatchObject({ accountRows: [], videos: [], videoRows: [] });
  });

  test("after an import: existing videos and replaced days; an export day in the future is blocking", async () => {
    const { creator, accountId } = await setUp();
    await run(creator, accountId, EXPORT, "2026-01-05");
    const preview = await previewTikTokImport(creator, accountId, EXPORT, { now: NOW, exportDay: "2026-01-05" });
    expect(preview.accountDays).toEqual({ create: 0, replace: 5, firstDay: "2025-12-31", lastDay: "2026-01-04" });
    expect(preview.videos.create).toEqual([]);
    expect(preview.videos.existing).toHaveLength(4);
    expect(preview.videoReadings).toEqual({ create: 0, replace: 4 });

    const early = await previewTikTokImport(creator, accountId, [fixture("Overview.csv")], {
      now: new Date("2026-01-02T12:00:00Z"),
      exportDay: "2026-01-05",
    });
    expect(early.blocking.length).toBeGreaterThan(0);
  });

  test("no files → VALIDATION; another creator's account → NOT_FOUND", async () => {
    const { creator, accountId } = await setUp();
    const other = await setUp("other");
    expect(
      (await appErrorOf(previewTikTokImport(creator, accountId, [], { now: NOW }), "VALIDATION")).fields,
    ).toHaveProperty("files");
    await appErrorOf(previewTikTokImport(other.creator, accountId, EXPORT, { now: NOW }), "NOT_FOUND");
  });
});

describe("runTikTokImport", () => {
  test("writes account readings, videos and their readings, milestones, and exactly one summary notice", async () => {
    const { creator, accountId } = await setUp();
    const { outcome, runId } = await run(creator, accountId, EXPORT, "2026-01-05");
    expect(outcome).toMatchObject({ accountWritten: 5, videosWritten: 4, videosCreated: 4, accountDaysSkipped: 2 });

    const stored = await contents(accountId);
    expect(
      stored.accountRows.map((r) => [
        dateToDay(r.day),
        Number(r.followers),
        r.videoViews === null ? null : Number(r.videoViews),
      ]),
    ).toEqual([
      ["2025-12-31", 1021, 2210],
      ["2026-01-01", 1020, -14],
      ["2026-01-02", 1037, 3518],
      ["2026-01-03", 1040, 987],
      ["2026-01-04", 1046, 1530],
    ]);
    expect(stored.videos.map((v) => [v.platformId, v.title, v.postedOn && dateToDay(v.postedOn)])).toEqual([
      ["7441234567890123458", "Two lines\nof title", "2025-11-02"],
      ["7451234567890123456", 'Morning run, day 1 "no excuses"', "2025-12-30"],
      ["7451234567890123457", null, "2026-01-02"],
      ["7451234567890123459", null, "2026-01-04"],
    ]);
    expect(stored.videoRows.map((r) => Number(r.views)).sort((a, b) => a - b)).toEqual([260, 1874, 5120, 30_450]);
    expect(stored.videoRows.every((r) => r.day === "2026-01-05")).toBe(true);

    const rules = stored.crossings.map((c) => c.ruleKey);
    expect(rules).toEqual(expect.arrayContaining(["account.followers.1k", "video.views.1k"]));
    expect(stored.crossings.find((c) => c.ruleKey === "account.followers.1k")?.day).toEqual(
      new Date("2025-12-31T00:00:00Z"),
    );

    const notices = await prisma.notificationNotice.findMany({ where: { creatorId: creator } });
    expect(notices.map((n) => n.kind)).toEqual(["import_summary"]);
    expect(await getImportRun(creator, runId)).toMatchObject({
      status: "done",
      progress: 100,
      finishedAt: expect.any(Date),
    });
  });

  test("importing the same and an overlapping newer export again: no duplicates, the newer values win", async () => {
    const { creator, accountId } = await setUp();
    await run(creator, accountId, EXPORT, "2026-01-05");
    await run(creator, accountId, EXPORT, "2026-01-05");
    const once = await contents(accountId);
    expect([once.accountRows.length, once.videos.length, once.videoRows.length]).toEqual([5, 4, 4]);

    // A later export: Jan 4's followers revised, Jan 5 new; one video's totals as of Jan 5 revised, one new video.
    const newer = [
      csv("FollowerHistory (2).csv", [
        '"Date","Followers","Difference in followers from previous day"',
        '"January 4","1050","10"',
        '"January 5","1060","10"',
      ]),
      csv("Content (2).csv", [
        '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"',
        '"2026-01-05","Morning run","https://www.tiktok.com/@example.creator/video/7451234567890123456","December 30","500","30","10","5600"',
        '"2026-01-05","New one","https://www.tiktok.com/@example.creator/video/7461234567890123456","January 5","1","0","0","40"',
      ]),
    ];
    const preview = await previewTikTokImport(creator, accountId, newer, { now: NOW, exportDay: "2026-01-06" });
    expect(preview.accountDays).toMatchObject({ create: 1, replace: 1 });
    expect(preview.videoReadings).toEqual({ create: 1, replace: 1 });
    await run(creator, accountId, newer, "2026-01-06");

    const after = await contents(accountId);
    expect([after.accountRows.length, after.videos.length, after.videoRows.length]).toEqual([6, 5, 5]);
    const jan4 = after.accountRows.find((r) => dateToDay(r.day) === "2026-01-04")!;
    expect([Number(jan4.followers), Number(jan4.videoViews)]).toEqual([1050, 1530]); // a figure left out keeps the stored one
    const run1 = after.videos.find((v) => v.platformId === "7451234567890123456")!;
    expect(after.videoRows.filter((r) => r.videoId === run1.id).map((r) => Number(r.views))).toEqual([5600]);
    expect((await prisma.notificationNotice.findMany({ where: { creatorId: creator } })).length).toBeLessThanOrEqual(3);
  });

  test("Overview days without followers take the stored reading's count; the newer overlapping Overview wins", async () => {
    const { creator, accountId } = await setUp();
    const followers = csv("FollowerHistory.csv", [
      '"Date","Followers","Difference in followers from previous day"',
      ...["22", "23", "24", "25", "26", "27", "28"].map((d, i) => `"February ${d}","${500 + i}","1"`),
    ]);
    await run(
      creator,
      accountId,
      [fixture("Overview-2026-03-01.csv"), followers],
      "2026-03-01",
      new Date("2026-03-05T12:00:00Z"),
    );
    await run(creator, accountId, [fixture("Overview-2026-03-04.csv")], "2026-03-04", new Date("2026-03-05T12:00:00Z"));
    const rows = (await contents(accountId)).accountRows.map((r) => [
      dateToDay(r.day),
      Number(r.followers),
      Number(r.videoViews),
      Number(r.profileViews),
    ]);
    expect(rows).toEqual([
      ["2026-02-22", 500, 400, 10],
      ["2026-02-23", 501, 410, 11],
      ["2026-02-24", 502, 420, 12],
      ["2026-02-25", 503, 431, 13], // the newer export's views; its `undefined` profile views keep the older 13
      ["2026-02-26", 504, 445, 14],
      ["2026-02-27", 505, 452, 15],
      ["2026-02-28", 506, 470, 17],
    ]);
  });

  test("all or nothing: a future day in the middle of the batch leaves the database exactly as it was", async () => {
    const { creator, accountId } = await setUp();
    await run(creator, accountId, EXPORT, "2026-01-05");
    const before = await contents(accountId);
    const bad = [
      csv("FollowerHistory.csv", [
        '"Date","Followers","Difference in followers from previous day"',
        '"2026-01-03","2000","10"',
        '"2026-01-09","2100","100"', // after today (Jan 6): fails validation, not parsing
        '"2026-01-04","2200","100"',
      ]),
      // A new video: created inside the same transaction, so it must vanish with the rest.
      csv("Content.csv", [
        '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"',
        '"2026-01-05","Fresh","https://www.tiktok.com/@example.creator/video/7471234567890123456","January 5","1","0","0","99000"',
      ]),
    ];
    const { id } = await createTikTokImportRun(creator, accountId);
    const error = await appErrorOf(
      runTikTokImport(creator, accountId, bad, { exportDay: "2026-01-05", now: NOW, importRunId: id }),
      "VALIDATION",
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["account.2.day"]);
    expect(await contents(accountId)).toEqual(before);
    expect(await getImportRun(creator, id)).toMatchObject({
      status: "failed",
      message: expect.stringContaining("Nothing was written"),
    });
  });

  test("an upload past its limits (a cell of 10,001 characters beside a good export) is refused whole: nothing written", async () => {
    const { creator, accountId } = await setUp();
    const huge = csv("Content (2).csv", [
      '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"',
      `"2026-01-05","${"t".repeat(10_001)}","https://www.tiktok.com/@example.creator/video/7471234567890123456","January 5","1","0","0","9"`,
    ]);
    const upload = [...EXPORT, huge];
    const preview = await appErrorOf(previewTikTokImport(creator, accountId, upload, { now: NOW }), "VALIDATION");
    expect(preview.message).toMatch(
      /^Content \(2\)\.csv: line 2 has a cell longer than 10,000 characters; a TikTok upload may hold at most /,
    );
    const { id } = await createTikTokImportRun(creator, accountId);
    await appErrorOf(
      runTikTokImport(creator, accountId, upload, { exportDay: "2026-01-05", now: NOW, importRunId: id }),
      "VALIDATION",
    );
    expect(await contents(accountId)).toMatchObject({
      accountRows: [],
      videos: [],
      videoRows: [],
      crossings: [],
      notices: [],
    });
    expect(await getImportRun(creator, id)).toMatchObject({
      status: "failed",
      message: expect.stringMatching(/^Content \(2\)\.csv: line 2 has a cell longer/),
    });
  });

  test("another creator's account or run → NOT_FOUND, nothing written", async () => {
    const { creator, accountId } = await setUp();
    const other = await setUp("other");
    const { id } = await createTikTokImportRun(creator, accountId);
    await appErrorOf(
      runTikTokImport(other.creator, accountId, EXPORT, { exportDay: "2026-01-05", now: NOW, importRunId: id }),
      "NOT_FOUND",
    );
    await appErrorOf(createTikTokImportRun(other.creator, accountId), "NOT_FOUND");
    await appErrorOf(getImportRun(other.creator, id), "NOT_FOUND");
    expect(await contents(accountId)).toMatchObject({ accountRows: [], videos: [], videoRows: [] });
    expect(await getImportRun(creator, id)).toMatchObject({ status: "running" });
  });
});
