import { creatorRoute } from "@/lib/actions/creator-route";
import { AppError } from "@/lib/errors";
import { importMilepostCsv } from "@/lib/services/import-milepost-csv";
import { csvImportSchema, MAX_CSV_BYTES, MAX_CSV_FILES } from "@/lib/validation/data";

export const dynamic = "force-dynamic";

/** Imports uploaded Milepost CSV files into one of the creator's accounts: 200 with counts, or 422 naming file and line. */
export const POST = creatorRoute(async (request, user) => {
  const form = await request.formData().catch(() => {
    throw new AppError("VALIDATION", "Send the files as a form upload.", { files: ["The upload could not be read."] });
  });
  const fields = csvImportSchema.safeParse({ accountId: form.get("accountId") ?? "" });
  if (!fields.success) throw new AppError("VALIDATION", "Choose an account.", { accountId: ["Choose the account to import into."] });
  const uploads = form.getAll("files").filter((value): value is File => typeof value !== "string" && value.size > 0);
  if (!uploads.length) throw new AppError("VALIDATION", "Choose at least one CSV file.", { files: ["Choose a Milepost CSV file of account or video readings."] });
  if (uploads.length > MAX_CSV_FILES) throw new AppError("VALIDATION", "Too many files.", { files: [`Choose at most ${MAX_CSV_FILES} files at once.`] });
  if (uploads.some((file) => file.size > MAX_CSV_BYTES)) throw new AppError("VALIDATION", "A file is too large.", { files: [`Each file may be at most ${MAX_CSV_BYTES / 1024 / 1024} MB.`] });
  const files = await Promise.all(uploads.map(async (file) => ({ name: file.name, text: await file.text() })));
  const result = await importMilepostCsv(user.id, fields.data.accountId, files);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
