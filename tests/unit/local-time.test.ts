import { describe, expect, test } from "vitest";
import { zonedInstant } from "@/lib/time/local-time";

describe("zonedInstant: a wall-clock time in a zone as an instant", () => {
  test.each([
    ["UTC", "2026-12-02", 22 * 3600, "2026-12-02T22:00:00.000Z"],
    ["Asia/Tokyo", "2026-12-02", 22 * 3600 + 59 * 60 + 59, "2026-12-02T13:59:59.000Z"],
    ["America/Los_Angeles", "2026-12-02", 22 * 3600, "2026-12-03T06:00:00.000Z"], // PST, UTC−8
    ["America/Los_Angeles", "2026-07-02", 22 * 3600, "2026-07-03T05:00:00.000Z"], // PDT, UTC−7
    ["Asia/Kolkata", "2026-12-02", 22 * 3600 + 1800, "2026-12-02T17:00:00.000Z"], // +05:30
    ["Pacific/Chatham", "2026-12-02", 0, "2026-12-01T10:15:00.000Z"], // +13:45 in summer
    // The days clocks change: 22:00 is after the change either way.
    ["Europe/Berlin", "2026-03-29", 22 * 3600, "2026-03-29T20:00:00.000Z"],
    ["Europe/Berlin", "2026-10-25", 22 * 3600, "2026-10-25T21:00:00.000Z"],
  ])("%s, %s + %i s → %s", (zone, day, seconds, expected) => {
    expect(zonedInstant(zone, day, seconds).toISOString()).toBe(expected);
  });

  test("a time skipped by the spring change falls an hour later", () => {
    expect(zonedInstant("Europe/Berlin", "2026-03-29", 2.5 * 3600).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});
