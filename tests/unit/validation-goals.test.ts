import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "@/lib/http/errors";
import { goalRefSchema, goalSchema, goalUpdateSchema } from "@/lib/validation/goals";

const base = { accountId: "acc1" };

describe("goals", () => {
  test.each([
    [
      { metric: "account.followers", threshold: "50,000" },
      { metric: "account.followers", threshold: 50_000, videoId: undefined },
    ],
    [
      { metric: "account.views30", threshold: "1", targetDay: "2027-01-31" },
      { metric: "account.views30", threshold: 1, targetDay: "2027-01-31" },
    ],
    [
      { metric: "video.views", videoId: "vid1", threshold: "9000000000000000", label: " Viral " },
      { metric: "video.views", videoId: "vid1", threshold: 9e15, label: "Viral" },
    ],
    // A stray video on a non-video goal is dropped; blank optional fields are absent.
    [
      { metric: "account.views", videoId: "vid1", threshold: "10", targetDay: "", label: "" },
      { metric: "account.views", videoId: undefined, threshold: 10, targetDay: undefined, label: undefined },
    ],
  ])("%j parses", (raw, expected) => {
    expect(goalSchema.parse({ ...base, ...raw })).toMatchObject({ ...base, ...expected });
  });

  test.each([
    [{ metric: "video.views", threshold: "10" }, "videoId", "Choose the video"],
    [{ metric: "account.followers", threshold: "0" }, "threshold", "at least 1"],
    [{ metric: "account.followers", threshold: "9000000000000001" }, "threshold", "too large"],
    [{ metric: "account.followers", threshold: "1.5" }, "threshold", "whole number"],
    [{ metric: "account.followers", threshold: "" }, "threshold", "Enter the number"],
    [{ metric: "account.likes", threshold: "10" }, "metric", "Choose what the goal counts"],
    [{ metric: "account.followers", threshold: "10", targetDay: "2027-02-30" }, "targetDay", "YYYY-MM-DD"],
    [{ metric: "account.followers", threshold: "10", label: "x".repeat(101) }, "label", "under 100"],
  ])("%j is refused on %s", (raw, field, message) => {
    const result = goalSchema.safeParse({ ...base, ...raw });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)[field]?.[0]).toContain(message);
  });

  test("updates and references name the goal", () => {
    expect(
      goalUpdateSchema.parse({ ...base, goalId: "g1", metric: "account.followers", threshold: "5" }),
    ).toMatchObject({ goalId: "g1", threshold: 5 });
    expect(goalUpdateSchema.safeParse({ ...base, metric: "account.followers", threshold: "5" }).success).toBe(false);
    expect(goalRefSchema.parse({ accountId: "acc1", goalId: "g1" })).toEqual({ accountId: "acc1", goalId: "g1" });
  });
});
