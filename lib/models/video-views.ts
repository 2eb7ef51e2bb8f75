// One video's views chart, in the dashboard's ranges and buckets.
import type { Day } from "@/lib/time/days";
import type { Bucket, DashboardRange, MilestoneMarker } from "./dashboard";

export interface VideoViewsPoint {
  /** The bucket's first day, clipped to the range's first day. */
  day: Day;
  /** Views gained in the bucket (negative when the platform took views away). */
  gained: number;
  /** The bucket's last reading. */
  cumulative: number;
}
export interface VideoViewsSeries {
  range: DashboardRange;
  bucket: Bucket;
  from: Day | null;
  to: Day;
  /** Buckets with a reading (or the posted day) in the range, ascending. */
  points: VideoViewsPoint[];
  /** The video's milestone crossings in the range (video.views.*), each on its bucket. */
  markers: MilestoneMarker[];
}
