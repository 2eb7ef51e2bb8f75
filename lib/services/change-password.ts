// Changing the password (Settings): the current password is checked like a sign-in from this client (same throttling:
// a stolen session cannot guess it faster than a sign-in form could), then the new hash is stored and every other
// session ends, in one transaction. The session that asked stays signed in.
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { updatePasswordHash } from "@/lib/db/creators";
import { deleteSessions } from "@/lib/db/sessions";
import { AppError } from "@/lib/errors/app-error";
import type { ChangePasswordInput } from "@/lib/validation/auth";
import { authenticate, type AuthenticateOptions } from "./authenticate";

export const WRONG_CURRENT_PASSWORD = "That is not your current password.";

export interface PasswordChanger {
  id: string;
  email: string;
  /** The session that asks: it stays. */
  sessionId: string;
  /** The client's address, for throttling. */
  address: string;
}

/** Changes the creator's password; returns how many other sessions ended. */
export async function changePassword(
  creator: PasswordChanger,
  input: ChangePasswordInput,
  options?: AuthenticateOptions,
): Promise<number> {
  try {
    await authenticate({ email: creator.email, password: input.currentPassword, address: creator.address }, options);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      throw new AppError("VALIDATION", "Nothing was changed.", { currentPassword: [WRONG_CURRENT_PASSWORD] });
    }
    throw error;
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await updatePasswordHash(creator.id, passwordHash, tx);
    return deleteSessions(creator.id, creator.sessionId, tx);
  });
}
