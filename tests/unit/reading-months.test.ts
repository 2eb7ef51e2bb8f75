// The month-to-a-row helpers: a day and its (month, element) name each other, PostgreSQL's array text round-trips,
// and folding readings into months keeps the last reading of each (video, day).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, type Day } from "@/lib/time/days";
import {
  countsLiteral,
  dayAt,
  dayOfMonth,
  foldIntoMonths,
  MONTH_DAYS,
  monthOf,
  parseCounts,
  unfoldViews,
} from "@/lib/db/reading-months";

describe("monthOf, dayOfMonth, dayAt", () => {
  test.each([
    ["2026-01-01", "2026-01-01", 1],
    ["2026-01-31", "2026-01-01", 31],
    ["2026-11-30", "2026-11-01", 30],
    ["2026-12-31", "2026-12-01", 31],
    ["2028-02-29", "2028-02-01", 29],
    ["2027-02-28", "2027-02-01", 28],
  ])("%s is element %i of %s's month and back", (day, month, index) => {
    expect(monthOf(day)).toBe(month);
    expect(dayOfMonth(day)).toBe(index);
    expect(dayAt(monthOf(day), dayOfMonth(day))).toBe(day);
  });

  test("every day of 2027 and 2028 round-trips", () => {
    for (let day: Day = "2027-01-01"; day < "2029-01-01"; day = addDays(day, 1)) {
      expect(dayAt(monthOf(day), dayOfMonth(day))).toBe(day);
    }
  });
});

describe("parseCounts", () => {
  test.each([
    [null, []],
    ["{}", []],
    ["{5}", [5]],
    ["{1,NULL,3}", [1, null, 3]],
    ["{NULL,NULL}", [null, null]],
    ["{0,9007199254740991}", [0, 9007199254740991]],
  ])("%j gives %j", (text, expected) => {
    expect(parseCounts(text)).toEqual(expected);
  });

  test("reads back what countsLiteral writes", () => {
    const values = Array.from({ length: MONTH_DAYS }, (_, i) => (i % 3 === 0 ? null : i * 1_000_000_007));
    expect(parseCounts(countsLiteral(values))).toEqual(values);
  });
});

describe("countsLiteral", () => {
  const cells = (literal: string) => literal.slice(1, -1).split(",");

  test.each([
    ["no values", []],
    ["a few values", [1, undefined, null, 4]],
    ["more than a month", Array.from({ length: 40 }, (_, i) => i)],
  ])("%s: always 31 cells", (_, values: (number | null | undefined)[]) => {
    expect(cells(countsLiteral(values))).toHaveLength(MONTH_DAYS);
  });

  test("null and undefined are NULL, numbers are written in full", () => {
    expect(cells(countsLiteral([7, null, undefined, 9007199254740991])).slice(0, 5)).toEqual([
      "7",
      "NULL",
      "NULL",
      "9007199254740991",
      "NULL",
    ]);
    expect(countsLiteral([])).toBe(`{${Array(MONTH_DAYS).fill("NULL").join(",")}}`);
  });
});

describe("unfoldViews", () => {
  test("the readings of a month, ascending, NULLs skipped", () => {
    const views = Array<number | null>(MONTH_DAYS).fill(null);
    views[0] = 10;
    views[28] = 20;
    expect(unfoldViews("2028-02-01", views)).toEqual([
      { day: "2028-02-01", views: 10 },
      { day: "2028-02-29", views: 20 },
    ]);
    expect(unfoldViews("2028-02-01", [])).toEqual([]);
  });
});

