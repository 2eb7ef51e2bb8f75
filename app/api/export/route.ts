import { creatorRoute } from "@/lib/actions/creator-route";
import { exportCreatorData, exportCreatorJson } from "@/lib/services/export-data";

export const dynamic = "force-dynamic";

/** "Download all my data": the signed-in creator's ZIP (CSV files per account + milepost.json), or ?format=json alone. */
export const GET = creatorRoute(async (request, user) => {
  const day = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (new URL(request.url).searchParams.get("format") === "json") {
    const body = JSON.stringify(await exportCreatorJson(user.id), null, 2);
    return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="milepost-export-${day}.json"` } });
  }
  const zip = await exportCreatorData(user.id);
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), { headers: { ...headers, "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="milepost-export-${day}.zip"` } });
});
