import { describe, expect, test } from "vitest";
import { accountDailyViews, aggregateVideoGains, videoDailyGains } from "@/lib/milestones/gains";
import type { AccountReadingInput, VideoHistoryInput } from "@/lib/milestones/types";

function video(postedOn: string | null, readings: [string, number][], id = "v1"): VideoHistoryInput {
  return { id, postedOn, readings: readings.map(([day, views]) => ({ day, views })) };
}

const entries = (map: ReadonlyMap<string, number>) => [...map];

describe("videoDailyGains", () => {
  test.each<[string, VideoHistoryInput, [string, number][]]>([
    ["no readings", video("2026-03-01", []), []],
    ["one reading, no posted day: all on that day", video(null, [["2026-03-05", 1_200]]), [["2026-03-05", 1_200]]],
    ["posted the same day: all on that day", video("2026-03-05", [["2026-03-05", 1_200]]), [["2026-03-05", 1_200]]],
    [
      "posted after the first reading (bad data): all on the reading's day",
      video("2026-03-09", [["2026-03-05", 10]]),
      [["2026-03-05", 10]],
    ],
    ["posted the day before: all on the first day", video("2026-03-04", [["2026-03-05", 10]]), [["2026-03-05", 10]]],
    [
      "spread from the posted day: days posted+1 … first, remainder last",
      video("2026-03-01", [["2026-03-05", 10]]),
      [
        ["2026-03-02", 2],
        ["2026-03-03", 2],
        ["2026-03-04", 2],
        ["2026-03-05", 4],
      ],
    ],
    [
      "consecutive days: each day its difference",
      video(null, [
        ["2026-03-01", 100],
        ["2026-03-02", 250],
        ["2026-03-03", 251],
      ]),
      [
        ["2026-03-01", 100],
        ["2026-03-02", 150],
        ["2026-03-03", 1],
      ],
    ],
    [
      "a 3-day gap of 10: 3, 3, 4",
      video(null, [
        ["2026-03-01", 0],
        ["2026-03-04", 10],
      ]),
      [
        ["2026-03-02", 3],
        ["2026-03-03", 3],
        ["2026-03-04", 4],
      ],
    ],
    [
      "a 3-day gap of 9 divides evenly",
      video(null, [
        ["2026-03-01", 1],
        ["2026-03-04", 10],
      ]),
      [
        ["2026-03-01", 1],
        ["2026-03-02", 3],
        ["2026-03-03", 3],
        ["2026-03-04", 3],
      ],
    ],
    [
      "a gain smaller than the gap: days of 0 are left out, the last day takes all",
      video(null, [
        ["2026-03-01", 5],
        ["2026-03-06", 7],
      ]),
      [
        ["2026-03-01", 5],
        ["2026-03-06", 2],
      ],
    ],
    [
      "a negative gain across 3 days floors too: -3, -3, -1",
      video(null, [
        ["2026-03-01", 100],
        ["2026-03-04", 93],
      ]),
      [
        ["2026-03-01", 100],
        ["2026-03-02", -3],
        ["2026-03-03", -3],
        ["2026-03-04", -1],
      ],
    ],
    [
      "a negative gain on the next day stays negative",
      video(null, [
        ["2026-03-01", 1_000],
        ["2026-03-02", 990],
      ]),
      [
        ["2026-03-01", 1_000],
        ["2026-03-02", -10],
      ],
    ],
    [
      "an unchanged total leaves the day out",
      video(null, [
        ["2026-03-01", 50],
        ["2026-03-02", 50],
      ]),
      [["2026-03-01", 50]],
    ],
    [
      "gaps across a month and a leap day",
      video("2024-02-27", [["2024-03-01", 7]]),
      [
        ["2024-02-28", 2],
        ["2024-02-29", 2],
        ["2024-03-01", 3],
      ],
    ],
    [
      "counts beyond 2^31",
      video(null, [
        ["2026-03-01", 3_000_000_000],
        ["2026-03-03", 7_000_000_001],
      ]),
      [
        ["2026-03-01", 3_000_000_000],
        ["2026-03-02", 2_000_000_000],
        ["2026-03-03", 2_000_000_001],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    expect(entries(videoDailyGains(input))).toEqual(expected);
  });

  test.each([
    [
      video(null, [
        ["2026-01-01", 5],
        ["2026-01-20", 1_234],
        ["2026-02-11", 1_100],
        ["2026-03-30", 98_765],
      ]),
    ],
    [
      video("2025-12-01", [
        ["2026-01-01", 999],
        ["2026-01-02", 1_000],
        ["2026-04-09", 1_001],
      ]),
    ],
    [
      video("2025-12-31", [
        ["2026-01-07", 3],
        ["2026-01-08", 0],
        ["2026-01-31", 12_345_678],
      ]),
    ],
  ])("gains add up to the latest total (%#)", (input) => {
    const sum = [...videoDailyGains(input).values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe(input.readings.at(-1)!.views);
  });

  test("readings out of order are refused", () => {
    expect(() =>
      videoDailyGains(
        video(null, [
          ["2026-03-02", 1],
          ["2026-03-01", 2],
        ]),
      ),
    ).toThrow(/ascending/);
    expect(() =>
      videoDailyGains(
        video(null, [
          ["2026-03-02", 1],
          ["2026-03-02", 2],
        ]),
      ),
    ).toThrow(/one per day/);
  });
});

describe("aggregateVideoGains", () => {
  test("sums gains per day over videos, ascending, and collects the days with a real reading", () => {
    const a = video(
      null,
      [
        ["2026-03-03", 100],
        ["2026-03-05", 300],
      ],
      "a",
    );
    const b = video("2026-03-01", [["2026-03-03", 40]], "b");
    const { gainsByDay, videoReadingDays } = aggregateVideoGains([a, b]);
    expect(entries(gainsByDay)).toEqual([
      ["2026-03-02", 20],
      ["2026-03-03", 120],
      ["2026-03-04", 100],
      ["2026-03-05", 100],
    ]);
    expect([...videoReadingDays]).toEqual(["2026-03-03", "2026-03-05"]);
  });

  test("a day whose gains cancel out is left out; its reading day stays", () => {
    const a = video(
      null,
      [
        ["2026-03-01", 10],
        ["2026-03-02", 20],
      ],
      "a",
    );
    const b = video(
      null,
      [
        ["2026-03-01", 30],
        ["2026-03-02", 20],
      ],
      "b",
    );
    const { gainsByDay, videoReadingDays } = aggregateVideoGains([a, b]);
    expect(entries(gainsByDay)).toEqual([["2026-03-01", 40]]);
    expect([...videoReadingDays]).toEqual(["2026-03-01", "2026-03-02"]);
  });

  test("no videos: empty", () => {
    const { gainsByDay, videoReadingDays } = aggregateVideoGains([]);
    expect(gainsByDay.size + videoReadingDays.size).toBe(0);
  });
});

describe("accountDailyViews", () => {
  const gains = new Map([
    ["2026-03-01", 100],
    ["2026-03-02", 200],
    ["2026-03-03", 300],
  ]);
  const reading = (day: string, videoViews: number | null): AccountReadingInput => ({ day, followers: 5, videoViews });

  test.each<[string, AccountReadingInput[], [string, number][]]>([
    ["no account readings: the summed gains", [], [...gains]],
    [
      "a reported value overrides the gains of its day only",
      [reading("2026-03-02", 5_000)],
      [
        ["2026-03-01", 100],
        ["2026-03-02", 5_000],
        ["2026-03-03", 300],
      ],
    ],
    ["a reading without videoViews falls back to the gains", [reading("2026-03-02", null)], [...gains]],
    [
      "a reported 0 is kept and overrides",
      [reading("2026-03-03", 0)],
      [
        ["2026-03-01", 100],
        ["2026-03-02", 200],
        ["2026-03-03", 0],
      ],
    ],
    [
      "reported days without any video gains are added, in day order",
      [reading("2026-02-27", 7), reading("2026-03-05", 9)],
      [
        ["2026-02-27", 7],
        ["2026-03-01", 100],
        ["2026-03-02", 200],
        ["2026-03-03", 300],
        ["2026-03-05", 9],
      ],
    ],
  ])("%s", (_name, readings, expected) => {
    expect(entries(accountDailyViews(readings, gains))).toEqual(expected);
  });
});
