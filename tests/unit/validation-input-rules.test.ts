// The shared input rules (issue #11): counts as a form takes them and as JSON takes them, days from 2000-01-01 to
// 9999-12-31 everywhere, ids that can name a record, and text without control characters (PostgreSQL refuses U+0000).
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { DAY_RULE, isCalendarDay, isDay } from "@/lib/time/days";
import { parseDateText } from "@/lib/import/dates";
import { optionalText } from "@/lib/import/values";
import { signUpSchema } from "@/lib/validation/auth";
import { apiTokenSchema } from "@/lib/validation/api-tokens";
import { daySchema, idSchema, isId } from "@/lib/validation/common";
import { countSchema, jsonCountSchema, optionalJsonCountSchema } from "@/lib/validation/counts";
import { incomeSchema } from "@/lib/validation/earnings";
import { goalSchema, pastTargetError } from "@/lib/validation/goals";
import { webhookSchema } from "@/lib/validation/notifications";
import { settingsSchema } from "@/lib/validation/settings";
import { videoSchema } from "@/lib/validation/videos";

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message);

describe("counts typed in a form", () => {
  test.each([
    ["12400", 12_400],
    ["12,400", 12_400],
    ["12 400", 12_400],
    ["1\u00a0234\u00a0567", 1_234_567],
    [" 7 ", 7],
    [42, 42],
  ])("%j is %d", (typed, expected) => {
    expect(countSchema.parse(typed)).toBe(expected);
  });

  test.each([
    ["0x10", "Enter a whole number, like 12400 or 12,400."],
    ["1e3", "Enter a whole number, like 12400 or 12,400."],
    ["1_000", "Enter a whole number, like 12400 or 12,400."],
    ["12,40", "Enter a whole number, without decimals."],
    ["1,5", "Enter a whole number, without decimals."],
    ["1.5", "Enter a whole number, without decimals."],
    ["1,2345", "Enter a whole number, without decimals."],
    ["12,400 500", "Enter a whole number, like 12400 or 12,400."],
    ["-3", "Counts cannot be negative."],
    ["Infinity", "Enter a whole number, like 12400 or 12,400."],
    ["9,000,000,000,000,001", "That number is too large (at most 9,000,000,000,000,000)."],
  ])("%j is refused with one message: %s", (typed, message) => {
    expect(messages(countSchema, typed)).toEqual([message]);
  });
});

describe("counts in JSON", () => {
  test.each([
    [0, 0],
    [1200, 1200],
    ["1200", 1200],
    ["007", 7],
    [9e15, 9e15],
    ["9000000000000000", 9e15],
  ])("%j is %d", (sent, expected) => {
    expect(jsonCountSchema.parse(sent)).toBe(expected);
  });

  test.each([
    ["0x10", "whole number"],
    ["1e3", "whole number"],
    ["1_000", "whole number"],
    ["12,400", "whole number"],
    [" 12", "whole number"],
    ["", "whole number"],
    [null, "whole number"],
    [true, "whole number"],
    [[1], "whole number"],
    [-0, "send 0, not -0"],
    [-1, "cannot be negative"],
    ["-1", "cannot be negative"],
    [1.5, "without decimals"],
    ["1.5", "without decimals"],
    [9e15 + 2, "too large"],
    [1e300, "too large"],
    ["9007199254740993", "too large"],
    ["9".repeat(400), "too large"],
  ])("%j is refused with one message (%s)", (sent, part) => {
    const refused = messages(jsonCountSchema, sent);
    expect(refused).toHaveLength(1);
    expect(refused![0]).toContain(part);
  });

  test("an optional count may be left out, not sent as an empty string", () => {
    expect(optionalJsonCountSchema.parse(undefined)).toBeUndefined();
    expect(optionalJsonCountSchema.safeParse("").success).toBe(false);
  });
});

