// Sign-in and sign-up rules: hashing, throttling of failed attempts (sign-in-throttle.ts), duplicate e-mails.
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/errors/app-error";
import { getDummyHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { getCreatorCredentials, insertCreator } from "@/lib/db/creators";
import type { CreatorProfile } from "@/lib/models/creator";
import type { SignUpInput } from "@/lib/validation/auth";
import { checkSignIn, recordFailedSignIn, recordSuccessfulSignIn } from "./sign-in-throttle";

export const WRONG_CREDENTIALS = "That e-mail and password do not match. Check them and try again.";

export interface SignInAttempt {
  /** Normalised (signInSchema). */
  email: string;
  password: string;
  /** The client's address (lib/auth/client-address.ts). */
  address: string;
}

export interface AuthenticateOptions {
  now?: Date;
  /** How an attempt waits while its e-mail is under attack (tests pass one that only records the wait). */
  wait?: (ms: number) => Promise<unknown>;
}

export type AuthenticatedCreator = { id: string; email: string; name: string | null };

/**
 * Returns the creator for a correct e-mail and password; throws AppError otherwise: UNAUTHENTICATED for a wrong
 * pair, THROTTLED while this client is blocked, UNAVAILABLE when too many passwords are being hashed already.
 */
export async function authenticate(
  attempt: SignInAttempt,
  { now = new Date(), wait = sleep }: AuthenticateOptions = {},
): Promise<AuthenticatedCreator> {
  const { email, password, address } = attempt;
  const { delayMs } = await checkSignIn(email, address, now);
  if (delayMs) await wait(delayMs);

  const creator = await getCreatorCredentials(email);
  // Verify against a dummy hash for unknown e-mails so both cases take the same time.
  const ok = await verifyPassword(password, creator?.passwordHash ?? (await getDummyHash()));
  if (!creator || !ok) {
    await recordFailedSignIn(email, address, now);
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  await recordSuccessfulSignIn(email, address);
  return { id: creator.id, email: creator.email, name: creator.name };
}

export async function signUp(input: SignUpInput): Promise<CreatorProfile> {
  const created = await insertCreator({
    email: input.email,
    name: input.name,
    isAdult: input.isAdult,
    passwordHash: await hashPassword(input.password),
  });
  if (!created) {
    throw new AppError("CONFLICT", "That e-mail is already registered.", {
      email: ["An account with this e-mail already exists. Sign in instead."],
    });
  }
  return created;
}
