// A tracked account as the reads return it, and the summary the accounts list shows.
import type { Day } from "@/lib/time/days";
import type { RuleSetKey } from "@/lib/validation/accounts";

export interface AccountRecord {
  id: string;
  platform: "tiktok";
  handle: string;
  timeZone: string;
  ruleSet: RuleSetKey;
}

export interface AccountSummary extends AccountRecord {
  videoCount: number;
  lastDay: Day | null;
  lastFollowers: number | null;
}
