import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  parseTikTokExport,
  planTikTokImport,
  readTikTokFiles,
  suggestExportDay,
  type AccountDay,
  type ImportFile,
} from "@/lib/import";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/tiktok");
const fixture = (name: string, as = name): ImportFile => ({
  name: as,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
});

/** An Overview day: video views, profile views, likes, comments, shares (and new followers). */
function overview(
  day: string,
  [videoViews, profileViews, likes, comments, shares, newFollowers]: (number | undefined)[],
): AccountDay {
  const values = { videoViews, profileViews, likes, comments, shares, newFollowers };
  return { day, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) };
}

describe("one export: Overview, FollowerHistory and Content across the new year (exported 2026-01-05)", async () => {
  const plan = await parseTikTokExport(
    [fixture("Overview.csv"), fixture("FollowerHistory.csv"), fixture("Content.csv")],
    {
      exportDay: "2026-01-05",
    },
  );

  test("account days: Overview's daily figures (negative kept, `undefined` left out) merged with the follower totals", () => {
    expect(plan.account).toEqual([
      overview("2025-12-29", [310, 12, 25, 2, 1]),
      overview("2025-12-30", [1204, 37, 96, 8, 3, 5]),
      { ...overview("2025-12-31", [2210, 51, 180, 12, 6, 9]), followers: 1021 },
      { ...overview("2026-01-01", [-14, 4, -2, 0, 0, -1]), followers: 1020, followerChange: -1 },
      { ...overview("2026-01-02", [3518, 88, 301, 25, 14, 17]), followers: 1037, followerChange: 17 },
      { ...overview("2026-01-03", [987, 20, 75, 4, 2, 3]), followers: 1040, followerChange: 3 },
      { ...overview("2026-01-04", [1530, 33, 120, 9, 5, 6]), followers: 1046, followerChange: 6 },
    ]);
  });

  test("videos: one reading each on the export day, identified by the id in the link", () => {
    expect(plan.videos).toEqual([
      {
        platformId: "7441234567890123458",
        url: "https://www.tiktok.com/@example.creator/video/7441234567890123458",
        title: "Two lines\nof title",
        postedOn: "2025-11-02",
        day: "2026-01-05",
        views: 30_450,
        likes: 1200,
        comments: 87,
        shares: 44,
      },
      {
        platformId: "7451234567890123456",
        url: "https://www.tiktok.com/@example.creator/video/7451234567890123456",
        title: 'Morning run, day 1 "no excuses"',
        postedOn: "2025-12-30",
        day: "2026-01-05",
        views: 5120,
        likes: 410,
        comments: 22,
        shares: 9,
      },
      {
        platformId: "7451234567890123457",
        url: "https://www.tiktok.com/@example.creator/video/7451234567890123457?is_from_webapp=1",
        title: null,
        postedOn: "2026-01-02",
        day: "2026-01-05",
        views: 1874,
        comments: 3,
        shares: 0,
      },
      {
        platformId: "7451234567890123459",
        url: "https://www.tiktok.com/@example.creator/photo/7451234567890123459",
        title: null,
        postedOn: "2026-01-04",
        day: "2026-01-05",
        views: 260,
        likes: 7,
        comments: 1,
        shares: 0,
      },
    ]);
  });

  test("the short link is reported on its line (the title before it spans two lines)", () => {
    expect(plan.problems).toEqual([
      {
        file: "Content.csv",
        line: 6,
        message: 'Video link "https://vm.tiktok.com/ZMabcdefg/" has no video id (expected …/video/<id>).',
      },
    ]);
  });

  test("files", () => {
    expect(plan.exportDay).toBe("2026-01-05");
    expect(plan.files).toEqual([
      { name: "Overview.csv", kind: "overview", rows: 7, firstDay: "2025-12-29", lastDay: "2026-01-04" },
      { name: "FollowerHistory.csv", kind: "follower-history", rows: 5, firstDay: "2025-12-31", lastDay: "2026-01-04" },
      { name: "Content.csv", kind: "content", rows: 4, firstDay: "2026-01-05", lastDay: "2026-01-05" },
    ]);
  });
});

describe("month names in the interface language, across the new year (exported 2026-01-03)", () => {
  test.each(["pt", "fr", "de", "it"])("Overview-%s.csv", async (language) => {
    const plan = await parseTikTokExport([fixture(`Overview-${language}.csv`)], { exportDay: "2026-01-03" });
    expect(plan.problems).toEqual([]);
    expect(plan.account).toEqual([
      overview("2025-12-30", [500, 20, 41, 3, 2]),
      overview("2025-12-31", [-30, 18, -4, 0, 1]),
      overview("2026-01-01", [720, 25, 60, 5, 2]),
      overview("2026-01-02", [640, 22, 55, 4, 3]),
    ]);
  });
});

describe("a malformed row in the middle", async () => {
  const plan = await parseTikTokExport([fixture("Overview-malformed.csv")], { exportDay: "2026-03-09" });

  test("every unreadable row is reported with its file and line", () => {
    expect(plan.problems).toEqual([
      { file: "Overview-malformed.csv", line: 4, message: 'Video Views "12k" is not a whole number.' },
      { file: "Overview-malformed.csv", line: 5, message: "The row has 3 fields; the header has 6." },
      { file: "Overview-malformed.csv", line: 6, message: 'Date "Smarch 5" is not a date Milepost can read.' },
      {
        file: "Overview-malformed.csv",
        line: 7,
        message: "The row cannot be read: a quote inside a quoted field is not doubled.",
      },
    ]);
  });

  test("the other rows are still read", () => {
    expect(plan.account).toEqual([
      overview("2026-03-01", [100, 1, 10, 1, 0]),
      overview("2026-03-02", [120, 2, 12, 0, 1]),
      overview("2026-03-06", [-25, 2, 3, 0, 0]),
      overview("2026-03-07", [150, 5, 14, 3, 2]),
      overview("2026-03-08", [160, 6, 15, 2, 1]),
    ]);
    expect(plan.files).toEqual([
      { name: "Overview-malformed.csv", kind: "overview", rows: 5, firstDay: "2026-03-01", lastDay: "2026-03-08" },
    ]);
  });
});

