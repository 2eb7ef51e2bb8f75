import { describe, expect, test } from "vitest";
import {
  cumulativeEstimates,
  dailyEstimates,
  DEFAULT_EARNINGS_SETTINGS,
  formatMoney,
  formatMoneyRange,
  totalEstimate,
  type EarningsSettings,
} from "@/lib/earnings";
import type { StateChange } from "@/lib/milestones";

const ALL_ON: EarningsSettings = { ...DEFAULT_EARNINGS_SETTINGS, sponsorships: true, affiliate: true };
const ELIGIBLE_FROM_START: StateChange[] = [{ ruleKey: "eligible.creator_fund", kind: "gained", day: "2000-01-01" }];

function views(entries: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(entries));
}

describe("the article's worked figures", () => {
  test.each([
    ["creator_fund", 2_000, "$0.04–$0.08"], // "2–4 cents per 1000 views": 2,000 views
    ["sponsorships", 1_000, "$10.00–$100.00"],
    ["affiliate", 1_000, "$1.00–$5.00"],
  ] as const)("%s on %i views = %s", (stream, dayViews, expected) => {
    const { streams } = totalEstimate({
      dailyViews: views({ "2024-01-01": dayViews }),
      stateChanges: ELIGIBLE_FROM_START,
      settings: ALL_ON,
    });
    expect(formatMoneyRange(streams[stream].low, streams[stream].high)).toBe(expected);
  });
});

describe("which streams apply", () => {
  const dailyViews = views({ "2024-01-01": 1_000, "2024-01-02": 1_000, "2024-01-03": 1_000, "2024-01-04": 1_000 });

  test("the Creator Fund only on days eligible.creator_fund holds (gained, lost, gained again)", () => {
    const stateChanges: StateChange[] = [
      { ruleKey: "eligible.creator_fund", kind: "gained", day: "2024-01-02" },
      { ruleKey: "eligible.creator_fund", kind: "lost", day: "2024-01-03" },
      { ruleKey: "eligible.creator_fund", kind: "gained", day: "2024-01-04" },
      { ruleKey: "eligible.live", kind: "gained", day: "2024-01-01" }, // another state: ignored
    ];
    const days = dailyEstimates({ dailyViews, stateChanges, settings: DEFAULT_EARNINGS_SETTINGS });
    expect(days.map((d) => d.creatorFundApplies)).toEqual([false, true, false, true]);
    expect(days.map((d) => d.streams.creator_fund.low)).toEqual([0, 20_000, 0, 20_000]);
    const cumulative = cumulativeEstimates({ dailyViews, stateChanges, settings: DEFAULT_EARNINGS_SETTINGS });
    expect(cumulative.map((d) => d.total)).toEqual([
      { low: 0, high: 0 },
      { low: 20_000, high: 40_000 },
      { low: 20_000, high: 40_000 },
      { low: 40_000, high: 80_000 },
    ]);
  });

  test("not enrolled: no Creator Fund even when eligible", () => {
    const settings = { ...DEFAULT_EARNINGS_SETTINGS, enrolledCreatorFund: false };
    expect(totalEstimate({ dailyViews, stateChanges: ELIGIBLE_FROM_START, settings }).total).toEqual({
      low: 0,
      high: 0,
    });
  });

  test("sponsorships and affiliate follow their switches, not eligibility", () => {
    const settings = { ...DEFAULT_EARNINGS_SETTINGS, enrolledCreatorFund: false, affiliate: true };
    const { streams, total } = totalEstimate({ dailyViews, stateChanges: [], settings });
    expect(streams.affiliate).toEqual({ low: 4_000_000, high: 20_000_000 });
    expect(streams.sponsorships).toEqual({ low: 0, high: 0 });
    expect(total).toEqual({ low: 4_000_000, high: 20_000_000 });
  });
});

describe("rates and rounding", () => {
  test("a rate edit changes every figure that depends on it", () => {
    const dailyViews = views({ "2024-01-01": 2_000 });
    const edited: EarningsSettings = {
      ...DEFAULT_EARNINGS_SETTINGS,
      rpm: { ...DEFAULT_EARNINGS_SETTINGS.rpm, creator_fund: { low: 2_000_000, high: 4_000_000 } }, // "$2–4 for 1000 views"
    };
    const { total } = totalEstimate({ dailyViews, stateChanges: ELIGIBLE_FROM_START, settings: edited });
    expect(formatMoneyRange(total.low, total.high)).toBe("$4.00–$8.00");
  });

  test("no drift over years: days sum to the cumulative, which equals the exact product", () => {
    const dailyViews = new Map<string, number>();
    let sum = 0;
    for (let i = 0; i < 3 * 365; i++) {
      const day = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
      const dayViews = 7 + ((i * 7919) % 1_003); // odd counts, so each day has a fraction of a micro
      dailyViews.set(day, dayViews);
      sum += dayViews;
    }
    const settings: EarningsSettings = {
      ...ALL_ON,
      rpm: {
        creator_fund: { low: 20_001, high: 33_333 },
        sponsorships: { low: 0, high: 0 },
        affiliate: { low: 0, high: 0 },
      },
    };
    const input = { dailyViews, stateChanges: ELIGIBLE_FROM_START, settings };
    const days = dailyEstimates(input);
    const { total } = totalEstimate(input);
    expect(total.low).toBe(Math.trunc((sum * 20_001) / 1000));
    expect(total.high).toBe(Math.trunc((sum * 33_333) / 1000));
    expect(days.reduce((s, d) => s + d.total.low, 0)).toBe(total.low);
    expect(days.reduce((s, d) => s + d.total.high, 0)).toBe(total.high);
  });

  test("counts beyond 2^31 views stay exact", () => {
    const { streams } = totalEstimate({
      dailyViews: views({ "2024-01-01": 5_000_000_000 }),
      stateChanges: [],
      settings: ALL_ON,
    });
    expect(streams.sponsorships.high).toBe(500_000_000_000_000); // $500 million
  });

  test("a negative day subtracts: totals follow the views", () => {
    const input = {
      dailyViews: views({ "2024-01-01": 3_000, "2024-01-02": -1_000 }),
      stateChanges: ELIGIBLE_FROM_START,
      settings: DEFAULT_EARNINGS_SETTINGS,
    };
    expect(dailyEstimates(input).map((d) => d.total.low)).toEqual([60_000, -20_000]);
    expect(totalEstimate(input).total).toEqual({ low: 40_000, high: 80_000 });
  });

  test("no days: zero", () => {
    expect(totalEstimate({ dailyViews: new Map(), stateChanges: [], settings: ALL_ON }).total).toEqual({
      low: 0,
      high: 0,
    });
  });
});

describe("formatMoney", () => {
  test.each([
    [0, "$0.00"],
    [3_400_000, "$3.40"],
    [40_000, "$0.04"],
    [4_999, "$0.00"],
    [5_000, "$0.01"],
    [-50_000, "−$0.05"],
    [1_234_567_890, "$1,234.57"],
  ])("%i micros → %s", (micros, expected) => expect(formatMoney(micros)).toBe(expected));

  test("ranges", () => {
    expect(formatMoneyRange(3_400_000, 6_800_000)).toBe("$3.40–$6.80");
    expect(formatMoneyRange(0, 0)).toBe("$0.00");
  });
});
