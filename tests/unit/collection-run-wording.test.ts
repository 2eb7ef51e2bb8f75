import { describe, expect, test } from "vitest";
import {
  collectedText,
  runOutcomeText,
  runProgressText,
  triggerLabel,
  type RunProgress,
} from "@/lib/format/collection-run";

const run = (fields: Partial<RunProgress>): RunProgress => ({
  status: "running",
  videos: null,
  videoTotal: null,
  videosCreated: null,
  followers: null,
  error: null,
  ...fields,
});

describe("a collection run in words", () => {
  test("progress while it is queued and runs, none once it ended", () => {
    expect(runProgressText(run({ status: "queued" }))).toBe("Waiting for the collector to start…");
    expect(runProgressText(run({}))).toBe("Reading the account…");
    expect(runProgressText(run({ videos: 40, videoTotal: 1200 }))).toBe("Reading videos… 40 of 1,200");
    expect(runProgressText(run({ status: "succeeded" }))).toBeNull();
  });

  test("the outcome with formatted counts", () => {
    expect(runOutcomeText(run({ status: "succeeded", followers: 1020, videos: 120, videosCreated: 3 }))).toBe(
      "Collected: 1,020 followers, 120 videos (3 new).",
    );
    expect(collectedText({ followers: 1, videos: 1, videosCreated: 0 })).toBe("1 follower, 1 video");
    expect(runOutcomeText(run({ status: "failed", error: "TikTok was busy." }))).toBe(
      "The collection failed: TikTok was busy.",
    );
    expect(runOutcomeText(run({ status: "needs_reconnecting" }))).toContain("reconnect TikTok");
    expect(runOutcomeText(run({ status: "interrupted" }))).toContain("nothing of it was written");
    expect(runOutcomeText(run({ status: "running" }))).toBeNull();
  });

  test("triggers", () => {
    expect(triggerLabel("schedule")).toBe("Daily");
    expect(triggerLabel("now")).toBe("Collect now");
    expect(triggerLabel("cli")).toBe("Command line");
  });
});
