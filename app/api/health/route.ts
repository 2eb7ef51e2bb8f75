import { prisma } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok"} only when the database answers; 503 otherwise. */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable", error: { code: "DATABASE_UNAVAILABLE", message: "The database does not answer." } }, { status: 503 });
  }
}
