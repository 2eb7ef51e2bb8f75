// Failed sign-ins in fixed windows (sign_in_failures), one row per scope and key. A window opens at a key's first
// failure and lasts `windowMinutes`; the failure that reaches `limit` blocks the key for `blockMinutes`.
// Counting is ONE upsert per key, so concurrent failures are all counted and none slips past a limit.
import { prisma, type Tx } from "./client";

/** "address": a client address; "pair": an e-mail from a client address; "email": an e-mail from anywhere. */
export type FailureScope = "address" | "pair" | "email";
export interface FailureKey {
  scope: FailureScope;
  key: string;
}
export interface FailureRule {
  /** Failures in one window that block the key; null: counted, never blocked. */
  limit: number | null;
  windowMinutes: number;
  blockMinutes: number;
}
export interface FailureCount {
  scope: FailureScope;
  key: string;
  /** Failures in the window still open at `now` (0 when it has closed). */
  failures: number;
  /** When the key is blocked at `now`, until when. */
  blockedUntil: Date | null;
}

interface Row {
  scope: FailureScope;
  key: string;
  failures: number;
  window_start: Date;
  blocked_until: Date | null;
}

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);
const minutesAfter = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

function toCount(row: Row, windowMinutes: number, now: Date): FailureCount {
  const open = row.window_start > minutesBefore(now, windowMinutes);
  return {
    scope: row.scope,
    key: row.key,
    failures: open ? row.failures : 0,
    blockedUntil: row.blocked_until && row.blocked_until > now ? row.blocked_until : null,
  };
}

/** The counts of these keys at `now`, in the order asked (a key never counted has 0 failures). */
export async function getFailureCounts(
  keys: (FailureKey & { windowMinutes: number })[],
  now: Date,
): Promise<FailureCount[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT scope, key, failures, window_start, blocked_until FROM sign_in_failures
    WHERE (scope, key) IN (SELECT * FROM unnest(${keys.map((k) => k.scope)}::text[], ${keys.map((k) => k.key)}::text[]))`;
  return keys.map((k) => {
    const row = rows.find((r) => r.scope === k.scope && r.key === k.key);
    return row ? toCount(row, k.windowMinutes, now) : { scope: k.scope, key: k.key, failures: 0, blockedUntil: null };
  });
}

/** Counts one failure of `key` at `now` and returns its count after it. */
export async function countFailure(key: FailureKey, rule: FailureRule, now: Date): Promise<FailureCount> {
  const windowOpen = minutesBefore(now, rule.windowMinutes);
  const blockEnd = minutesAfter(now, rule.blockMinutes);
  const [row] = await prisma.$queryRaw<Row[]>`
    INSERT INTO sign_in_failures AS f (scope, key, failures, window_start, blocked_until)
    VALUES (${key.scope}, ${key.key}, 1, ${now}::timestamp, CASE WHEN 1 >= ${rule.limit}::int THEN ${blockEnd}::timestamp END)
    ON CONFLICT (scope, key) DO UPDATE SET
      failures = CASE WHEN f.window_start <= ${windowOpen}::timestamp THEN 1 ELSE f.failures + 1 END,
      window_start = CASE WHEN f.window_start <= ${windowOpen}::timestamp THEN ${now}::timestamp ELSE f.window_start END,
      blocked_until = CASE
        WHEN f.window_start <= ${windowOpen}::timestamp THEN CASE WHEN 1 >= ${rule.limit}::int THEN ${blockEnd}::timestamp END
        WHEN f.failures + 1 >= ${rule.limit}::int THEN CASE WHEN f.blocked_until > ${now}::timestamp THEN f.blocked_until ELSE ${blockEnd}::timestamp END
        ELSE f.blocked_until
      END
    RETURNING scope, key, failures, window_start, blocked_until`;
  return toCount(row!, rule.windowMinutes, now);
}

export async function clearFailures(keys: FailureKey[]): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM sign_in_failures
    WHERE (scope, key) IN (SELECT * FROM unnest(${keys.map((k) => k.scope)}::text[], ${keys.map((k) => k.key)}::text[]))`;
}

/** Deletes rows whose window opened before `before` and that block nothing at `now`. */
export async function pruneFailures(before: Date, now: Date): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM sign_in_failures WHERE window_start < ${before}::timestamp AND (blocked_until IS NULL OR blocked_until <= ${now}::timestamp)`;
}

/** Forgets an e-mail's counts (its own and its pairs'), when its creator is deleted. */
export async function clearFailuresOfEmail(email: string, tx: Tx = prisma): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM sign_in_failures WHERE (scope = 'email' AND key = ${email}) OR (scope = 'pair' AND starts_with(key, ${`${email} `}))`;
}
