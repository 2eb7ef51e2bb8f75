// Inputs for reading in-app notices: which notice (the page of the list is lib/http/search-params.ts's parsePage).
import { z } from "zod";
import { idSchema } from "./common";

export const noticeRefSchema = z.object({ noticeId: idSchema });
export type NoticeRef = z.output<typeof noticeRefSchema>;
