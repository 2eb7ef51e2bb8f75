// An account's estimated earnings as the reads return them: the estimate's inputs, and the earnings page.
import type { EarningsSettings, EstimateInput, MoneyRange, StreamRanges, WhatIfResult } from "@/lib/earnings";
import type { RuleSetKey } from "@/lib/milestones";
import type { Day } from "@/lib/time/days";
import type { AccountRecord } from "./account";
import type { IncomeRecord } from "./income";

/** Everything the estimate needs for one account: its views per day, eligibility changes and rates. */
export interface EarningsInputs extends EstimateInput {
  ruleSet: RuleSetKey;
  isAdult: boolean;
  settings: EarningsSettings;
}

export interface EarningsOverview {
  account: AccountRecord;
  /** The account's calendar day at `now`. */
  today: Day;
  settings: EarningsSettings;
  /** The estimate so far, per stream and in total. */
  streams: StreamRanges;
  total: MoneyRange;
  /** Whether the Creator Fund's eligibility holds today. */
  creatorFundHoldsNow: boolean;
  income: IncomeRecord[];
  /** The calculator's answer, when it was asked. */
  whatIf: WhatIfResult | null;
}
