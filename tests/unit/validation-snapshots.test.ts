import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "@/lib/http/errors";
import { formDataToObject } from "@/lib/http/form-data";
import {
  accountSnapshotUpdateSchema,
  beforePostedError,
  futureDayError,
  recordDaySchema,
  videoReadingSchema,
} from "@/lib/validation/snapshots";

const base = { accountId: "acc", videoId: "vid", day: "2026-11-24" };

describe("counts", () => {
  test.each([
    ["0", 0],
    [0, 0],
    ["12,400", 12400],
    [" 1 200 ", 1200],
    ["9000000000000000", 9e15],
    [9e15, 9e15],
    ["4294967296", 2 ** 32],
  ])("views %j is accepted as %d", (views, expected) => {
    expect(videoReadingSchema.parse({ ...base, views }).views).toBe(expected);
  });

  test.each([
    ["", "Enter a number."],
    [undefined, "Enter a number."],
    ["-1", "Counts cannot be negative."],
    [-1, "Counts cannot be negative."],
    ["1.5", "without decimals"],
    ["9000000000000001", "too large"],
    [9e15 + 2, "too large"],
    ["12k", "whole number"],
  ])("views %j is refused (%s)", (views, message) => {
    const result = videoReadingSchema.safeParse({ ...base, views });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!).views?.[0]).toContain(message);
  });

  test.each([
    ["", undefined],
    ["0", 0],
    ["3,000,000,000", 3e9],
  ])("an optional figure %j becomes %j", (likes, expected) => {
    expect(videoReadingSchema.parse({ ...base, views: "1", likes }).likes).toBe(expected);
  });
});

describe("days", () => {
  test.each([
    ["2026-11-24", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["24.11.2026", false],
    ["", false],
  ])("day %j is valid: %s", (day, valid) => {
    expect(videoReadingSchema.safeParse({ ...base, day, views: "1" }).success).toBe(valid);
  });

  test.each([
    // 10:00 UTC on Nov 24: Nov 24 in Los Angeles and London, already Nov 25 on Kiritimati (UTC+14).
    ["2026-11-24", "America/Los_Angeles", false],
    ["2026-11-25", "America/Los_Angeles", true],
    ["2026-11-25", "Pacific/Kiritimati", false],
    ["2026-11-26", "Pacific/Kiritimati", true],
    ["2020-01-01", "UTC", false],
    ["2026-11-25", "Europe/London", true],
  ])("%s in %s is in the future: %s", (day, zone, future) => {
    expect(futureDayError(day, zone, new Date("2026-11-24T10:00:00Z")) !== undefined).toBe(future);
  });

  test.each([
    ["2026-11-09", "2026-11-10", true],
    ["2026-11-10", "2026-11-10", false],
    ["2026-11-11", "2026-11-10", false],
    ["2026-11-09", null, false],
  ])("a reading on %s of a video posted %s is too early: %s", (day, postedOn, early) => {
    expect(beforePostedError(day, postedOn) !== undefined).toBe(early);
  });
});

describe("record today", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return formDataToObject(data);
  };

  test("dotted names become video rows; empty views are kept as undefined (skipped later)", () => {
    const input = recordDaySchema.parse(
      form([
        ["accountId", "acc"],
        ["day", "2026-11-24"],
        ["followers", "1,000"],
        ["videos.0.videoId", "v0"],
        ["videos.0.views", ""],
        ["videos.1.videoId", "v1"],
        ["videos.1.views", "5"],
      ]),
    );
    expect(input.followers).toBe(1000);
    expect(input.videos).toEqual([
      { videoId: "v0", views: undefined },
      { videoId: "v1", views: 5 },
    ]);
  });

  test.each<[string, [string, string][], Record<string, string>]>([
    [
      "a bad video row",
      [
        ["followers", "1"],
        ["videos.0.videoId", "v0"],
        ["videos.0.views", "-3"],
      ],
      { "videos.0.views": "negative" },
    ],
    ["figures without followers", [["likes", "4"]], { followers: "Enter followers" }],
    [
      "nothing at all",
      [
        ["videos.0.videoId", "v0"],
        ["videos.0.views", ""],
      ],
      { followers: "at least one video" },
    ],
    [
      "a future-looking bad day",
      [
        ["day", "2026-13-01"],
        ["followers", "1"],
      ],
      { day: "YYYY-MM-DD" },
    ],
  ])("%s is reported on its input", (_what, entries, expected) => {
    const result = recordDaySchema.safeParse(form([["accountId", "acc"], ["day", "2026-11-24"], ...entries]));
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    for (const [field, message] of Object.entries(expected)) expect(errors[field]?.join(" ")).toContain(message);
  });

  test("only video views, without followers, is enough", () => {
    expect(
      recordDaySchema.safeParse(
        form([
          ["accountId", "acc"],
          ["day", "2026-11-24"],
          ["videos.0.videoId", "v0"],
          ["videos.0.views", "9"],
        ]),
      ).success,
    ).toBe(true);
  });
});

test("an account reading requires followers and keeps the optional figures", () => {
  const parsed = accountSnapshotUpdateSchema.parse({
    accountId: "a",
    snapshotId: "s",
    day: "2026-11-24",
    followers: "10",
    videoViews: "",
    shares: "2",
  });
  expect(parsed).toMatchObject({ followers: 10, videoViews: undefined, shares: 2 });
  expect(
    accountSnapshotUpdateSchema.safeParse({ accountId: "a", snapshotId: "s", day: "2026-11-24", followers: "" })
      .success,
  ).toBe(false);
});
