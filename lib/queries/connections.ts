// An account's connection to TikTok and its collection log, for the account's pages, and one run for the page polling
// its progress.
import { appUrl } from "@/lib/config";
import { readConnectionPanel, requireCollectionRun } from "@/lib/db/connection-panel";
import { notFoundError } from "@/lib/errors/app-error";
import { COLLECTION_LOG_LENGTH, type CollectionRunSummary, type ConnectionPanel } from "@/lib/models/connection";
import { configuredTikTokApp } from "@/lib/platforms/tiktok";
import { isId } from "@/lib/validation/common";

/** Where TikTok sends the creator back: the address registered in the TikTok app, exactly. */
export function tiktokRedirectUri(): string {
  return new URL("/api/connections/tiktok/callback", appUrl()).href;
}

/**
 * The account's connection panel: whether this server can connect TikTok, the connection (null when none) and the
 * last 30 runs. A next run already past `now` is shown as due now (the scheduler has not claimed it yet).
 */
export async function getConnectionPanel(creatorId: string, accountId: string, now: Date): Promise<ConnectionPanel> {
  if (!isId(accountId)) throw notFoundError("Account");
  const { timeZone, connection, runs } = await readConnectionPanel(creatorId, accountId, COLLECTION_LOG_LENGTH);
  return {
    configured: configuredTikTokApp() !== null,
    redirectUri: tiktokRedirectUri(),
    timeZone,
    connection: connection && {
      ...connection,
      nextRunAt: connection.nextRunAt && connection.nextRunAt < now ? now : connection.nextRunAt,
    },
    runs,
  };
}

/** One run of the account, for polling; NOT_FOUND for another creator's, another account's, or an impossible id. */
export async function getCollectionRun(
  creatorId: string,
  accountId: string,
  runId: string,
): Promise<CollectionRunSummary> {
  if (!isId(accountId) || !isId(runId)) throw notFoundError("Collection run");
  return requireCollectionRun(creatorId, accountId, runId);
}
