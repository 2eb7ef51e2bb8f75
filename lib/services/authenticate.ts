// Sign-in and sign-up rules: hashing, throttling of failed attempts, duplicate e-mails.
import { AppError } from "@/lib/errors";
import { getDummyHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { getCreatorCredentials, insertCreator, type CreatorProfile } from "@/lib/db/creators";
import { clearFailedSignIns, getLockedUntil, recordFailedSignIn } from "@/lib/db/sign-in-throttles";
import type { SignUpInput } from "@/lib/validation/auth";

export const WRONG_CREDENTIALS = "That e-mail and password do not match. Check them and try again.";

function throttled(lockedUntil: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return new AppError("THROTTLED", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
}

/** Returns the creator for a correct e-mail and password; throws AppError otherwise. `email` is normalised. */
export async function authenticate(email: string, password: string, now: Date): Promise<{ id: string; email: string; name: string | null }> {
  const lockedUntil = await getLockedUntil(email, now);
  if (lockedUntil) throw throttled(lockedUntil, now);

  const creator = await getCreatorCredentials(email);
  // Verify against a dummy hash for unknown e-mails so both cases take the same time.
  const ok = await verifyPassword(password, creator?.passwordHash ?? (await getDummyHash()));
  if (!creator || !ok) {
    const locked = await recordFailedSignIn(email, now);
    if (locked) throw throttled(locked, now);
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  await clearFailedSignIns(email);
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
