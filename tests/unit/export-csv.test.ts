import { describe, expect, test } from "vitest";
import { formatCsvCell, writeCsv } from "@/lib/export/csv";
import { accountReadingsCsv, parseMilepostCsv, videoReadingsCsv } from "@/lib/export/milepost-csv";

describe("formatCsvCell", () => {
  test.each([
    ["plain text", "plain text"],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555 0100", "'+1 555 0100"],
    ["-rf /", "'-rf /"],
    ["@handle", "'@handle"],
    ["\tindented", "'\tindented"],
    ["\rreturn", '"\'\rreturn"'],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["two\nlines", '"two\nlines"'],
    ["crlf\r\nline", '"crlf\r\nline"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["", ""],
    ["100", "100"],
  ])("text %j is written as %j", (value, expected) => {
    expect(formatCsvCell(value)).toBe(expected);
  });

  test.each([
    [-12, "-12"],
    [0, "0"],
    [1234567, "1234567"],
    [-0.5, "-0.5"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
  ])("a number or empty %j stays %j (numbers are not escaped)", (value, expected) => {
    expect(formatCsvCell(value)).toBe(expected);
  });

  test("a negative BIGINT stays a number", () => {
    expect(formatCsvCell(-9_000_000_000_000_000n)).toBe("-9000000000000000");
  });
});

describe("writeCsv", () => {
  test("a header, CRLF line ends, every row quoted only where needed", () => {
    expect(
      writeCsv(
        ["day", "title", "views"],
        [
          ["2026-01-02", "Hello, world", -3],
          ["2026-01-03", "=1+1", 7],
        ],
      ),
    ).toBe('day,title,views\r\n2026-01-02,"Hello, world",-3\r\n2026-01-03,\'=1+1,7\r\n');
  });
});

describe("Milepost CSV round trip", () => {
  test("account readings written and read back give the same readings, with lines", () => {
    const rows = [
      { day: "2026-01-01", followers: 10, videoViews: 5, profileViews: null, likes: 1, comments: null, shares: 0 },
      { day: "2026-01-02", followers: 12, videoViews: null, profileViews: 3, likes: null, comments: 2, shares: null },
    ];
    const parsed = parseMilepostCsv("account.csv", accountReadingsCsv(rows));
    expect(parsed.kind).toBe("account");
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed.rows.map((r) => r.reading)).toEqual(
      rows.map((r) => ({
        ...r,
        videoViews: r.videoViews ?? undefined,
        profileViews: r.profileViews ?? undefined,
        likes: r.likes ?? undefined,
        comments: r.comments ?? undefined,
        shares: r.shares ?? undefined,
      })),
    );
  });

  test("a video title that looks like a formula comes back as it was", () => {
    const text = videoReadingsCsv([
      {
        videoId: "v1",
        platformId: "123",
        url: null,
        title: '=cmd|" /C calc"!A0, "quoted"',
        day: "2026-01-01",
        views: 5,
      },
    ]);
    const parsed = parseMilepostCsv("videos.csv", text);
    if (parsed.kind !== "video") throw new Error("expected video readings");
    expect(parsed.rows[0]?.reading.title).toBe('=cmd|" /C calc"!A0, "quoted"');
  });

  test("bad rows are named by line; good rows are kept", () => {
    const text = "day,followers\n2026-01-01,10\n2026-13-01,11\n2026-01-03,-4\n2026-01-04,abc\n2026-01-05,20\n";
    const parsed = parseMilepostCsv("a.csv", text);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 6]);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(parsed.problems[1]?.message).toMatch(/followers: Counts cannot be negative/);
  });

  test("the source column is written (empty when unknown) and ignored on import; files without it read the same", () => {
    const rows = [
      { day: "2026-01-01", followers: 10, source: "collected" as const },
      { day: "2026-01-02", followers: 12, source: null },
    ];
    const text = accountReadingsCsv(rows);
    expect(text).toBe(
      "day,followers,video_views,profile_views,likes,comments,shares,source\r\n2026-01-01,10,,,,,,collected\r\n2026-01-02,12,,,,,,\r\n",
    );
    const withColumn = parseMilepostCsv("account.csv", text);
    const without = parseMilepostCsv("old.csv", "day,followers,video_views\n2026-01-01,10,\n2026-01-02,12,\n");
    expect(withColumn.problems).toEqual([]);
    expect(without.problems).toEqual([]);
    expect(withColumn.rows.map((r) => r.reading)).toEqual(without.rows.map((r) => r.reading));
    expect(withColumn.rows[0]!.reading).not.toHaveProperty("source");

    const videos = videoReadingsCsv([{ platformId: "1", day: "2026-01-01", views: 5, source: "typed" }]);
    expect(videos.split("\r\n")[1]).toBe(",1,,,2026-01-01,5,,,,,typed");
    const parsed = parseMilepostCsv("videos.csv", videos);
    expect(parsed.kind === "video" && parsed.rows[0]!.reading).toMatchObject({ platformId: "1", views: 5 });
  });

  test("a file with neither header is one problem on line 1", () => {
    const parsed = parseMilepostCsv("x.csv", "date,value\n2026-01-01,1\n");
    expect(parsed.problems).toEqual([expect.objectContaining({ file: "x.csv", line: 1 })]);
  });
});
