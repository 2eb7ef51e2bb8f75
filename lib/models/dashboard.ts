// The dashboard's charts: the ranges a person picks, the buckets a range is drawn in, and the chart-ready series
// (`{ day, … }[]`, day = the bucket's first day, weeks start on Monday, clipped to the range).
import type { Day } from "@/lib/time/days";
import type { AccountNextUp } from "@/lib/milestones";
import type { StreamRanges } from "@/lib/earnings";
import type { AccountRecord } from "./account";

export const DASHBOARD_RANGES = ["30d", "90d", "1y", "all"] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];
export type Bucket = "day" | "week" | "month";

export interface FollowersPoint {
  day: Day;
  /** The bucket's last reading. */
  followers: number;
}
export interface ViewsPoint {
  day: Day;
  /** Account views summed over the bucket (reported video views where present, else Σ video gains). */
  views: number;
  /** Account views from the first day of history to the bucket's end. */
  cumulative: number;
}
export interface MilestoneMarker {
  day: Day;
  /** The bucket the event falls in, so a marker sits on a point of the series. */
  bucketDay: Day;
  ruleKey: string;
  kind: "crossed" | "gained" | "lost";
  value: number | null;
}
export interface IncomePoint {
  day: Day;
  /** Income logged in the bucket, micro-dollars. */
  amount: number;
  /** Income logged from the first day of history to the bucket's end. */
  cumulative: number;
}
/** A bucket of the earnings chart: the estimate so far (per stream and in total) and the income logged so far. */
export interface EarningsPoint {
  day: Day;
  /** Cumulative estimate at the bucket's end, micro-dollars. */
  low: number;
  high: number;
  streams: StreamRanges;
  /** Income logged up to the bucket's end, micro-dollars (shown beside the estimate, never added to it). */
  logged: number;
}

export interface DashboardSeries {
  range: DashboardRange;
  bucket: Bucket;
  from: Day | null;
  to: Day;
  followers: FollowersPoint[];
  views: ViewsPoint[];
  markers: MilestoneMarker[];
  /** Logged income: buckets with any entry (the chart carries the running total between them). */
  income: IncomePoint[];
  /** Income logged before the range's first day (micro-dollars). */
  incomeBefore: number;
}

/** Everything the dashboard shows for one account and range. */
export interface DashboardData {
  account: AccountRecord;
  /** The account's calendar day the range ends on. */
  today: Day;
  series: DashboardSeries;
  /** The account's next up (followers, views, views in 30 days); each video's is on its own page. */
  nextUp: AccountNextUp;
  /** Cumulative estimated earnings (in total and per stream) and logged income at each bucket's end. */
  earnings: EarningsPoint[];
}
