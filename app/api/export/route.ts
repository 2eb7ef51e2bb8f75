import { creatorRoute } from "@/lib/http/creator-route";
import { toWebStream } from "@/lib/export/web-stream";
import { searchParamsObject } from "@/lib/http/search-params";
import { openCreatorExport } from "@/lib/queries/export-data";

export const dynamic = "force-dynamic";

/**
 * "Download all my data": the signed-in creator's ZIP (CSV files per account + milepost.json), or ?format=json alone,
 * streamed as it is written. The request's signal stops the export when the browser goes away.
 */
export const GET = creatorRoute(async (request, user) => {
  const day = new Date().toISOString().slice(0, 10);
  const json = searchParamsObject(new URL(request.url).searchParams).format === "json";
  const stream = await openCreatorExport(user.id, json ? "json" : "zip", { signal: request.signal });
  const type = json
    ? {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="milepost-export-${day}.json"`,
      }
    : { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="milepost-export-${day}.zip"` };
  return new Response(toWebStream(stream), {
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...type },
  });
});
