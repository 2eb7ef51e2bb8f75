// Failed sign-ins per e-mail. Five failures within 15 minutes lock that e-mail for 15 minutes.
import { prisma } from "./client";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export async function getLockedUntil(email: string, now: Date): Promise<Date | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { email }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failure in a single statement, so concurrent attempts cannot slip past the limit.
 * Returns the time the e-mail is locked until, when this failure (or an earlier one) locked it.
 */
export async function recordFailedSignIn(email: string, now: Date): Promise<Date | null> {
  const [row] = await prisma.$queryRaw<{ locked_until: Date | null }[]>`
    WITH p AS (
      SELECT ${now}::timestamp AS now,
             ${now}::timestamp - make_interval(mins => ${WINDOW_MINUTES}) AS window_open,
             ${now}::timestamp + make_interval(mins => ${LOCK_MINUTES}) AS lock_end
    )
    INSERT INTO sign_in_throttles AS t (email, failures, window_start, locked_until)
    SELECT ${email}, 1, p.now, NULL FROM p
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN t.window_start <= (SELECT window_open FROM p) THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.window_start <= (SELECT window_open FROM p) THEN (SELECT now FROM p) ELSE t.window_start END,
      locked_until = CASE WHEN t.window_start > (SELECT window_open FROM p) AND t.failures + 1 >= ${MAX_FAILURES}
                          THEN (SELECT lock_end FROM p) ELSE t.locked_until END
    RETURNING locked_until`;
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { email } });
}