describe("re-importing an overlapping export: the newer one wins", () => {
  const merged = [
    overview("2026-02-22", [400, 10, 30, 2, 1]),
    overview("2026-02-23", [410, 11, 31, 2, 1]),
    overview("2026-02-24", [420, 12, 32, 2, 1]),
    // The newer export left Profile Views `undefined` on this day: the older value stays.
    overview("2026-02-25", [431, 13, 33, 2, 1, 4]),
    overview("2026-02-26", [445, 14, 34, 3, 1, 5]),
    overview("2026-02-27", [452, 15, 35, 2, 1, 6]),
    overview("2026-02-28", [470, 17, 36, 2, 2, 7]),
    overview("2026-03-01", [480, 18, 37, 2, 1, 8]),
    overview("2026-03-02", [490, 19, 38, 3, 1, 9]),
    overview("2026-03-03", [500, 20, 39, 3, 2, 10]),
  ];
  const older = fixture("Overview-2026-03-01.csv", "Overview (1).csv");
  const newer = fixture("Overview-2026-03-04.csv", "Overview (2).csv");

  test.each([
    ["older file first", [older, newer]],
    ["newer file first: newer is the file whose days end later, not the later upload", [newer, older]],
  ])("%s", async (_name, files) => {
    const plan = await parseTikTokExport(files, { exportDay: "2026-03-04" });
    expect(plan.problems).toEqual([]);
    expect(plan.account).toEqual(merged);
  });

  test("two files ending on the same day: the later upload wins", async () => {
    const text = readFileSync(path.join(FIXTURES, "Overview-2026-03-01.csv"), "utf8");
    const revised = { name: "Overview-again.csv", bytes: new TextEncoder().encode(text.replace('"460"', '"465"')) };
    const plan = await parseTikTokExport([older, revised], { exportDay: "2026-03-01" });
    expect(plan.account.find((day) => day.day === "2026-02-28")?.videoViews).toBe(465);
    const reversed = await parseTikTokExport([revised, older], { exportDay: "2026-03-01" });
    expect(reversed.account.find((day) => day.day === "2026-02-28")?.videoViews).toBe(460);
  });

  test("the same Content twice gives one reading per video and day; two Contents of different days give two", async () => {
    const content = readFileSync(path.join(FIXTURES, "Content.csv"), "utf8");
    const later = {
      name: "Content-later.csv",
      bytes: new TextEncoder().encode(content.replaceAll("2026-01-05", "2026-01-09").replace('"5120"', '"6000"')),
    };
    const plan = await parseTikTokExport([fixture("Content.csv"), fixture("Content.csv", "Content copy.csv"), later], {
      exportDay: "2026-01-09",
    });
    expect(plan.videos.filter((v) => v.platformId === "7451234567890123456").map((v) => [v.day, v.views])).toEqual([
      ["2026-01-05", 5120],
      ["2026-01-09", 6000],
    ]);
    expect(plan.videos).toHaveLength(8);
  });
});

describe("suggestExportDay", () => {
  test.each<[string, string[], string, unknown]>([
    [
      "Content's Time",
      ["Overview.csv", "Content.csv"],
      "2026-02-10",
      { day: "2026-01-05", basis: "content-time", file: "Content.csv" },
    ],
    [
      "the day after Overview's last row",
      ["Overview.csv"],
      "2026-02-10",
      { day: "2026-01-05", basis: "last-row", file: "Overview.csv" },
    ],
    [
      "the day after FollowerHistory's last row",
      ["FollowerHistory.csv"],
      "2026-01-05",
      { day: "2026-01-05", basis: "last-row", file: "FollowerHistory.csv" },
    ],
    [
      "the newest of several exports",
      ["Overview-2026-03-04.csv", "Overview-2026-03-01.csv"],
      "2026-03-20",
      { day: "2026-03-04", basis: "last-row", file: "Overview-2026-03-04.csv" },
    ],
    [
      "never after today",
      ["Content.csv"],
      "2026-01-03",
      { day: "2026-01-03", basis: "content-time", file: "Content.csv" },
    ],
    ["nothing to go on: today", [], "2026-02-10", { day: "2026-02-10", basis: "today", file: null }],
  ])("%s", async (_name, names, today, expected) => {
    const source = await readTikTokFiles(names.map((name) => fixture(name)));
    expect(suggestExportDay(source, today)).toEqual(expected);
  });

  test("a changed export day re-plans from the files already read", async () => {
    const source = await readTikTokFiles([fixture("Overview.csv")]);
    const plan = planTikTokImport(source, { exportDay: "2027-01-05" });
    expect(plan.account.map((d) => d.day)).toEqual([
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
      "2027-01-04",
    ]);
  });

  test("an export day that is not a day is refused", async () => {
    const source = await readTikTokFiles([]);
    expect(() => planTikTokImport(source, { exportDay: "05/01/2026" })).toThrow(RangeError);
  });
});
