import { describe, expect, test } from "vitest";
import { cumulativeDots, markerLabelProps, markersByBucket, spacedLabels } from "@/components/charts/marker-label";
import { BUCKET_OF_RANGE, bucketStart, earningsSeries, lastPerBucket, rangeStart } from "@/lib/time/buckets";
import { DASHBOARD_RANGES } from "@/lib/models/dashboard";

describe("dashboard ranges", () => {
  test.each([
    ["30d", "2026-10-22", "day"],
    ["90d", "2026-08-23", "day"],
    ["1y", "2025-11-21", "week"],
    ["all", null, "month"],
  ] as const)("%s ending 2026-11-20 starts on %s, by %s", (range, start, bucket) => {
    expect(rangeStart(range, "2026-11-20")).toBe(start);
    expect(BUCKET_OF_RANGE[range]).toBe(bucket);
  });

  test("every range a person can pick has a bucket", () => {
    expect(DASHBOARD_RANGES.map((range) => BUCKET_OF_RANGE[range])).toEqual(["day", "day", "week", "month"]);
  });
});

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
    const entries = ["2026-10-30", "2026-11-02", "2026-11-20", "2026-12-01", "2026-12-05"].map((day, i) => ({
      day,
      total: i,
    }));
    expect(lastPerBucket(entries, "month", "2026-11-01", "2026-12-04").map((e) => [e.bucketDay, e.total])).toEqual([
      ["2026-11-01", 2],
      ["2026-12-01", 3],
    ]);
  });
});

describe("earnings series", () => {
  const streams = (cf: number, sp: number) => ({
    creator_fund: { low: cf, high: 2 * cf },
    sponsorships: { low: sp, high: 10 * sp },
    affiliate: { low: 0, high: 0 },
  });
  const estimate = (day: string, cf: number, sp: number) => ({
    day,
    views: 0,
    creatorFundApplies: true,
    streams: streams(cf, sp),
    total: { low: cf + sp, high: 2 * cf + 10 * sp },
  });
  const estimates = [
    estimate("2026-09-30", 5, 1),
    estimate("2026-10-02", 10, 2),
    estimate("2026-10-20", 20, 3),
    estimate("2026-11-03", 30, 4),
  ];

  test("carries the estimate and the logged income forward through buckets that have only one of them", () => {
    const income = [
      { day: "2026-10-01", cumulative: 7_000_000 },
      { day: "2026-12-01", cumulative: 9_000_000 },
    ];
    const points = earningsSeries(estimates, income, 2_000_000, "month", "2026-10-01", "2026-12-10");
    expect(points.map((p) => [p.day, p.low, p.high, p.logged])).toEqual([
      ["2026-10-01", 23, 70, 7_000_000], // the last estimate of October, the income logged to October's end
      ["2026-11-01", 34, 100, 7_000_000], // no income in November: still 7 so far
      ["2026-12-01", 34, 100, 9_000_000], // no views in December: the estimate so far stays
    ]);
    expect(points[1]!.streams).toEqual(streams(30, 4));
  });

  test("a range that starts after the last estimate and before any income in it opens with both running totals", () => {
    const points = earningsSeries(
      estimates,
      [{ day: "2026-12-05", cumulative: 3_000_000 }],
      1_000_000,
      "day",
      "2026-12-01",
      "2026-12-10",
    );
    expect(points).toEqual([{ day: "2026-12-05", low: 34, high: 100, streams: streams(30, 4), logged: 3_000_000 }]);
  });

  test("no estimate and no income: no points; all of history starts from zero", () => {
    expect(earningsSeries([], [], 0, "month", null, "2026-12-10")).toEqual([]);
    expect(earningsSeries([], [{ day: "2026-10-01", cumulative: 5 }], 0, "month", null, "2026-12-10")[0]).toMatchObject(
      { low: 0, high: 0, logged: 5 },
    );
  });
});

describe("marker labels", () => {
  const days = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`);
  test("labels closer than a quarter of the series to the previous label are dropped, the markers kept", () => {
    const markers = [
      { day: "2026-11-10", label: "b" },
      { day: "2026-11-01", label: "a" },
      { day: "2026-11-04", label: "too close to a" },
      { day: "2026-11-06", label: "still too close" },
    ];
    expect(spacedLabels(markers, days).map((m) => [m.label, m.showLabel])).toEqual([
      ["a", true],
      ["too close to a", false],
      ["still too close", false],
      ["b", true],
    ]);
  });

  test("on a short series two labelled buckets are never side by side", () => {
    const months = ["2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"];
    const markers = months.slice(0, 4).map((day) => ({ day, label: day }));
    expect(spacedLabels(markers, months).map((m) => m.showLabel)).toEqual([true, false, true, false]);
  });

  test("several events in one bucket: the first one's label and how many more", () => {
    const marker = (ruleKey: string, bucketDay: string) => ({
      day: bucketDay,
      bucketDay,
      ruleKey,
      kind: "crossed" as const,
      value: 1,
    });
    const markers = [
      marker("account.views.10k", "2026-07-01"),
      marker("video.views.10k", "2026-07-01"),
      marker("unlock.analytics", "2026-07-01"),
      marker("account.views.1k", "2026-06-01"),
    ];
    expect(markersByBucket(markers, ["account.views", "video.views", "unlock."])).toEqual([
      { day: "2026-07-01", label: "10k views +2" },
      { day: "2026-06-01", label: "1k views" },
    ]);
  });

  test("dots on a cumulative line sit at their bucket's total; a marker in a bucket without a point gets none", () => {
    const marker = (ruleKey: string, bucketDay: string) => ({
      day: bucketDay,
      bucketDay,
      ruleKey,
      kind: "crossed" as const,
      value: 1,
    });
    const points = [
      { day: "2026-05-01", cumulative: 90 },
      { day: "2026-06-01", cumulative: 1_200 },
      { day: "2026-07-01", cumulative: 15_000 },
    ];
    const markers = [
      marker("account.views.1k", "2026-06-01"),
      marker("account.views.10k", "2026-07-01"),
      marker("account.views.100k", "2026-08-01"),
    ];
    expect(cumulativeDots(markers, ["account.views"], points)).toEqual([
      { day: "2026-06-01", label: "1k views", y: 1_200, showLabel: true },
      { day: "2026-07-01", label: "10k views", y: 15_000, showLabel: false },
    ]);
    expect(markerLabelProps({ label: "1k views", showLabel: true }, "top", "#000")).toEqual({
      value: "1k views",
      position: "top",
      fontSize: 11,
      fill: "#000",
      className: "marker-label",
    });
    expect(markerLabelProps({ label: "1k views", showLabel: false }, "top", "#000")).toBeUndefined();
  });
});
