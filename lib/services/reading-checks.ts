// Rules shared by the services that write readings: errors per field, and the "views went down" warning.
import { type Day } from "@/lib/time/days";
import { AppError } from "@/lib/errors/app-error";
import { formatCount } from "@/lib/format/numbers";
import type { Tx } from "@/lib/db/client";
import { findPreviousReadings } from "@/lib/db/video-snapshots";

export function validationError(fields: Record<string, string[]>): AppError {
  return new AppError("VALIDATION", "Please fix the highlighted fields.", fields);
}

/** Throws one VALIDATION error carrying every field message found, if any. */
export function throwIfAny(fields: Record<string, string | undefined>): void {
  const messages = Object.fromEntries(
    Object.entries(fields).flatMap(([key, message]) => (message ? [[key, [message]]] : [])),
  );
  if (Object.keys(messages).length) throw validationError(messages);
}

/** Cumulative views lower than the previous reading are kept (TikTok removes invalid views) but pointed out. */
export function viewsWentDownWarning(previous: number, views: number, label?: string): string | undefined {
  if (views >= previous) return undefined;
  const what = `Views went down from ${formatCount(previous)} to ${formatCount(views)} — TikTok sometimes removes invalid views.`;
  return label ? `${label}: ${what}` : what;
}

/** A warning per reading whose views are below the video's reading on the nearest earlier day. */
export async function viewsWentDownWarnings(
  creatorId: string,
  accountId: string,
  day: Day,
  readings: { videoId: string; views: number; label?: string }[],
  tx: Tx,
): Promise<string[]> {
  const previous = await findPreviousReadings(
    creatorId,
    accountId,
    readings.map((r) => r.videoId),
    day,
    tx,
  );
  return readings.flatMap(({ videoId, views, label }) => {
    const before = previous.get(videoId);
    const warning = before ? viewsWentDownWarning(before.views, views, label) : undefined;
    return warning ? [warning] : [];
  });
}
