import { describe, expect, test } from "vitest";
import { addDays, dayIn, isDay, isTimeZone } from "@/lib/time/days";

describe("days", () => {
  test.each([
    ["2026-02-28", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["26-01-01", false],
    ["", false],
  ])("isDay(%j) is %s", (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });

  test.each([
    // 23:30 UTC on Nov 24 is already Nov 25 in Berlin and still Nov 24 in Los Angeles.
    ["Europe/Berlin", "2026-11-24T23:30:00Z", "2026-11-25"],
    ["America/Los_Angeles", "2026-11-24T23:30:00Z", "2026-11-24"],
    ["America/Los_Angeles", "2026-11-25T07:59:00Z", "2026-11-24"],
    ["America/Los_Angeles", "2026-11-25T08:00:00Z", "2026-11-25"],
    ["Pacific/Kiritimati", "2026-11-24T10:00:00Z", "2026-11-25"],
  ])("dayIn(%s) at %s is %s", (zone, instant, expected) => {
    expect(dayIn(zone, new Date(instant))).toBe(expected);
  });

  test("addDays crosses months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  test("isTimeZone accepts IANA names only", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
