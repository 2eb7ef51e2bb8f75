// The dashboard's aggregation queries against PostgreSQL: each bucket's sum equals the raw sum of the days it
// covers, cumulative views end on the account's total, and ranges clip to their first day.
import { beforeAll, describe, expect, test } from "vitest";
import { addDays, dateToDay, type Day } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { getDashboardSeries } from "@/lib/db/dashboard";
import { DASHBOARD_RANGES, type DashboardRange } from "@/lib/models/dashboard";
import { rangeStart } from "@/lib/time/buckets";
import { getCumulativeEstimates } from "@/lib/queries/earnings";
import { loadDashboard } from "@/lib/queries/dashboard";
import { logIncome } from "@/lib/services/manage-income";
import { writeReadings, type ReadingsBatch } from "@/lib/services/write-readings";
import { createCreator } from "./fixtures";
import { NOW, createAccountWithVideos } from "./milestone-fixtures";

const TODAY: Day = "2026-11-20";
const FIRST: Day = "2025-09-01";
let creator: string;
let accountId: string;

/** Account views per day straight from the tables, as docs/domain.md "Words" defines them. */
async function rawAccountViews(): Promise<Map<Day, number>> {
  const views = new Map<Day, number>();
  for (const d of await prisma.accountVideoDay.findMany({ where: { accountId } }))
    views.set(dateToDay(d.day), Number(d.gains));
  for (const s of await prisma.accountSnapshot.findMany({ where: { accountId, videoViews: { not: null } } }))
    views.set(dateToDay(s.day), Number(s.videoViews));
  return views;
}

beforeAll(async () => {
  creator = await createCreator("dashboard");
  const setUp = await createAccountWithVideos(creator, ["2025-08-20", undefined]);
  accountId = setUp.accountId;
  const [a, b] = setUp.videoIds as [string, string];
  // Readings every 3rd day for ~15 months (gaps spread gains), reported views on some days, a negative gain once.
  // One bulk write (the import and API path) rather than a write per day: the same stored days, bounded work.
  const batch: ReadingsBatch = { account: [], videos: [] };
  let views = 0;
  for (let i = 0, day = FIRST; day <= TODAY; i++, day = addDays(day, 3)) {
    views += 40 * i;
    const reported = i % 7 === 0 ? { videoViews: 500 + i } : {};
    const bViews = i === 50 ? 900 : 10 * i;
    batch.account.push({ day, followers: 100 + 25 * i, ...reported });
    batch.videos.push({ videoId: a, day, views }, { videoId: b, day, views: bViews });
  }
  await writeReadings(creator, accountId, batch, { now: NOW, source: "api" });
});

