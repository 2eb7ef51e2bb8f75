// Whether the database answers (GET /api/health): what load balancers and `npm start`'s users watch.
import { prisma } from "@/lib/db/client";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

export type DatabaseHealth = { ok: true } | { ok: false; message: string; retryAfterSeconds: number };

/** ok when `SELECT 1` succeeds; otherwise the message people see and when to try again. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true };
  } catch {
    return { ok: false, message: UNAVAILABLE_MESSAGE, retryAfterSeconds: RETRY_AFTER_SECONDS };
  }
}
