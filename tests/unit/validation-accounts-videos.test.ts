import { describe, expect, test } from "vitest";
import { accountSchema, normalizeHandle } from "@/lib/validation/accounts";
import { settingsSchema } from "@/lib/validation/settings";
import { normalizeVideoUrl, videoSchema } from "@/lib/validation/videos";
import { fieldErrorsOf } from "@/lib/http/errors";

describe("handles", () => {
  test.each([
    ["creator", "creator"],
    ["@Creator", "creator"],
    ["  @dance.moves_2 ", "dance.moves_2"],
    ["https://www.tiktok.com/@Some.One?lang=en", "some.one"],
    ["tiktok.com/@someone/video/123", "someone"],
  ])("%j becomes %j", (raw, handle) => {
    expect(normalizeHandle(raw)).toBe(handle);
    expect(accountSchema.parse({ handle: raw, timeZone: "UTC" }).handle).toBe(handle);
  });

  test.each([
    ["", "Enter the account's handle"],
    ["@", "Enter the account's handle"],
    ["a", "at least 2"],
    ["has space", "only letters"],
    ["émile", "only letters"],
    ["x".repeat(25), "at most 24"],
  ])("%j is refused", (handle, message) => {
    const result = accountSchema.safeParse({ handle, timeZone: "UTC" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!).handle?.[0]).toContain(message);
  });

  test("defaults, time zones and rule sets", () => {
    expect(accountSchema.parse({ handle: "abc", timeZone: "Europe/Berlin" })).toEqual({
      platform: "tiktok",
      handle: "abc",
      timeZone: "Europe/Berlin",
      ruleSet: "article",
    });
    expect(accountSchema.safeParse({ handle: "abc", timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(accountSchema.safeParse({ handle: "abc", timeZone: "UTC", ruleSet: "mine" }).success).toBe(false);
    expect(accountSchema.safeParse({ handle: "abc", timeZone: "UTC", platform: "youtube" }).success).toBe(false);
  });
});

describe("videos", () => {
  test.each([
    [
      "https://www.tiktok.com/@a/video/7301234567890123456?is_from_webapp=1#x",
      "https://www.tiktok.com/@a/video/7301234567890123456",
    ],
    ["http://tiktok.com/@a/video/1/", "https://tiktok.com/@a/video/1"],
    ["https://vm.tiktok.com/ZMabc123/", "https://vm.tiktok.com/ZMabc123"],
    ["https://example.com/clip?id=3", "https://example.com/clip?id=3"],
    ["ftp://example.com/a", null],
    ["javascript:alert(1)", null],
    ["not a url", null],
    ["https://localhost/a", null],
  ])("URL %j is normalised to %j", (raw, expected) => {
    expect(normalizeVideoUrl(raw)).toBe(expected);
  });

  test.each<[string, Record<string, string>, Record<string, unknown> | string]>([
    [
      "a URL only (id taken from it)",
      { url: "https://www.tiktok.com/@a/video/42" },
      { url: "https://www.tiktok.com/@a/video/42", platformId: "42" },
    ],
    ["an id only", { platformId: "42" }, { platformId: "42", url: undefined }],
    ["a non-TikTok URL", { url: "https://youtu.be/x" }, { url: "https://youtu.be/x", platformId: undefined }],
    ["neither", { url: "", platformId: "" }, "url"],
    ["a mismatching id", { url: "https://www.tiktok.com/@a/video/42", platformId: "43" }, "platformId"],
    ["an id with letters", { platformId: "abc" }, "platformId"],
    ["a bad URL", { url: "www" }, "url"],
    ["a bad posted day", { platformId: "1", postedOn: "yesterday" }, "postedOn"],
  ])("%s", (_what, fields, expected) => {
    const result = videoSchema.safeParse({ accountId: "acc", title: "", postedOn: "", ...fields });
    if (typeof expected === "string") {
      expect(result.success).toBe(false);
      expect(Object.keys(fieldErrorsOf(result.error!))).toEqual([expected]);
    } else {
      const data = result.data as Record<string, unknown>;
      for (const [key, value] of Object.entries({ ...expected, title: undefined, postedOn: undefined }))
        expect(data[key], key).toEqual(value);
    }
  });
});

describe("settings", () => {
  test.each([
    [
      { name: " Ada ", isAdult: "on" },
      { name: "Ada", isAdult: true },
    ],
    [{ name: "" }, { name: null, isAdult: false }],
    [{}, { name: null, isAdult: false }],
  ])("%j parses to %j", (raw, expected) => {
    expect(settingsSchema.parse(raw)).toEqual(expected);
  });

  test("a name over 100 characters is refused", () => {
    expect(settingsSchema.safeParse({ name: "x".repeat(101) }).success).toBe(false);
  });
});