describe("dashboard series", () => {
  test.each(DASHBOARD_RANGES)(
    "%s: bucket sums equal the raw sums, cumulative equals the running total",
    async (range: DashboardRange) => {
      const series = await getDashboardSeries(creator, accountId, range, TODAY);
      const raw = await rawAccountViews();
      const from = rangeStart(range, TODAY);
      const inRange = [...raw].filter(([day]) => (from === null || day >= from) && day <= TODAY);
      expect(series.views.reduce((sum, p) => sum + p.views, 0)).toBe(inRange.reduce((sum, [, v]) => sum + v, 0));
      const total = [...raw].filter(([day]) => day <= TODAY).reduce((sum, [, v]) => sum + v, 0);
      expect(series.views.at(-1)!.cumulative).toBe(total);
      for (let i = 1; i < series.views.length; i++) {
        expect(series.views[i]!.cumulative - series.views[i - 1]!.cumulative).toBe(series.views[i]!.views);
        expect(series.views[i]!.day > series.views[i - 1]!.day).toBe(true);
      }
      expect(series.views.length).toBeLessThanOrEqual(100);
      if (from) expect(series.views[0]!.day >= from).toBe(true);
    },
  );

  test("followers: the last reading of each bucket", async () => {
    const month = await getDashboardSeries(creator, accountId, "all", TODAY);
    const snapshots = await prisma.accountSnapshot.findMany({ where: { accountId }, orderBy: { day: "asc" } });
    const lastOfMonth = new Map<string, number>();
    for (const s of snapshots) lastOfMonth.set(dateToDay(s.day).slice(0, 7), Number(s.followers));
    expect(month.followers.map((p) => [p.day.slice(0, 7), p.followers])).toEqual([...lastOfMonth]);
    expect(month.followers[0]!.day).toBe("2025-09-01");
    const days = await getDashboardSeries(creator, accountId, "30d", TODAY);
    expect(days.bucket).toBe("day");
    expect(days.followers.every((p) => p.day >= "2026-10-22" && p.day <= TODAY)).toBe(true);
    expect(days.followers.at(-1)!.followers).toBe(Number(snapshots.at(-1)!.followers));
  });

  test("milestone markers fall in the range, on their bucket", async () => {
    const all = await getDashboardSeries(creator, accountId, "all", TODAY);
    expect(all.markers.map((m) => m.ruleKey)).toEqual(
      expect.arrayContaining(["account.followers.100", "account.followers.1k", "video.views.1k"]),
    );
    for (const m of all.markers) expect(m.bucketDay).toBe(`${m.day.slice(0, 7)}-01`);
    expect(new Set(all.markers.filter((m) => m.ruleKey.startsWith("video.")).map((m) => m.ruleKey)).size).toBe(
      all.markers.filter((m) => m.ruleKey.startsWith("video.")).length,
    );
    const recent = await getDashboardSeries(creator, accountId, "30d", TODAY);
    expect(recent.markers.every((m) => m.day >= "2026-10-22")).toBe(true);
  });

  test("an account without readings has empty series", async () => {
    const empty = await createAccountWithVideos(creator, []);
    const series = await getDashboardSeries(creator, empty.accountId, "90d", TODAY);
    expect(series).toMatchObject({ followers: [], views: [], markers: [], from: "2026-08-23", to: TODAY });
  });

  test("loadDashboard: the earnings band holds the running estimate at each bucket's end", async () => {
    const data = await loadDashboard(creator, accountId, "1y", new Date(`${TODAY}T12:00:00Z`));
    const estimates = (await getCumulativeEstimates(creator, accountId)).filter((e) => e.day <= TODAY);
    expect(data.earnings.length).toBeLessThanOrEqual(54);
    expect(data.earnings.at(-1)).toMatchObject({
      day: "2026-11-16",
      low: estimates.at(-1)!.total.low,
      high: estimates.at(-1)!.total.high,
    });
    expect(data.earnings.at(-1)!.streams).toEqual(estimates.at(-1)!.streams);
    for (const point of data.earnings) expect(point.low).toBeLessThanOrEqual(point.high);
    expect(data.series.bucket).toBe("week");
  });

  test("logged income: bucket sums equal the raw sums, the running total includes what came before the range", async () => {
    const other = await createAccountWithVideos(creator, []);
    const entries: [Day, number][] = [
      ["2025-10-03", 12_500_000],
      ["2026-06-30", 1_000_000],
      ["2026-09-01", 250_000],
      ["2026-09-06", 750_000],
      ["2026-11-20", 40_000_000],
      ["2026-11-21", 99_000_000], // after today: not yet
    ];
    for (const [day, amount] of entries)
      await logIncome(creator, { accountId: other.accountId, day, stream: "brand_deal", amount, note: undefined });
    for (const range of DASHBOARD_RANGES) {
      const series = await getDashboardSeries(creator, other.accountId, range, TODAY);
      const from = rangeStart(range, TODAY);
      const inRange = entries.filter(([day]) => (from === null || day >= from) && day <= TODAY);
      const before = entries.filter(([day]) => from !== null && day < from).reduce((sum, [, a]) => sum + a, 0);
      expect(series.incomeBefore, range).toBe(before);
      expect(
        series.income.reduce((sum, p) => sum + p.amount, 0),
        range,
      ).toBe(inRange.reduce((sum, [, a]) => sum + a, 0));
      expect(series.income.at(-1)?.cumulative ?? before, range).toBe(54_500_000);
    }
    const year = await getDashboardSeries(creator, other.accountId, "1y", TODAY);
    expect(year.income.map((p) => [p.day, p.amount])).toEqual([
      ["2026-06-29", 1_000_000],
      ["2026-08-31", 1_000_000], // one week: Sep 1 and Sep 6
      ["2026-11-16", 40_000_000],
    ]);
    // The chart carries it: no views on this account, so the estimate is zero and the line is the income so far.
    const data = await loadDashboard(creator, other.accountId, "30d", new Date(`${TODAY}T12:00:00Z`));
    expect(data.earnings).toEqual([
      expect.objectContaining({ day: "2026-11-20", low: 0, high: 0, logged: 54_500_000 }),
    ]);
    // Another creator's account reads nothing of it.
    const stranger = await createCreator("dashboard-stranger");
    await expect(getDashboardSeries(stranger, other.accountId, "all", TODAY)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
