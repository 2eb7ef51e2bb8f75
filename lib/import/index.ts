// The parsing half of the TikTok Studio import. Pure: no database, no Next, no clock (the export
// day and today are parameters). Files in, a plan out; lib/services writes the plan.
import type { Day } from "@/lib/time/days";
import { readTikTokFiles } from "./files";
import { planTikTokImport } from "./plan";
import type { ImportFile, ImportPlan } from "./types";

export type {
  AccountDay,
  ExportSource,
  FileKind,
  FileSummary,
  ImportFile,
  ImportPlan,
  ImportProblem,
  SourceRow,
  SourceTable,
  VideoReading,
} from "./types";
export { readTikTokFiles } from "./files";
export { describeLimits, MILEPOST_CSV_LIMITS, TIKTOK_UPLOAD_LIMITS, UploadBudget, type UploadLimits } from "./budget";
export { blobSource, bytesSource, readCsvRows, type ByteSource, type RowSink } from "./sources";
export { planTikTokImport, suggestExportDay, type ExportDaySuggestion } from "./plan";
export { parseCsv } from "./csv";
export { parseDateText, inferSeriesDays, latestOnOrBefore, type DateParts } from "./dates";
export { monthFromName, MONTH_LANGUAGES } from "./months";
export { parseCount, parseVideoLink, isNoValue } from "./values";

/** Reads the files and plans the import in one step (the preview keeps the ExportSource instead,
 *  so that a change of export day re-plans without reading the files again). */
export async function parseTikTokExport(
  files: readonly ImportFile[],
  options: { exportDay: Day },
): Promise<ImportPlan> {
  return planTikTokImport(await readTikTokFiles(files), options);
}
