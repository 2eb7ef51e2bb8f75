// The one upload reader: a multipart form of text fields and files, read within one budget for the whole upload
// (lib/import/budget.ts: 413 past its size), the fields validated by their zod schema (422 naming each one) and the
// files counted (at least one, at most the upload's maximum). The same budget then covers unpacking and reading them.
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import {
  MILEPOST_CSV_LIMITS,
  TIKTOK_UPLOAD_LIMITS,
  UploadBudget,
  type ImportFile,
  type UploadLimits,
} from "@/lib/import";
import { MAX_CSV_FILES } from "@/lib/validation/data";
import { MAX_UPLOAD_FILES } from "@/lib/validation/imports";
import { readForm } from "./body";
import { fieldErrorsOf } from "./errors";
import { formDataToObject } from "./form-data";

export interface UploadRules {
  limits: UploadLimits;
  maxFiles: number;
  /** The sentence for fields that fail their schema (each field's own message is beside it). */
  invalidFields: string;
  /** The sentence for an upload without a file, and the message beside the file input. */
  noFiles: [message: string, hint: string];
}

/** TikTok Studio's exports (the import page). */
export const TIKTOK_UPLOAD: UploadRules = {
  limits: TIKTOK_UPLOAD_LIMITS,
  maxFiles: MAX_UPLOAD_FILES,
  invalidFields: "Check the highlighted fields.",
  noFiles: ["Choose at least one file.", "Choose the ZIP, CSV or XLSX files TikTok Studio gave you."],
};

/** Milepost's own CSV files (Settings → Data). */
export const MILEPOST_CSV_UPLOAD: UploadRules = {
  limits: MILEPOST_CSV_LIMITS,
  maxFiles: MAX_CSV_FILES,
  invalidFields: "Choose an account.",
  noFiles: ["Choose at least one CSV file.", "Choose a Milepost CSV file of account or video readings."],
};

export async function readUpload<S extends z.ZodType>(
  request: Request,
  schema: S,
  rules: UploadRules,
): Promise<{ fields: z.output<S>; files: File[]; budget: UploadBudget }> {
  const budget = new UploadBudget(rules.limits);
  const form = await readForm(request, budget);
  const parsed = schema.safeParse(formDataToObject(form));
  if (!parsed.success) throw new AppError("VALIDATION", rules.invalidFields, fieldErrorsOf(parsed.error));
  const files = form.getAll("files").filter((value): value is File => typeof value !== "string" && value.size > 0);
  const [noFiles, hint] = rules.noFiles;
  if (!files.length) throw new AppError("VALIDATION", noFiles, { files: [hint] });
  if (files.length > rules.maxFiles)
    throw new AppError("VALIDATION", "Too many files.", { files: [`Choose at most ${rules.maxFiles} files at once.`] });
  return { fields: parsed.data, files, budget };
}

/** A TikTok upload with its files' bytes (TikTok's files are small; the budget has already counted them). */
export async function readImportUpload<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ fields: z.output<S>; files: ImportFile[]; budget: UploadBudget }> {
  const { fields, files, budget } = await readUpload(request, schema, TIKTOK_UPLOAD);
  const read = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { fields, files: read, budget };
}
