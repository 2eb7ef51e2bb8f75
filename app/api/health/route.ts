import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok"} only when the database answers; else 503 UNAVAILABLE with Retry-After (what load balancers and `npm start`'s users watch). */
export async function GET() {
  const health = await checkDatabase();
  if (health.ok) return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "unavailable", error: { code: "UNAVAILABLE", message: health.message } },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(health.retryAfterSeconds) } },
  );
}
