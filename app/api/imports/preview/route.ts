import { creatorRoute } from "@/lib/http/creator-route";
import { readImportUpload } from "@/lib/http/upload";
import { previewTikTokImport, readTikTokUpload } from "@/lib/services/import-tiktok";
import { importPreviewSchema } from "@/lib/validation/imports";

export const dynamic = "force-dynamic";

/** What importing the uploaded files into the account would do; nothing is written. 200 ImportPreview, 404, 413, 422. */
export const POST = creatorRoute(async (request, user) => {
  const { fields, files, budget } = await readImportUpload(request, importPreviewSchema);
  const preview = await previewTikTokImport(user.id, fields.accountId, await readTikTokUpload(files, budget), {
    exportDay: fields.exportDay,
  });
  return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
});
