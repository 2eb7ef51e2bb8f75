import { creatorRoute } from "@/lib/actions/creator-route";
import { readForm } from "@/lib/actions/read-form";
import { AppError } from "@/lib/errors/app-error";
import { blobSource, MILEPOST_CSV_LIMITS, UploadBudget } from "@/lib/import";
import { importMilepostCsv } from "@/lib/services/import-milepost-csv";
import { csvImportSchema, MAX_CSV_FILES } from "@/lib/validation/data";

export const dynamic = "force-dynamic";

/**
 * Imports uploaded Milepost CSV files into one of the creator's accounts: 200 with counts, 422 naming file and line, or
 * 413/422 with one sentence when the upload is past its limits (MILEPOST_CSV_LIMITS); the files are read as streams.
 */
export const POST = creatorRoute(async (request, user) => {
  const budget = new UploadBudget(MILEPOST_CSV_LIMITS);
  const form = await readForm(request, budget);
  const fields = csvImportSchema.safeParse({ accountId: form.get("accountId") ?? "" });
  if (!fields.success)
    throw new AppError("VALIDATION", "Choose an account.", { accountId: ["Choose the account to import into."] });
  const uploads = form.getAll("files").filter((value): value is File => typeof value !== "string" && value.size > 0);
  if (!uploads.length)
    throw new AppError("VALIDATION", "Choose at least one CSV file.", {
      files: ["Choose a Milepost CSV file of account or video readings."],
    });
  if (uploads.length > MAX_CSV_FILES)
    throw new AppError("VALIDATION", "Too many files.", { files: [`Choose at most ${MAX_CSV_FILES} files at once.`] });
  const result = await importMilepostCsv(
    user.id,
    fields.data.accountId,
    uploads.map((file) => blobSource(file.name, file)),
    { budget },
  );
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