describe("days: one rule everywhere", () => {
  test.each([
    ["2000-01-01", true],
    ["2026-11-24", true],
    ["9999-12-31", true],
    ["1999-12-31", false],
    ["0000-01-01", false],
    ["0001-01-01", false],
    ["2026-02-29", false],
    ["2026-1-1", false],
    ["+02026-01-01", false],
  ])("isDay(%j) is %s", (day, expected) => {
    expect(isDay(day)).toBe(expected);
  });

  test("a calendar day outside the range is still a calendar day, but not a day Milepost takes", () => {
    expect([isCalendarDay("1999-12-31"), isDay("1999-12-31")]).toEqual([true, false]);
  });

  test.each([["0000-01-01"], ["1969-12-31"], ["2026-02-30"], ["2026-11-24T00:00"]])(
    "%j gets the one message, from every schema",
    (day) => {
      expect(messages(daySchema, day)).toEqual([DAY_RULE]);
      expect(
        videoSchema.safeParse({ accountId: "a", platformId: "1", postedOn: day }).error!.issues.map((i) => i.message),
      ).toEqual([DAY_RULE]);
      expect(
        incomeSchema
          .safeParse({ accountId: "a", day, stream: "other", amount: "1" })
          .error!.issues.map((i) => i.message),
      ).toEqual([DAY_RULE]);
      expect(
        goalSchema
          .safeParse({ accountId: "a", metric: "account.followers", threshold: "5", targetDay: day })
          .error!.issues.map((i) => i.message),
      ).toEqual([DAY_RULE]);
    },
  );

  test.each([["0000-01-01"], ["1999-12-31"], ["Dec 31, 1999"]])(
    "a TikTok export's %j is refused as outside the range, not misread",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, reason: "is not between 2000-01-01 and 9999-12-31" });
    },
  );

  test.each([
    ["2026-11-23", "Nov 23, 2026 has already passed in UTC (today is Nov 24, 2026): choose today or a later day."],
    ["2026-11-24", undefined],
    ["2026-11-25", undefined],
  ])("a goal's target day %s: %s", (day, message) => {
    expect(pastTargetError(day, "UTC", new Date("2026-11-24T12:00:00Z"))).toBe(message);
  });
});

describe("ids and text", () => {
  test.each([["cm3abc123"], ["7d8f0a52-1c1e-4b8e-9a55-0a1b2c3d4e5f"], ["2026-11-24"], ["a".repeat(64)]])(
    "%j can be an id",
    (id) => {
      expect(isId(id)).toBe(true);
      expect(idSchema.parse(id)).toBe(id);
    },
  );

  test.each([["\u0000"], ["abc\u0000"], ["a\u0007"], ["a b"], ["a/b"], ["é"], ["a".repeat(65)], [""]])(
    "%j cannot",
    (id) => {
      expect(isId(id)).toBe(false);
      expect(idSchema.safeParse(id).success).toBe(false);
    },
  );

  test("a title read from a TikTok export loses its U+0000 (PostgreSQL's text cannot hold it); line breaks stay", () => {
    expect(optionalText("Morning\u0000 routine\nday 2")).toBe("Morning routine\nday 2");
    expect(optionalText("\u0000")).toBeNull();
  });

  test.each([
    ["a video title", videoSchema, { accountId: "a", platformId: "1", title: "Hi\u0000" }, "title"],
    ["a video URL", videoSchema, { accountId: "a", url: "https://example.com/\u0000" }, "url"],
    [
      "a goal label",
      goalSchema,
      { accountId: "a", metric: "account.followers", threshold: "5", label: "x\u0000" },
      "label",
    ],
    [
      "an income note",
      incomeSchema,
      { accountId: "a", day: "2026-01-01", stream: "other", amount: "1", note: "n\u0000" },
      "note",
    ],
    ["a token name", apiTokenSchema, { name: "t\u0000" }, "name"],
    ["a display name", settingsSchema, { name: "n\u0000" }, "name"],
    ["a sign-up name", signUpSchema, { name: "n\u0000", email: "a@example.com", password: "long enough" }, "name"],
    ["a webhook URL", webhookSchema, { url: "https://example.com/\u0000", format: "json" }, "url"],
  ] as const)("%s with a NUL is refused, naming the field once", (_what, schema, input, field) => {
    const issues = (schema as z.ZodType).safeParse(input).error!.issues;
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      [field, expect.stringContaining("control character")],
    ]);
  });

  test.each([
    [
      "a video title (a caption)",
      videoSchema,
      { accountId: "a", platformId: "1", title: "Morning routine\nday 2\r\n\twith tabs" },
    ],
    [
      "an income note",
      incomeSchema,
      { accountId: "a", day: "2026-01-01", stream: "other", amount: "1", note: "first line\nsecond line" },
    ],
  ] as const)("%s may run over several lines: line breaks and tabs are kept", (_what, schema, input) => {
    expect((schema as z.ZodType).safeParse(input).success).toBe(true);
  });
});
