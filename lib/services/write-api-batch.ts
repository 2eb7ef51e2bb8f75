// The API's PUT /snapshots: readings that name their video by id or by URL, handed to the bulk write path.
// A URL no video of the account has is reported with every other bad item (writeReadings names them all at once).
import { findVideoIdsByUrl } from "@/lib/db/videos";
import { AppError } from "@/lib/errors/app-error";
import type { BulkAccountReading, BulkVideoReading } from "@/lib/db/bulk-readings";
import { normalizeVideoUrl } from "@/lib/validation/videos";
import { writeReadings, type WriteReadingsResult } from "./write-readings";

export interface ApiBatch {
  account: BulkAccountReading[];
  videos: (Omit<BulkVideoReading, "videoId"> & { videoId?: string; url?: string })[];
}

const UNKNOWN_URL = "No video of this account has this URL (add it with POST /videos first).";

export async function writeApiBatch(
  creatorId: string,
  accountId: string,
  batch: ApiBatch,
  now = new Date(),
): Promise<WriteReadingsResult> {
  const urlOf = (url: string) => normalizeVideoUrl(url) ?? url;
  const urls = batch.videos.flatMap((r) => (r.videoId === undefined && r.url !== undefined ? [urlOf(r.url)] : []));
  const idsByUrl = urls.length ? await findVideoIdsByUrl(creatorId, accountId, urls) : new Map<string, string>();
  const unknownUrl = new Set<number>();
  const videos = batch.videos.map(({ url, videoId, ...figures }, i) => {
    // An unknown URL becomes an id no video has: writeReadings reports it as "videos.i.videoId", renamed below.
    const id = videoId ?? idsByUrl.get(urlOf(url ?? ""));
    if (id === undefined) unknownUrl.add(i);
    return { ...figures, videoId: id ?? "" };
  });
  try {
    return await writeReadings(creatorId, accountId, { account: batch.account, videos }, { now, source: "api" });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION" || !error.fields || !unknownUrl.size) throw error;
    const fields: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(error.fields)) {
      const index = /^videos\.(\d+)\.videoId$/.exec(field)?.[1];
      if (index !== undefined && unknownUrl.has(Number(index))) fields[`videos.${index}.url`] = [UNKNOWN_URL];
      else fields[field] = messages;
    }
    throw new AppError("VALIDATION", error.message, fields);
  }
}
