// Fixed-window request counters (rate_limit_windows), one row per key. The count is taken with ONE atomic upsert,
// so concurrent requests never lose an increment and a new window starts over at 1.
import { prisma, type Tx } from "./client";

/** Counts one request in the window that starts at `windowStart` and returns the count so far, this one included. */
export async function countInWindow(key: string, windowStart: Date, tx: Tx = prisma): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_windows (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key) DO UPDATE
      SET count = CASE WHEN rate_limit_windows.window_start = EXCLUDED.window_start THEN rate_limit_windows.count + 1 ELSE 1 END,
          window_start = EXCLUDED.window_start
    RETURNING count`;
  return Number(row!.count);
}
