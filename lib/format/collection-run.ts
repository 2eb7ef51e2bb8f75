// A collection run in words: its progress while it runs, its outcome once it ended, and its trigger.
import { formatCount } from "./numbers";

export interface RunProgress {
  status: "queued" | "running" | "succeeded" | "failed" | "needs_reconnecting" | "interrupted";
  videos: number | null;
  videoTotal: number | null;
  videosCreated: number | null;
  followers: number | null;
  error: string | null;
}

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "Reading videos… 40 of 120" while it runs; null once it ended. */
export function runProgressText(run: RunProgress): string | null {
  if (run.status === "queued") return "Waiting for the collector to start…";
  if (run.status !== "running") return null;
  if (run.videoTotal === null) return "Reading the account…";
  return `Reading videos… ${formatCount(run.videos ?? 0)} of ${formatCount(run.videoTotal)}`;
}

/** "1,020 followers, 120 videos (3 new)": what a run collected. */
export function collectedText(run: Pick<RunProgress, "followers" | "videos" | "videosCreated">): string {
  const parts: string[] = [];
  if (run.followers !== null) parts.push(plural(run.followers, "follower", "followers"));
  if (run.videos !== null)
    parts.push(
      `${plural(run.videos, "video", "videos")}${run.videosCreated ? ` (${formatCount(run.videosCreated)} new)` : ""}`,
    );
  return parts.join(", ") || "nothing";
}

/** The outcome of a run that ended, in one sentence; null while it runs. */
export function runOutcomeText(run: RunProgress): string | null {
  switch (run.status) {
    case "succeeded":
      return `Collected: ${collectedText(run)}.`;
    case "failed":
      return `The collection failed${run.error ? `: ${run.error}` : "."}`;
    case "needs_reconnecting":
      return "TikTok no longer accepts Milepost's access: reconnect TikTok in the account's settings.";
    case "interrupted":
      return "The collection was interrupted before it finished; nothing of it was written.";
    default:
      return null;
  }
}

export const RUN_STATUS_LABELS: Record<RunProgress["status"], string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Collected",
  failed: "Failed",
  needs_reconnecting: "Needs reconnecting",
  interrupted: "Interrupted",
};

const TRIGGER_LABELS: Record<string, string> = { schedule: "Daily", now: "Collect now", cli: "Command line" };

export const triggerLabel = (trigger: string) => TRIGGER_LABELS[trigger] ?? trigger;
