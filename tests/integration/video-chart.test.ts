// One video's views chart against PostgreSQL: each bucket ends on its last reading, the views gained in a bucket
// equal the raw difference of the readings around it, weeks and months bucket like the dashboard, the video's
// milestones sit on their buckets, and nobody else's video is reachable.
import { beforeAll, describe, expect, test } from "vitest";
import { bucketStart } from "@/lib/time/buckets";
import { addDays, dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { prisma } from "@/lib/db/client";
import { DASHBOARD_RANGES, type DashboardRange } from "@/lib/models/dashboard";
import { rangeStart } from "@/lib/time/buckets";
import { getVideoViewsSeries } from "@/lib/db/video-chart";
import { recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { appErrorOf, createCreator, storedVideoReadings } from "./fixtures";
import { NOW, createAccountWithVideos } from "./milestone-fixtures";

const TODAY: Day = "2026-11-20";
const POSTED: Day = "2025-12-20";
const AFTER_TODAY: Day = "2026-11-22";
let creator: string;
let accountId: string;
let otherAccountId: string;
let video: string;
let unposted: string;
let unread: string;

/** The video's readings straight from the table, ascending. */
async function rawReadings(videoId: string): Promise<{ day: Day; views: number }[]> {
  return (await storedVideoReadings({ videoIds: [videoId] })).map((r) => ({ day: r.day, views: r.views }));
}

beforeAll(async () => {
  creator = await createCreator("video-chart");
  const setUp = await createAccountWithVideos(creator, [POSTED, undefined, undefined]);
  accountId = setUp.accountId;
  [video, unposted, unread] = setUp.videoIds as [string, string, string];
  otherAccountId = (await createAccountWithVideos(creator, [])).accountId;
  // Irregular gaps (several readings in a week or a month, gaps across a bucket's edge), a dip once, 10k crossed in the last 30 days.
  const steps = [4, 9, 6, 11, 5, 2, 8];
  let views = 0;
  for (let i = 1, day: Day = "2026-01-05"; day <= TODAY; day = addDays(day, steps[i % steps.length]!), i++) {
    views = i === 20 ? views - 500 : views + 10 * i;
    await recordVideoSnapshot(creator, { accountId, videoId: video, day, views }, NOW);
  }
  await recordVideoSnapshot(creator, { accountId, videoId: video, day: AFTER_TODAY, views: views + 5000 }, NOW);
  for (const [day, n] of [
    ["2026-10-30", 250],
    ["2026-11-02", 400],
    ["2026-11-19", 390],
  ] as const) {
    await recordVideoSnapshot(creator, { accountId, videoId: unposted, day, views: n }, NOW);
  }
});

describe("a video's views series", () => {
  test.each(DASHBOARD_RANGES)(
    "%s: each bucket's last reading, and gains equal the raw difference of readings",
    async (range: DashboardRange) => {
      const series = await getVideoViewsSeries(creator, accountId, video, range, TODAY);
      const from = rangeStart(range, TODAY);
      // The posted day is a reading of 0 before the first one.
      const readings = [{ day: POSTED, views: 0 }, ...(await rawReadings(video))].filter((r) => r.day <= TODAY);
      const inRange = readings.filter((r) => from === null || r.day >= from);
      const lastOf = new Map<Day, number>();
      for (const r of inRange) lastOf.set(bucketStart(r.day, series.bucket, from), r.views);
      expect(series.points.map((p) => [p.day, p.cumulative])).toEqual([...lastOf]);

      const before = from === null ? 0 : (readings.findLast((r) => r.day < from)?.views ?? 0);
      expect(series.points.reduce((sum, p) => sum + p.gained, 0)).toBe(inRange.at(-1)!.views - before);
      series.points.forEach((p, i) =>
        expect(p.gained).toBe(p.cumulative - (i === 0 ? before : series.points[i - 1]!.cumulative)),
      );
      expect(series.points.at(-1)!.cumulative).toBe(readings.at(-1)!.views);
      if (from) expect(series.points[0]!.day >= from).toBe(true);
    },
  );

  test("weeks start on Monday and months on the 1st; days are the readings' days", async () => {
    const year = await getVideoViewsSeries(creator, accountId, video, "1y", TODAY);
    expect(year.bucket).toBe("week");
    expect(year.from).toBe(rangeStart("1y", TODAY));
    for (const p of year.points) expect(p.day === year.from || dayToDate(p.day).getUTCDay() === 1).toBe(true);
    expect(year.points.filter((p) => p.day !== year.from).length).toBeGreaterThan(20);
    // The dip's week: one reading up (190), the dip (−500).
    expect(year.points.find((p) => p.day === "2026-05-04")!.gained).toBe(-310);

    const all = await getVideoViewsSeries(creator, accountId, video, "all", TODAY);
    expect(all.bucket).toBe("month");
    expect(all.from).toBeNull();
    expect(all.points.map((p) => p.day)).toEqual(
      Array.from({ length: 12 }, (_, i) => dateToDay(new Date(Date.UTC(2025, 11 + i, 1)))),
    );
    expect(all.points[0]).toEqual({ day: "2025-12-01", gained: 0, cumulative: 0 });

    const month = await getVideoViewsSeries(creator, accountId, video, "30d", TODAY);
    expect(month.bucket).toBe("day");
    const raw = (await rawReadings(video)).filter((r) => r.day >= "2026-10-22" && r.day <= TODAY);
    expect(month.points.map((p) => p.day)).toEqual(raw.map((r) => r.day));
    expect(month.points.every((p) => p.day !== AFTER_TODAY)).toBe(true);
  });

  test("a week that starts before the range is labelled by the range's first day and counts only the range's readings", async () => {
    // A year back from 2027-02-05 starts on Friday 2026-02-06, inside the week of Monday 2026-02-02.
    const series = await getVideoViewsSeries(creator, accountId, video, "1y", "2027-02-05");
    expect(series.from).toBe("2026-02-06");
    const readings = await rawReadings(video);
    const [feb5, feb7] = [readings.find((r) => r.day === "2026-02-05")!, readings.find((r) => r.day === "2026-02-07")!];
    expect(series.points[0]).toEqual({ day: "2026-02-06", gained: feb7.views - feb5.views, cumulative: feb7.views });
    expect(series.points[1]!.day).toBe("2026-02-09");
  });

  test("without a posted day, the first reading's views are its gain", async () => {
    const series = await getVideoViewsSeries(creator, accountId, unposted, "30d", TODAY);
    expect(series.points).toEqual([
      { day: "2026-10-30", gained: 250, cumulative: 250 },
      { day: "2026-11-02", gained: 150, cumulative: 400 },
      { day: "2026-11-19", gained: -10, cumulative: 390 },
    ]);
    expect(series.markers.map((m) => m.ruleKey)).toEqual(["video.views.100"]);
  });

  test("the video's milestones, each on its bucket, none of another video's", async () => {
    const all = await getVideoViewsSeries(creator, accountId, video, "all", TODAY);
    const stored = await prisma.milestoneCrossing.findMany({
      where: { accountId, subjectType: "video", subjectId: video },
      orderBy: { day: "asc" },
    });
    expect(all.markers.map((m) => m.ruleKey)).toEqual(["video.views.100", "video.views.1k", "video.views.10k"]);
    expect(all.markers.map((m) => m.day)).toEqual(stored.map((c) => dateToDay(c.day)));
    const pointDays = new Set(all.points.map((p) => p.day));
    for (const m of all.markers) {
      expect(m).toMatchObject({ kind: "crossed", bucketDay: `${m.day.slice(0, 7)}-01` });
      expect(pointDays.has(m.bucketDay)).toBe(true);
      expect(all.points.find((p) => p.day === m.bucketDay)!.cumulative).toBeGreaterThanOrEqual(m.value!);
    }
    const quarter = await getVideoViewsSeries(creator, accountId, video, "90d", TODAY);
    expect(quarter.markers.map((m) => [m.ruleKey, m.day, m.bucketDay])).toEqual([
      ["video.views.10k", "2026-10-28", "2026-10-28"],
    ]);
    const year = await getVideoViewsSeries(creator, accountId, video, "1y", TODAY);
    expect(year.markers.map((m) => [m.ruleKey, m.bucketDay])).toEqual([
      ["video.views.100", "2026-01-26"],
      ["video.views.1k", "2026-03-30"],
      ["video.views.10k", "2026-10-26"],
    ]);
    expect((await getVideoViewsSeries(creator, accountId, video, "30d", TODAY)).markers.map((m) => m.ruleKey)).toEqual([
      "video.views.10k",
    ]);
  });

  test("a video without readings has an empty series", async () => {
    const series = await getVideoViewsSeries(creator, accountId, unread, "all", TODAY);
    expect(series).toMatchObject({ points: [], markers: [], bucket: "month" });
  });

  test("another creator's video, or one under another account, is NOT_FOUND", async () => {
    const stranger = await createCreator("video-chart-stranger");
    await appErrorOf(getVideoViewsSeries(stranger, accountId, video, "all", TODAY), "NOT_FOUND");
    await appErrorOf(getVideoViewsSeries(creator, otherAccountId, video, "all", TODAY), "NOT_FOUND");
    await appErrorOf(getVideoViewsSeries(creator, accountId, "no-such-video", "90d", TODAY), "NOT_FOUND");
  });
});
