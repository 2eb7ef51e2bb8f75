import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { parseTikTokExport, readTikTokFiles, type ImportFile } from "@/lib/import";
import { buildXlsx } from "@/tests/fixtures/tiktok/xlsx";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/tiktok");
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const zip = (entries: Record<string, Uint8Array>) => zipSync(entries);
const kinds = async (files: ImportFile[]) => {
  const source = await readTikTokFiles(files);
  return { tables: source.tables.map((t) => [t.file, t.kind, t.headerMatched]), problems: source.problems };
};

describe("ZIP files as TikTok gives them", () => {
  test("one ZIP per section, several at once: the same plan as the bare CSV files", async () => {
    const zips: ImportFile[] = [
      {
        name: "Overview.zip",
        bytes: zip({ "Overview.csv": bytesOf("Overview.csv"), "__MACOSX/._Overview.csv": strToU8("junk") }),
      },
      { name: "Followers.zip", bytes: zip({ "FollowerHistory.csv": bytesOf("FollowerHistory.csv") }) },
      { name: "Content.zip", bytes: zip({ "Content.csv": bytesOf("Content.csv") }) },
    ];
    const bare = ["Overview.csv", "FollowerHistory.csv", "Content.csv"].map((name) => ({ name, bytes: bytesOf(name) }));
    const fromZips = await parseTikTokExport(zips, { exportDay: "2026-01-05" });
    const fromCsv = await parseTikTokExport(bare, { exportDay: "2026-01-05" });
    expect(fromZips.account).toEqual(fromCsv.account);
    expect(fromZips.videos).toEqual(fromCsv.videos);
    expect(fromZips.account).toHaveLength(7);
    expect(fromZips.videos).toHaveLength(4);
    expect(fromZips.files.map((f) => [f.name, f.kind, f.rows])).toEqual([
      ["Overview.zip/Overview.csv", "overview", 7],
      ["Followers.zip/FollowerHistory.csv", "follower-history", 5],
      ["Content.zip/Content.csv", "content", 4],
    ]);
    expect(fromZips.problems).toEqual([
      {
        file: "Content.zip/Content.csv",
        line: 6,
        message: 'Video link "https://vm.tiktok.com/ZMabcdefg/" has no video id (expected …/video/<id>).',
      },
    ]);
  });

  test.each<[string, ImportFile[], unknown]>([
    [
      "kind comes from the header row, whatever the file is called",
      [
        { name: "tiktok-export (3).CSV", bytes: bytesOf("Overview.csv") },
        { name: "data.txt", bytes: bytesOf("FollowerHistory.csv") },
        { name: "OVERVIEW.csv", bytes: bytesOf("Content.csv") },
      ],
      {
        tables: [
          ["tiktok-export (3).CSV", "overview", true],
          ["data.txt", "follower-history", true],
          ["OVERVIEW.csv", "content", true],
        ],
        problems: [],
      },
    ],
    [
      "a ZIP inside a ZIP, folders inside",
      [{ name: "All.zip", bytes: zip({ "export/Overview.zip": zip({ "Overview.csv": bytesOf("Overview-it.csv") }) }) }],
      { tables: [["All.zip/export/Overview.zip/Overview.csv", "overview", true]], problems: [] },
    ],
    [
      "a file of another section is skipped with a note",
      [
        {
          name: "Followers.zip",
          bytes: zip({ "FollowerGender.csv": strToU8('\uFEFF"Gender","Distribution"\r\n"Female","0.52"\r\n') }),
        },
      ],
      {
        tables: [],
        problems: [
          {
            file: "Followers.zip/FollowerGender.csv",
            line: null,
            message:
              'Not an Overview, FollowerHistory or Content export (its first row is "Gender","Distribution"); skipped.',
          },
        ],
      },
    ],
    [
      "a header in another language: the file name and column count say what it is",
      [
        {
          name: "Overview.csv",
          bytes: strToU8(
            '"Fecha","Visualizaciones","Visitas al perfil","Me gusta","Comentarios","Compartidos"\n"8 de marzo","10","1","2","0","0"\n',
          ),
        },
      ],
      { tables: [["Overview.csv", "overview", false]], problems: [] },
    ],
    [
      "a broken ZIP",
      [{ name: "Overview.zip", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }],
      { tables: [], problems: [{ file: "Overview.zip", line: null, message: "Not a readable ZIP file; skipped." }] },
    ],
    [
      "an empty ZIP",
      [{ name: "Overview.zip", bytes: zip({ "__MACOSX/": new Uint8Array(0) }) }],
      { tables: [], problems: [{ file: "Overview.zip", line: null, message: "The ZIP file holds no files." }] },
    ],
  ])("%s", async (_name, files, expected) => {
    expect(await kinds(files)).toEqual(expected);
  });

  test("a header in another language is read by position", async () => {
    const bytes = strToU8(
      '"Fecha","Visualizaciones","Visitas al perfil","Me gusta","Comentarios","Compartidos"\n"8 de marzo","10","1","2","0","-3"\n',
    );
    const plan = await parseTikTokExport([{ name: "Overview.csv", bytes }], { exportDay: "2026-03-09" });
    expect(plan.account).toEqual([
      { day: "2026-03-08", videoViews: 10, profileViews: 1, likes: 2, comments: 0, shares: -3 },
    ]);
  });
});