describe("foldIntoMonths", () => {
  const slots = (entries: Record<number, number>) => {
    const out = Array<number | null>(MONTH_DAYS).fill(null);
    for (const [day, value] of Object.entries(entries)) out[Number(day) - 1] = value;
    return out;
  };

  test("a month boundary (and a leap day) splits readings into one entry per video and month", () => {
    const months = foldIntoMonths([
      { videoId: "a", day: "2028-01-31", views: 1 },
      { videoId: "a", day: "2028-02-01", views: 2 },
      { videoId: "a", day: "2028-02-29", views: 3 },
      { videoId: "a", day: "2028-03-01", views: 4 },
      { videoId: "b", day: "2028-02-29", views: 5 },
    ]);
    expect(months).toEqual([
      { videoId: "a", month: "2028-01-01", figures: { views: slots({ 31: 1 }) }, readings: 1 },
      { videoId: "a", month: "2028-02-01", figures: { views: slots({ 1: 2, 29: 3 }) }, readings: 2 },
      { videoId: "a", month: "2028-03-01", figures: { views: slots({ 1: 4 }) }, readings: 1 },
      { videoId: "b", month: "2028-02-01", figures: { views: slots({ 29: 5 }) }, readings: 1 },
    ]);
  });

  test("a day named twice keeps the later row's figures (an earlier figure stays where the later row gives none)", () => {
    const [month, ...rest] = foldIntoMonths([
      { videoId: "a", day: "2028-01-15", views: 100, likes: 5, comments: 1 },
      { videoId: "a", day: "2028-01-16", views: 150 },
      { videoId: "a", day: "2028-01-15", views: 120, likes: 7 },
    ]);
    expect(rest).toEqual([]);
    expect(month!.figures.views).toEqual(slots({ 15: 120, 16: 150 }));
    expect(month!.figures.likes).toEqual(slots({ 15: 7 }));
    expect(month!.figures.comments).toEqual(slots({ 15: 1 }));
  });

  test("readings counts distinct days", () => {
    const [month] = foldIntoMonths([
      { videoId: "a", day: "2028-01-01", views: 1 },
      { videoId: "a", day: "2028-01-01", views: 2 },
      { videoId: "a", day: "2028-01-31", views: 3 },
      { videoId: "a", day: "2028-01-01", views: 4 },
    ]);
    expect(month!.readings).toBe(2);
  });

  test("a figure's slots exist only when some reading of the month gives it (null counts as not given)", () => {
    const months = foldIntoMonths([
      { videoId: "a", day: "2028-01-10", views: 1, likes: null, saves: 0 },
      { videoId: "a", day: "2028-02-10", views: 2, shares: 3 },
    ]);
    expect(Object.keys(months[0]!.figures).sort()).toEqual(["saves", "views"]);
    expect(months[0]!.figures.saves).toEqual(slots({ 10: 0 }));
    expect(Object.keys(months[1]!.figures).sort()).toEqual(["shares", "views"]);
    for (const month of months)
      for (const values of Object.values(month.figures)) expect(values).toHaveLength(MONTH_DAYS);
  });

  test("no rows, no months", () => {
    expect(foldIntoMonths([])).toEqual([]);
  });

  test("property: folding then unfolding views gives the last reading per (video, day), sorted", () => {
    const reading = fc.record({
      videoId: fc.constantFrom("a", "b", "c"),
      day: fc.integer({ min: 0, max: 800 }).map((n) => addDays("2027-11-15", n)),
      views: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
    });
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 200 }), (rows) => {
        const last = new Map<string, { videoId: string; day: Day; views: number }>();
        for (const row of rows) last.set(`${row.videoId} ${row.day}`, row);
        const expected = [...last.values()].sort((x, y) => (x.videoId + x.day < y.videoId + y.day ? -1 : 1));

        const months = foldIntoMonths(rows);
        const unfolded = months
          .flatMap((m) => unfoldViews(m.month, m.figures.views ?? []).map((r) => ({ videoId: m.videoId, ...r })))
          .sort((x, y) => (x.videoId + x.day < y.videoId + y.day ? -1 : 1));
        expect(unfolded).toEqual(expected);
        expect(months.reduce((sum, m) => sum + m.readings, 0)).toBe(expected.length);
        for (const m of months) expect(m.readings).toBeGreaterThan(0);
      }),
    );
  });
});
