import { creatorRoute } from "@/lib/http/creator-route";
import { MILEPOST_CSV_UPLOAD, readUpload } from "@/lib/http/upload";
import { blobSource } from "@/lib/import";
import { importMilepostCsv } from "@/lib/services/import-milepost-csv";
import { csvImportSchema } from "@/lib/validation/data";

export const dynamic = "force-dynamic";

/**
 * Imports uploaded Milepost CSV files into one of the creator's accounts: 200 with counts, 422 naming file and line, or
 * 413/422 with one sentence when the upload is past its limits (MILEPOST_CSV_LIMITS); the files are read as streams.
 */
export const POST = creatorRoute(async (request, user) => {
  const { fields, files, budget } = await readUpload(request, csvImportSchema, MILEPOST_CSV_UPLOAD);
  const result = await importMilepostCsv(
    user.id,
    fields.accountId,
    files.map((file) => blobSource(file.name, file)),
    { budget },
  );
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
