// account_video_days: per account and day, Σ of its videos' spread daily gains and how many video readings fall
// on the day. Both are sums over videos, so a write adds the changed video's after-minus-before difference.
// Rows where both are 0 are removed: the table holds what aggregateVideoGains' maps hold.
import { dateToDay, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { VideoGainAggregates } from "@/lib/milestones";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";

export interface VideoDayDelta {
  day: Day;
  gains: number;
  readings: number;
}

/** Adds each day's difference (INSERT … ON CONFLICT DO UPDATE SET gains = gains + delta), then drops emptied days. */
export async function applyVideoDayDeltas(
  creatorId: string,
  accountId: string,
  deltas: VideoDayDelta[],
  tx: Tx,
): Promise<void> {
  if (!deltas.length) return;
  const days = deltas.map((d) => d.day);
  const written = await tx.$executeRaw`
    INSERT INTO account_video_days AS d (account_id, day, gains, readings)
    SELECT a.id, t.day, t.gains, t.readings
    FROM accounts a, unnest(${days}::date[], ${deltas.map((d) => String(d.gains))}::bigint[], ${deltas.map((d) => d.readings)}::int[]) AS t(day, gains, readings)
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}
    ON CONFLICT (account_id, day) DO UPDATE SET gains = d.gains + EXCLUDED.gains, readings = d.readings + EXCLUDED.readings`;
  if (!written) throw notFoundError("Account");
  await tx.$executeRaw`
    DELETE FROM account_video_days WHERE account_id = ${accountId} AND day = ANY(${days}::date[]) AND gains = 0 AND readings = 0`;
}

/** The stored aggregates, as the detector takes them (ascending by day). */
export async function getVideoGainAggregates(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<VideoGainAggregates> {
  const rows = await tx.$queryRaw<{ day: Date | null; gains: bigint; readings: number }[]>`
    SELECT d.day, d.gains, d.readings
    FROM accounts a LEFT JOIN account_video_days d ON d.account_id = a.id
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId} ORDER BY d.day`;
  if (!rows.length) throw notFoundError("Account");
  const gainsByDay = new Map<Day, number>();
  const videoReadingDays = new Set<Day>();
  for (const row of rows) {
    if (!row.day) continue;
    const day = dateToDay(row.day);
    if (row.gains !== 0n) gainsByDay.set(day, fromDbCount(row.gains));
    if (row.readings > 0) videoReadingDays.add(day);
  }
  return { gainsByDay, videoReadingDays };
}

/** Replaces every row of the account with these aggregates (`readings`: video readings per day). */
export async function replaceVideoDays(
  creatorId: string,
  accountId: string,
  gainsByDay: ReadonlyMap<Day, number>,
  readingsByDay: ReadonlyMap<Day, number>,
  tx: Tx,
): Promise<void> {
  await requireAccount(creatorId, accountId, tx);
  const days = [...new Set([...gainsByDay.keys(), ...readingsByDay.keys()])];
  await tx.$executeRaw`DELETE FROM account_video_days WHERE account_id = ${accountId}`;
  if (!days.length) return;
  await tx.$executeRaw`
    INSERT INTO account_video_days (account_id, day, gains, readings)
    SELECT ${accountId}, t.day, t.gains, t.readings
    FROM unnest(${days}::date[], ${days.map((d) => String(gainsByDay.get(d) ?? 0))}::bigint[], ${days.map((d) => readingsByDay.get(d) ?? 0)}::int[]) AS t(day, gains, readings)`;
}
