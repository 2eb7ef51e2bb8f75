import { describe, expect, test } from "vitest";
import { bucketStart, lastPerBucket } from "@/lib/dashboard-buckets";

describe("dashboard buckets", () => {
  test.each([
    ["2026-11-24", "day", null, "2026-11-24"],
    ["2026-11-24", "week", null, "2026-11-23"], // a Tuesday → Monday
    ["2026-11-23", "week", null, "2026-11-23"],
    ["2026-11-29", "week", null, "2026-11-23"], // Sunday
    ["2026-11-24", "month", null, "2026-11-01"],
    ["2026-11-24", "month", "2026-11-10", "2026-11-10"], // clipped to the range
  ] as const)("%s by %s (from %s) starts on %s", (day, bucket, from, start) => {
    expect(bucketStart(day, bucket, from)).toBe(start);
  });

  test("the last entry of each bucket inside the range", () => {
    const entries = ["2026-10-30", "2026-11-02", "2026-11-20", "2026-12-01", "2026-12-05"].map((day, i) => ({ day, total: i }));
    expect(lastPerBucket(entries, "month", "2026-11-01", "2026-12-04").map((e) => [e.bucketDay, e.total])).toEqual([
      ["2026-11-01", 2],
      ["2026-12-01", 3],
    ]);
  });
});
