// The calculator's starting point from the account's history: its views so far, the views of the 30-day window up
// to today (they stay in the window until they age out), its best video, and the thresholds it has already crossed.
import { addDays, type Day } from "@/lib/time/days";
import { WINDOW_DAYS, type RuleSetKey } from "@/lib/milestones";
import type { EarningsSettings } from "./rates";
import type { WhatIfInput } from "./what-if";

export interface WhatIfHistory {
  /** Account views per day; a missing day means 0. */
  dailyViews: ReadonlyMap<Day, number>;
  isAdult: boolean;
  ruleSet: RuleSetKey;
  settings: EarningsSettings;
  /** Each video's latest views (null without a reading). */
  videoViews: readonly (number | null)[];
  /** The rule keys of the account's crossings (any subject). */
  crossedRuleKeys: readonly string[];
}

/** What-if with `viewsPerDay` (and `followers`, when given) from here on, starting from `history` on `today`. */
export function whatIfInputFrom(
  ask: { viewsPerDay: number; followers?: number | null },
  history: WhatIfHistory,
  today: Day,
): WhatIfInput {
  const accountViews = [...history.dailyViews.values()].reduce((sum, v) => sum + v, 0);
  const recentDailyViews = Array.from(
    { length: WINDOW_DAYS },
    (_, i) => history.dailyViews.get(addDays(today, i - WINDOW_DAYS + 1)) ?? 0,
  );
  return {
    viewsPerDay: ask.viewsPerDay,
    followers: ask.followers ?? null,
    isAdult: history.isAdult,
    startingAccountViews: Math.max(0, accountViews),
    bestVideoViews: history.videoViews.reduce<number>((best, views) => Math.max(best, views ?? 0), 0),
    recentDailyViews,
    reachedKeys: history.crossedRuleKeys,
    ruleSet: history.ruleSet,
    settings: history.settings,
  };
}
