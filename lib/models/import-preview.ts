// What importing a TikTok Studio upload into an account would do, shown before anything is written.
import type { Day } from "@/lib/time/days";
import type { ExportDaySuggestion, FileSummary, ImportProblem } from "@/lib/import";

export interface PreviewVideo {
  platformId: string;
  title: string | null;
  url: string;
}

export interface ImportPreview {
  exportDay: Day;
  suggestion: ExportDaySuggestion;
  files: FileSummary[];
  /** Account readings: days with none stored yet, and days whose stored reading the import replaces. */
  accountDays: { create: number; replace: number; firstDay: Day | null; lastDay: Day | null };
  videos: { create: PreviewVideo[]; existing: PreviewVideo[] };
  videoReadings: { create: number; replace: number };
  /** Every row that cannot be read or imported, with its file and line (null: the whole file, or a day of several rows). */
  problems: ImportProblem[];
  /** Rows that would make the whole import fail (nothing would be written): the Import button waits until they are gone. */
  blocking: string[];
}
