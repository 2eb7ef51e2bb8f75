"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formAction } from "@/lib/http/form-action";
import { clientAddress } from "@/lib/auth/client-address";
import { AppError } from "@/lib/errors/app-error";
import { changePassword } from "@/lib/services/change-password";
import { endAllSessions, endSession } from "@/lib/services/sessions";
import { changePasswordSchema, sessionRefSchema, signOutEverywhereSchema } from "@/lib/validation/auth";

export const changePasswordAction = formAction(changePasswordSchema, async (input, user) => {
  const ended = await changePassword(
    { id: user.id, email: user.email, sessionId: user.sessionId, address: clientAddress(await headers()) },
    input,
  );
  revalidatePath("/settings/security");
  const others =
    ended === 1 ? "Your 1 other session was signed out." : ended ? `Your ${ended} other sessions were signed out.` : "";
  return { status: "success", message: `Password changed. ${others}`.trim() };
});

export const endSessionAction = formAction(sessionRefSchema, async (input, user) => {
  try {
    await endSession(user.id, input.sessionId);
  } catch (error) {
    // Already ended (another tab, a second click): say so rather than a 404 page.
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return { status: "error", message: "That session had already ended." };
    throw error;
  } finally {
    revalidatePath("/settings/security");
  }
  return { status: "success", message: "That session is signed out." };
});

/** Ends every session, this one too; the form then signs this browser out (next-auth clears the cookie). */
export const signOutEverywhereAction = formAction(signOutEverywhereSchema, async (_input, user) => {
  await endAllSessions(user.id);
  return { status: "success" };
});
