import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time/days";
import { accountNextUps, goalStanding, videoNextUpOf, type NextUpInputs } from "@/lib/milestones/next-up-inputs";
import { nextUpForMetric, videoNextUp } from "@/lib/milestones/next-up";
import type { GoalInput, SeriesPoint } from "@/lib/milestones/types";

const D0 = "2026-03-01";
const day = (offset: number) => addDays(D0, offset);
const TODAY = day(10);
const series = (values: number[]): SeriesPoint[] => values.map((value, i) => ({ day: day(i * 3), value }));

const INPUTS: NextUpInputs = {
  ruleSet: "article",
  series: { followers: series([80, 90, 95]), total: series([500, 700, 900]), trailing30: series([500, 700, 900]) },
  videos: [
    {
      id: "v1",
      label: "Dance",
      postedOn: day(0),
      readings: [
        { day: day(3), views: 400 },
        { day: day(6), views: 800 },
      ],
    },
    { id: "v2", label: "https://example.com/v/2", postedOn: null, readings: [] },
  ],
  goalCrossings: [
    { ruleKey: "goal", subjectType: "goal", subjectId: "g-done", day: day(6), value: 90, reachedBy: false },
  ],
};

const goal = (fields: Partial<GoalInput>): GoalInput => ({
  id: "g",
  metric: "account.followers",
  videoId: null,
  threshold: 200,
  targetDay: null,
  ...fields,
});

describe("the account's next up", () => {
  test("each series against the rule set's thresholds, then each video in order", () => {
    const result = accountNextUps(INPUTS, TODAY);
    expect(result.followers).toEqual(nextUpForMetric("account.followers", INPUTS.series.followers, "article", TODAY));
    expect(result.views).toEqual(nextUpForMetric("account.views", INPUTS.series.total, "article", TODAY));
    expect(result.views30).toEqual(nextUpForMetric("account.views30", INPUTS.series.trailing30, "article", TODAY));
    expect(result.followers).toMatchObject({ current: 95, next: 100 });
    expect(result.videos.map((v) => [v.id, v.label])).toEqual([
      ["v1", "Dance"],
      ["v2", "https://example.com/v/2"],
    ]);
    expect(result.videos[0]!.nextUp).toEqual(videoNextUp("article", INPUTS.videos[0]!, TODAY));
    expect(result.videos[0]!.nextUp).toMatchObject({ current: 800, next: 1_000 });
  });

  test("without videos among the inputs (the dashboard's) there are no video rows", () => {
    expect(accountNextUps({ ...INPUTS, videos: [] }, TODAY).videos).toEqual([]);
  });
});

describe("a video's next up", () => {
  test("is the video's own; null for a video not among the inputs", () => {
    expect(videoNextUpOf(INPUTS, "v1", TODAY)).toEqual(videoNextUp("article", INPUTS.videos[0]!, TODAY));
    expect(videoNextUpOf(INPUTS, "missing", TODAY)).toBeNull();
  });
});

describe("where a goal stands", () => {
  test.each<[string, Partial<GoalInput>, number]>([
    ["followers", { metric: "account.followers" }, 95],
    ["account views", { metric: "account.views", threshold: 5_000 }, 900],
    ["views in 30 days", { metric: "account.views30", threshold: 5_000 }, 900],
    ["a video's views (its own readings)", { metric: "video.views", videoId: "v1", threshold: 5_000 }, 800],
    ["a video without readings", { metric: "video.views", videoId: "v2", threshold: 5_000 }, 0],
  ])("counts %s", (_name, fields, current) => {
    expect(goalStanding(goal(fields), INPUTS, TODAY).nextUp.current).toBe(current);
  });

  test("a crossed goal is achieved, with its crossing", () => {
    const standing = goalStanding(goal({ id: "g-done", threshold: 90 }), INPUTS, TODAY);
    expect(standing.status).toBe("achieved");
    expect(standing.crossing).toMatchObject({ subjectId: "g-done", day: day(6) });
  });

  test("no target date, on track and behind", () => {
    expect(goalStanding(goal({}), INPUTS, TODAY)).toMatchObject({ status: "no target date", crossing: null });
    expect(goalStanding(goal({ threshold: 100, targetDay: day(400) }), INPUTS, TODAY).status).toBe("on track");
    expect(goalStanding(goal({ targetDay: day(9) }), INPUTS, TODAY).status).toBe("behind");
  });
});