describe("XLSX", () => {
  test("an Overview workbook: yearless Italian dates, numbers as numbers, a bad cell reported on its sheet row", async () => {
    const bytes = buildXlsx(
      [
        ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"],
        ["30 dicembre", 500, 20, 41, 3, 2],
        ["31 dicembre", -30, 18, -4, 0, 1],
        ["1 gennaio", "n/a", 25, 60, 5, 2],
        ["2 gennaio", 640, 22, "undefined", 4, 3],
      ],
      { firstRow: 2 },
    );
    const plan = await parseTikTokExport([{ name: "Overview.xlsx", bytes }], { exportDay: "2026-01-03" });
    expect(plan.account).toEqual([
      { day: "2025-12-30", videoViews: 500, profileViews: 20, likes: 41, comments: 3, shares: 2 },
      { day: "2025-12-31", videoViews: -30, profileViews: 18, likes: -4, comments: 0, shares: 1 },
      { day: "2026-01-02", videoViews: 640, profileViews: 22, comments: 4, shares: 3 },
    ]);
    expect(plan.problems).toEqual([
      { file: "Overview.xlsx", line: 5, message: 'Video Views "n/a" is not a whole number.' },
    ]);
    expect(plan.files).toEqual([
      { name: "Overview.xlsx", kind: "overview", rows: 3, firstDay: "2025-12-30", lastDay: "2026-01-02" },
    ]);
  });

  test("a Content workbook inside a ZIP, with an empty title and a large count", async () => {
    const bytes = buildXlsx([
      [
        "Time",
        "Video title",
        "Video link",
        "Post time",
        "Total likes",
        "Total comments",
        "Total shares",
        "Total views",
      ],
      [
        "2026-03-04",
        "Recipe: lemon & salt <3",
        "https://www.tiktok.com/@example.creator/video/7461234567890123401",
        "28 févr.",
        90,
        4,
        2,
        12_345_678,
      ],
      [
        "2026-03-04",
        null,
        "https://www.tiktok.com/@example.creator/video/7461234567890123402",
        "2026-03-03 21:15:00",
        0,
        0,
        0,
        0,
      ],
    ]);
    const plan = await parseTikTokExport([{ name: "Content.zip", bytes: zip({ "Content.xlsx": bytes }) }], {
      exportDay: "2026-03-04",
    });
    expect(plan.problems).toEqual([]);
    expect(plan.videos).toEqual([
      {
        platformId: "7461234567890123401",
        url: "https://www.tiktok.com/@example.creator/video/7461234567890123401",
        title: "Recipe: lemon & salt <3",
        postedOn: "2026-02-28",
        day: "2026-03-04",
        views: 12_345_678,
        likes: 90,
        comments: 4,
        shares: 2,
      },
      {
        platformId: "7461234567890123402",
        url: "https://www.tiktok.com/@example.creator/video/7461234567890123402",
        title: null,
        postedOn: "2026-03-03",
        day: "2026-03-04",
        views: 0,
        likes: 0,
        comments: 0,
        shares: 0,
      },
    ]);
    expect(plan.files.map((f) => f.name)).toEqual(["Content.zip/Content.xlsx"]);
  });

  test("a workbook that cannot be read is reported", async () => {
    const broken = zip({ "xl/workbook.xml": strToU8("<workbook>"), "[Content_Types].xml": strToU8("<Types/>") });
    const source = await readTikTokFiles([{ name: "Overview.xlsx", bytes: broken }]);
    expect(source.problems).toEqual([
      { file: "Overview.xlsx", line: null, message: "Not a readable XLSX workbook; skipped." },
    ]);
  });
});

describe("Content rows that cannot be read", () => {
  const header =
    '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"';
  const link = "https://www.tiktok.com/@example.creator/video/7461234567890123409";
  test.each<[string, string, string]>([
    [
      "no link",
      `"2026-03-04","t","","March 1","1","1","1","10"`,
      'Video link "" is empty; a video is identified by its link.',
    ],
    [
      "no views",
      `"2026-03-04","t","${link}","March 1","1","1","1","undefined"`,
      "Total views is empty; a video reading needs its views.",
    ],
    [
      "a negative total",
      `"2026-03-04","t","${link}","March 1","-1","1","1","10"`,
      'Total likes "-1" is negative; a total cannot be.',
    ],
    [
      "posted after the reading",
      `"2026-03-04","t","${link}","2026-03-05","1","1","1","10"`,
      'Post time "2026-03-05" is after the reading day 2026-03-04.',
    ],
    [
      "an unreadable post time",
      `"2026-03-04","t","${link}","soon","1","1","1","10"`,
      'Post time "soon" is not a date Milepost can read.',
    ],
    [
      "an unreadable time",
      `"yesterday","t","${link}","March 1","1","1","1","10"`,
      'Time "yesterday" is not a date Milepost can read.',
    ],
  ])("%s", async (_name, row, message) => {
    const plan = await parseTikTokExport([{ name: "Content.csv", bytes: strToU8(`${header}\n${row}\n`) }], {
      exportDay: "2026-03-04",
    });
    expect(plan.videos).toEqual([]);
    expect(plan.problems).toEqual([{ file: "Content.csv", line: 2, message }]);
  });

  test("an empty Time falls back to the export day; a yearless one takes its year", async () => {
    const rows = [`"","t","${link}","March 1","1","1","1","10"`, `"March 2","t","${link}","March 1","1","1","1","12"`];
    const plan = await parseTikTokExport([{ name: "Content.csv", bytes: strToU8([header, ...rows].join("\n")) }], {
      exportDay: "2026-03-04",
    });
    expect(plan.videos.map((v) => [v.day, v.postedOn, v.views])).toEqual([
      ["2026-03-02", "2026-03-01", 12],
      ["2026-03-04", "2026-03-01", 10],
    ]);
  });
});
