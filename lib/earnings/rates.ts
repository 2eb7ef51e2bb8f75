// Rates and switches of the estimate. Money is integer micro-dollars (1 USD = 1,000,000 micros).
// docs/domain.md ("Estimated earnings") is the spec.
import type { RuleSetKey } from "@/lib/milestones";

export const MICROS_PER_DOLLAR = 1_000_000;

export const STREAMS = ["creator_fund", "sponsorships", "affiliate"] as const;
export type Stream = (typeof STREAMS)[number];

export const STREAM_LABELS: Record<Stream, string> = {
  creator_fund: "Creator Fund",
  sponsorships: "Sponsorships",
  affiliate: "Affiliate marketing",
};

/** Earnings per 1,000 views (RPM) in micro-dollars; 0 ≤ low ≤ high. */
export interface RpmRange {
  low: number;
  high: number;
}

export interface EarningsSettings {
  rpm: Record<Stream, RpmRange>;
  enrolledCreatorFund: boolean; // the Creator Fund also needs eligible.creator_fund on the day
  sponsorships: boolean;
  affiliate: boolean;
}

/**
 * The defaults of docs/domain.md. The article says both "2–4 cents per 1000 views" and "$2–4 for 1000 views" for
 * the Creator Fund — 100-fold apart. The RPM figure (cents) is the default; every rate is editable.
 */
export const DEFAULT_RPM: Record<Stream, RpmRange> = {
  creator_fund: { low: 20_000, high: 40_000 }, //          $0.02–$0.04
  sponsorships: { low: 10_000_000, high: 100_000_000 }, // $10–$100
  affiliate: { low: 1_000_000, high: 5_000_000 }, //        $1–$5
};

/** With no saved row: default rates, enrolled in the Creator Fund, the two opt-in streams off. */
export const DEFAULT_EARNINGS_SETTINGS: EarningsSettings = {
  rpm: DEFAULT_RPM,
  enrolledCreatorFund: true,
  sponsorships: false,
  affiliate: false,
};

/** The state rule that gates the Creator Fund stream in a rule set (the current set calls it Creator Rewards). */
export function creatorFundRuleKey(ruleSet: RuleSetKey): string {
  return ruleSet === "tiktok_current" ? "eligible.creator_rewards" : "eligible.creator_fund";
}
