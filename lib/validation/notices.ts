// Inputs for reading in-app notices: which notice, and which page of the list.
import { z } from "zod";
import { idSchema } from "./common";

export const noticeRefSchema = z.object({ noticeId: idSchema });
export type NoticeRef = z.output<typeof noticeRefSchema>;

/** "?page=2" → 2; anything else (missing, "abc", "0", "2.5", repeated) → 1. */
export function parsePage(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return page >= 1 ? page : 1;
}
