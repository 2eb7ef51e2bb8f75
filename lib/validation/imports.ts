// The TikTok import's upload: which account, the export day (optional for a preview: the files suggest one) and the
// files themselves, as multipart form data from the import page.
import { z } from "zod";
import { daySchema, idSchema, optionalDaySchema } from "./common";

/** Per upload: TikTok's exports are a few hundred KB; this leaves room for a year of a large account. */
export const MAX_UPLOAD_FILES = 20;

export const importPreviewSchema = z.object({ accountId: idSchema, exportDay: optionalDaySchema });
export const importRunSchema = z.object({ accountId: idSchema, exportDay: daySchema });

export const IMPORT_ACCEPT = ".zip,.csv,.xlsx";
