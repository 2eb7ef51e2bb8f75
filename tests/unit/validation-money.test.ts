// Dollar amounts as people type them: every reading exact, every doubt refused with one message that says what is wrong.
import { describe, expect, test } from "vitest";
import { readDollars } from "@/lib/validation/money";
import { earningsSettingsSchema, incomeSchema } from "@/lib/validation/earnings";

const MAX = 1_000_000;
const dollars = (micros: number) => micros / 1_000_000;

describe("readDollars: what is read, and as what", () => {
  test.each([
    ["3.4", 3.4],
    ["$3.40", 3.4],
    ["  12 ", 12],
    ["0.02", 0.02],
    [".5", 0.5],
    ["1,5", 1.5], // a decimal comma: a dollar fifty, never 15.00
    ["1,50", 1.5],
    ["0,05", 0.05],
    ["1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["1,234,567.89", 1_234_567.89],
    ["1.234.567,89", 1_234_567.89],
    ["1 234,56", 1234.56],
    ["1\u00a0234,56", 1234.56],
    ["1 234", 1234],
    ["12,345,678", 12_345_678],
    ["0.500", 0.5], // trailing zeros add no precision
    ["100000000", 100_000_000],
    ["$ 7", 7],
    ["7$", 7],
  ])("%j is %d dollars", (typed, expected) => {
    const reading = readDollars(typed, 100_000_000);
    expect(reading).toEqual({ ok: true, micros: expect.any(Number) });
    expect(reading.ok && dollars(reading.micros)).toBe(expected);
  });

  test.each([
    ["1,500", "1,500 could mean 1500.00 or 1.50: write 1500 or 1.50."],
    ["1.500", "1.500 could mean 1500.00 or 1.50: write 1500 or 1.50."],
    ["12,340", "12,340 could mean 12340.00 or 12.34: write 12340 or 12.34."],
    ["1,025", "1,025 could mean 1025.00 or 1.025: write 1025, or an amount with at most two decimals."],
    ["-5", "An amount cannot be negative."],
    ["-0.50", "An amount cannot be negative."],
    ["$-5", "An amount cannot be negative."],
    ["1.234", "1.234 could mean 1234.00 or 1.234: write 1234, or an amount with at most two decimals."],
    ["0.025", "Use at most two decimals (whole cents), like 12.50."],
    ["1234,567", "Use at most two decimals (whole cents), like 12.50."],
    ["1.2345", "Use at most two decimals (whole cents), like 12.50."],
    ["1.234,567", "Use at most two decimals (whole cents), like 12.50."],
    ["1000001", "That is too large (at most $1,000,000)."],
    ["1000000.01", "That is too large (at most $1,000,000)."],
    ["99999999999999999999", "That is too large (at most $1,000,000)."],
    ["5,000,000", "That is too large (at most $1,000,000)."],
    ["abc", "Enter an amount in dollars, like 12.50."],
    ["0x10", "Enter an amount in dollars, like 12.50."],
    ["1e3", "Enter an amount in dollars, like 12.50."],
    ["1_000", "Enter an amount in dollars, like 12.50."],
    ["1,2,3", "Enter an amount in dollars, like 12.50 or 1,234.50."],
    ["1,23,456", "Enter an amount in dollars, like 12.50 or 1,234.50."],
    ["1.", "Enter an amount in dollars, like 12.50 or 1,234.50."],
    ["1 5", "Enter an amount in dollars, like 12.50 or 1,234.50."],
  ])("%j is refused: %s", (typed, message) => {
    expect(readDollars(typed, MAX)).toEqual({ ok: false, message });
  });
});

describe("the forms' money fields: one message per field", () => {
  const rates = {
    accountId: "a",
    creatorFundLow: "0.02",
    creatorFundHigh: "0.04",
    sponsorshipsLow: "10",
    sponsorshipsHigh: "100",
    affiliateLow: "1",
    affiliateHigh: "5",
  };

  test.each([
    [{ affiliateLow: "-1" }, "affiliateLow", "A rate cannot be negative."],
    [
      { sponsorshipsLow: "1.234" },
      "sponsorshipsLow",
      "1.234 could mean 1234.00 or 1.234: write 1234, or an amount with at most two decimals.",
    ],
    [{ sponsorshipsLow: "0.025" }, "sponsorshipsLow", "Use at most two decimals (whole cents), like 0.02."],
    [{ sponsorshipsHigh: "2000000" }, "sponsorshipsHigh", "That is too large (at most $1,000,000)."],
    [{ affiliateHigh: "" }, "affiliateHigh", "Enter a rate in dollars per 1,000 views."],
  ])("rates %o: %s says one thing", (change, field, message) => {
    const result = earningsSettingsSchema.safeParse({ ...rates, ...change });
    expect(result.error!.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message)).toEqual([
      message,
    ]);
  });

  test.each([
    ["1,5", 1_500_000],
    ["1,234.56", 1_234_560_000],
    ["1.234,56", 1_234_560_000],
  ])("income %j is %d micro-dollars", (amount, micros) => {
    expect(incomeSchema.parse({ accountId: "a", day: "2026-11-01", stream: "other", amount }).amount).toBe(micros);
  });

  test.each([
    ["1,500", "1,500 could mean 1500.00 or 1.50: write 1500 or 1.50."],
    ["-3", "An amount cannot be negative."],
    ["0", "The amount must be more than $0."],
    ["2000000000", "That is too large (at most $1,000,000,000)."],
  ])("income %j: %s", (amount, message) => {
    const result = incomeSchema.safeParse({ accountId: "a", day: "2026-11-01", stream: "other", amount });
    expect(result.error!.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
