import { describe, expect, test } from "vitest";
import { videoLabel } from "@/lib/format/video-label";

const url = "https://www.tiktok.com/@me/video/7301234567890123456";

describe("videoLabel: how a video is named for people", () => {
  test.each([
    [{ title: "Morning routine", url, platformId: "7301", postedOn: "2025-07-16" }, "Morning routine"],
    // An untitled video is named by the day it was posted, never by its URL (the URL stays its link).
    [{ title: null, url, platformId: "7301", postedOn: "2025-07-16" }, "Video posted Jul 16, 2025"],
    [{ title: "", url, platformId: "7301", postedOn: null }, "Video 7301"],
    [{ title: null, url, platformId: null, postedOn: null }, url],
    [{ title: null, url: null, platformId: null, postedOn: null }, "Video"],
  ])("%o → %s", (video, expected) => {
    expect(videoLabel(video)).toBe(expected);
  });
});
