// An import's progress, for the page polling it.
export type ImportRunStatus = "running" | "done" | "failed";

export interface ImportRunRecord {
  id: string;
  accountId: string;
  source: string;
  status: ImportRunStatus;
  progress: number;
  message: string | null;
  finishedAt: Date | null;
}
