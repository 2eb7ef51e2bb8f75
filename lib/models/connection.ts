// An account's connection to its platform and its collection log, as the account's pages show them.
import type { Day } from "@/lib/time/days";

export type ConnectionStatus = "active" | "needs_reconnecting";

export type CollectionRunStatus = "queued" | "running" | "succeeded" | "failed" | "needs_reconnecting" | "interrupted";

/** A run that has not ended yet: the page keeps polling it. */
export const UNFINISHED_RUN_STATUSES: readonly CollectionRunStatus[] = ["queued", "running"];

/** How many runs the collection log lists. */
export const COLLECTION_LOG_LENGTH = 30;

export interface ConnectionRecord {
  platform: "tiktok";
  /** The connected platform user's name (TikTok's display_name). */
  displayName: string;
  status: ConnectionStatus;
  connectedAt: Date;
  lastCollectedAt: Date | null;
  nextRunAt: Date | null;
  /** A sentence for the creator, never a token or internals. */
  lastError: string | null;
  /** Failed runs since the last successful one. */
  failures: number;
}

export interface CollectionRunSummary {
  id: string;
  /** The account's calendar day the run collects. */
  day: Day;
  trigger: string;
  status: CollectionRunStatus;
  startedAt: Date;
  finishedAt: Date | null;
  /** Videos read so far, and how many the platform says there are (progress while it runs). */
  videos: number | null;
  videoTotal: number | null;
  videosCreated: number | null;
  followers: number | null;
  error: string | null;
}

export interface ConnectionPanel {
  /** Whether this server has a TikTok app (TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET). */
  configured: boolean;
  /** The callback address to register in the TikTok app, exactly. */
  redirectUri: string;
  /** The account's time zone, in which times are shown. */
  timeZone: string;
  connection: ConnectionRecord | null;
  /** The last COLLECTION_LOG_LENGTH runs, newest first. */
  runs: CollectionRunSummary[];
}

/** How a connect flow ended, as the callback tells the settings page (`?tiktok=<result>`). */
export const CONNECT_RESULTS = {
  connected: "Connected.",
  state: "The answer from TikTok did not match the request Milepost sent (it may have expired). Try connecting again.",
  declined: "You did not allow Milepost to read your TikTok account, so nothing was connected.",
  taken: "This TikTok account is already connected to another Milepost account.",
  failed: "TikTok did not complete the connection. Try again in a few minutes.",
  "not-configured": "Connecting TikTok is not set up on this server.",
  unavailable: "Milepost can't reach its database right now, so nothing was connected. Try again in a few seconds.",
  error: "Something went wrong on our side, so nothing was connected. Try again.",
} as const;
export type ConnectResult = keyof typeof CONNECT_RESULTS;
