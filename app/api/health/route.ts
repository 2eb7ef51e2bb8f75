import { prisma } from "@/lib/db/client";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok"} only when the database answers; else 503 UNAVAILABLE with Retry-After (what load balancers and `npm start`'s users watch). */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { status: "unavailable", error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
}
