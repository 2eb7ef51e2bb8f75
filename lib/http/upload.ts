// Reads the import page's multipart upload within one budget for the whole upload (lib/import/budget.ts): the form
// fields through their zod schema (422 with field messages) and the files as bytes, at least one and at most
// MAX_UPLOAD_FILES. The same budget then covers unpacking and reading the files.
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { TIKTOK_UPLOAD_LIMITS, UploadBudget, type ImportFile } from "@/lib/import";
import { MAX_UPLOAD_FILES } from "@/lib/validation/imports";
import { readForm } from "./read-form";

export async function readImportUpload<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ fields: z.output<S>; files: ImportFile[]; budget: UploadBudget }> {
  const budget = new UploadBudget(TIKTOK_UPLOAD_LIMITS);
  const form = await readForm(request, budget);
  const parsed = schema.safeParse(
    Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")),
  );
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "form"] ??= []).push(issue.message);
    throw new AppError("VALIDATION", "Check the highlighted fields.", fields);
  }
  const uploads = form.getAll("files").filter((value): value is File => typeof value !== "string" && value.size > 0);
  if (!uploads.length)
    throw new AppError("VALIDATION", "Choose at least one file.", {
      files: ["Choose the ZIP, CSV or XLSX files TikTok Studio gave you."],
    });
  if (uploads.length > MAX_UPLOAD_FILES)
    throw new AppError("VALIDATION", "Too many files.", {
      files: [`Choose at most ${MAX_UPLOAD_FILES} files at once.`],
    });
  const files = await Promise.all(
    uploads.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { fields: parsed.data, files, budget };
}
