// Throttling of failed sign-ins, after OWASP's Authentication Cheat Sheet: failures are counted per client address
// and per (e-mail, client address), which are blocked for a while past their limits, and per e-mail from anywhere,
// which only slows every attempt at that e-mail down. No count lets anyone lock an owner out: the right password
// from a client that has not failed works, only later when the e-mail is under attack from many addresses.
import { addressBucket } from "@/lib/auth/client-address";
import {
  clearFailures,
  countFailure,
  getFailureCounts,
  pruneFailures,
  type FailureKey,
  type FailureRule,
} from "@/lib/db/sign-in-failures";
import { AppError } from "@/lib/errors/app-error";

/** One e-mail from one client address: five wrong passwords within 15 minutes block that pair for 15 minutes. */
export const PAIR_RULE: FailureRule = { limit: 5, windowMinutes: 15, blockMinutes: 15 };
/** One client address, whatever the e-mails (password spraying): twenty failures within 15 minutes block it for 15. */
export const ADDRESS_RULE: FailureRule = { limit: 20, windowMinutes: 15, blockMinutes: 15 };
/** One e-mail from anywhere: counted within an hour for the delay below, never blocked. */
export const EMAIL_RULE: FailureRule = { limit: null, windowMinutes: 60, blockMinutes: 0 };
/** Past this many failures of an e-mail within the hour, each attempt at it waits 1 s, 2 s, 4 s … at most 15 s. */
export const EMAIL_DELAY_AFTER = 10;
export const EMAIL_DELAY_BASE_MS = 1_000;
export const EMAIL_DELAY_MAX_MS = 15_000;

const RULES = { pair: PAIR_RULE, address: ADDRESS_RULE, email: EMAIL_RULE } as const;
const PRUNE_EVERY_MS = 10 * 60_000;
let lastPrune = 0;

function keysOf(email: string, address: string): FailureKey[] {
  const bucket = addressBucket(address);
  return [
    { scope: "pair", key: `${email} ${bucket}` },
    { scope: "address", key: bucket },
    { scope: "email", key: email },
  ];
}

/** THROTTLED, with when the block ends (for a Retry-After header). */
export class SignInThrottledError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(blockedUntil: Date, now: Date) {
    const minutes = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000));
    super("THROTTLED", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.retryAfterSeconds = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
  }
}

/** The wait before an attempt at an e-mail that failed `failures` times within the hour. */
export function emailDelayMs(failures: number): number {
  if (failures < EMAIL_DELAY_AFTER) return 0;
  return Math.min(EMAIL_DELAY_MAX_MS, EMAIL_DELAY_BASE_MS * 2 ** (failures - EMAIL_DELAY_AFTER));
}

/**
 * Before a password is checked: throws THROTTLED while the pair or the address is blocked (no hash is computed
 * then), else returns how long this attempt should wait first.
 */
export async function checkSignIn(email: string, address: string, now: Date): Promise<{ delayMs: number }> {
  const counts = await getFailureCounts(
    keysOf(email, address).map((k) => ({ ...k, windowMinutes: RULES[k.scope].windowMinutes })),
    now,
  );
  const blocked = counts.map((c) => c.blockedUntil).filter((d): d is Date => d !== null);
  if (blocked.length) throw new SignInThrottledError(new Date(Math.max(...blocked.map((d) => d.getTime()))), now);
  return { delayMs: emailDelayMs(counts.find((c) => c.scope === "email")?.failures ?? 0) };
}

/** After a wrong password: counts it for the pair, the address and the e-mail; throws THROTTLED when that blocked the pair or the address. */
export async function recordFailedSignIn(email: string, address: string, now: Date): Promise<void> {
  const counts = await Promise.all(keysOf(email, address).map((k) => countFailure(k, RULES[k.scope], now)));
  if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    await pruneFailures(new Date(now.getTime() - EMAIL_RULE.windowMinutes * 60_000), now);
  }
  const blocked = counts.filter((c) => c.blockedUntil);
  if (!blocked.length) return;
  for (const c of blocked)
    console.warn(
      `Sign-in throttled: ${c.scope} "${c.key}" blocked until ${c.blockedUntil!.toISOString()} after ${c.failures} failures.`,
    );
  throw new SignInThrottledError(new Date(Math.max(...blocked.map((c) => c.blockedUntil!.getTime()))), now);
}

/**
 * After the right password: the pair starts over. The address keeps its count (an attacker signing in to an account
 * of their own must not reset it) and so does the e-mail (its window ends by itself).
 */
export async function recordSuccessfulSignIn(email: string, address: string): Promise<void> {
  await clearFailures(keysOf(email, address).filter((k) => k.scope === "pair"));
}
