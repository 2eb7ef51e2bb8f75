// Import Milepost's own CSV files (account readings and/or video readings) into one account through the bulk write
// path. Every unreadable or invalid row is reported with its file and line (422) before anything is written; videos
// named by a platform id or URL the account does not have yet are created in the same transaction as the readings,
// so the database ends as it was unless the whole import succeeded. The files are read as streams within one budget
// (MILEPOST_CSV_LIMITS): past a limit the import is refused (413/422) before anything is written.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { requireAccount } from "@/lib/db/accounts";
import type { BulkAccountReading, BulkVideoReading } from "@/lib/db/bulk-readings";
import { insertVideo, listVideos } from "@/lib/db/videos";
import type { VideoRecord } from "@/lib/models/video";
import { AppError } from "@/lib/errors/app-error";
import { MilepostCsvReader, type CsvProblem } from "@/lib/export/milepost-csv";
import { bytesSource, MILEPOST_CSV_LIMITS, readCsvRows, UploadBudget, type ByteSource } from "@/lib/import";
import { beforePostedError, futureDayError } from "@/lib/validation/snapshots";
import { videoSchema } from "@/lib/validation/videos";
import { BULK_TIMEOUT_MS, writeReadings } from "./write-readings";

/** A file as text (tests, small inputs) or as a byte stream (an upload, a file on disk). */
export type CsvFile = { name: string; text: string } | ByteSource;

/** How many bad rows a refusal lists (a million bad rows would otherwise make a response of a hundred MB). */
const LISTED_PROBLEMS = 100;

export interface MilepostImportResult {
  accountReadings: number;
  videoReadings: number;
  videosCreated: number;
  milestones: number;
}

function problemsError(problems: CsvProblem[]): AppError {
  const fields: Record<string, string[]> = {};
  for (const p of problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line))
    (fields[`${p.file}:${p.line}`] ??= []).push(p.message);
  const keys = Object.keys(fields);
  const rows = keys.length;
  const listed = rows > LISTED_PROBLEMS ? `the first ${LISTED_PROBLEMS} below` : "file and line below";
  const shown = Object.fromEntries(keys.slice(0, LISTED_PROBLEMS).map((key) => [key, fields[key]!]));
  return new AppError(
    "VALIDATION",
    `${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"} cannot be imported (${listed}). Nothing was written.`,
    shown,
  );
}

/** A video row's identity resolved against the account's videos and the ones this import will create. */
class VideoIndex {
  readonly pending = new Map<string, { platformId?: string; url?: string; title?: string }>();
  private readonly byPlatformId = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  constructor(readonly existing: Map<string, VideoRecord>) {
    for (const video of existing.values()) {
      if (video.platformId) this.byPlatformId.set(video.platformId, video.id);
      if (video.url) this.byUrl.set(video.url, video.id);
    }
  }
  /** The id of an existing video, or the key ("new:…") of one to create. */
  resolve(identity: { platformId?: string; url?: string; title?: string }): string {
    const found =
      (identity.platformId && this.byPlatformId.get(identity.platformId)) ||
      (identity.url && this.byUrl.get(identity.url));
    if (found) return found;
    const key = `new:${identity.platformId ?? identity.url}`;
    this.pending.set(key, { ...identity, title: this.pending.get(key)?.title ?? identity.title });
    if (identity.platformId) this.byPlatformId.set(identity.platformId, key);
    if (identity.url) this.byUrl.set(identity.url, key);
    return key;
  }
}

export async function importMilepostCsv(
  creatorId: string,
  accountId: string,
  files: readonly CsvFile[],
  options: { now?: Date; budget?: UploadBudget } = {},
): Promise<MilepostImportResult> {
  const now = options.now ?? new Date();
  const account = await requireAccount(creatorId, accountId);
  if (!files.length)
    throw new AppError("VALIDATION", "Choose at least one CSV file.", { files: ["Choose at least one CSV file."] });
  const index = new VideoIndex(new Map((await listVideos(creatorId, accountId)).map((v) => [v.id, v])));
  const problems: CsvProblem[] = [];
  const accountRows: BulkAccountReading[] = [];
  const accountLines: { file: string; line: number }[] = [];
  const videoRows: BulkVideoReading[] = [];
  const videoLines: { file: string; line: number }[] = [];

  const budget = options.budget ?? new UploadBudget(MILEPOST_CSV_LIMITS);
  for (const file of files) {
    const source = "text" in file ? bytesSource(file.name, Buffer.from(file.text)) : file;
    const parsed = (await readCsvRows(source, budget, () => new MilepostCsvReader(file.name), ",")).result();
    problems.push(...parsed.problems);
    const problem = (line: number, message: string | undefined) =>
      message && problems.push({ file: file.name, line, message });
    if (parsed.kind === "account") {
      for (const { line, reading } of parsed.rows) {
        problem(line, futureDayError(reading.day, account.timeZone, now));
        accountRows.push(reading);
        accountLines.push({ file: file.name, line });
      }
      continue;
    }
    for (const { line, reading } of parsed.rows) {
      const identity = videoSchema.safeParse({
        accountId,
        platformId: reading.platformId ?? "",
        url: reading.url ?? "",
        title: reading.title ?? "",
      });
      if (!identity.success) {
        problem(
          line,
          identity.error.issues
            .map((i) => `${i.path.join(".") === "platformId" ? "platform_id" : i.path.join(".")}: ${i.message}`)
            .join("; "),
        );
        continue;
      }
      const videoId = index.resolve(identity.data);
      const existing = index.existing.get(videoId);
      problem(
        line,
        futureDayError(reading.day, account.timeZone, now) ??
          beforePostedError(reading.day, existing?.postedOn ?? null),
      );
      const { day, views, likes, comments, shares, saves } = reading;
      videoRows.push({ videoId, day, views, likes, comments, shares, saves });
      videoLines.push({ file: file.name, line });
    }
  }
  if (problems.length) throw problemsError(problems);

  // One transaction: the new videos, then every reading through writeReadings in the same transaction.
  const importId = `milepost-csv:${randomUUID()}`;
  try {
    return await prisma.$transaction(
      async (tx): Promise<MilepostImportResult> => {
        const created = new Map<string, string>();
        for (const [key, data] of index.pending) {
          const video = await insertVideo(creatorId, accountId, data, tx);
          if (!video)
            throw new AppError(
              "CONFLICT",
              "A video of this import was added to the account at the same time. Import again.",
            );
          created.set(key, video.id);
        }
        const videos = videoRows.map((row) => ({ ...row, videoId: created.get(row.videoId) ?? row.videoId }));
        const result = await writeReadings(
          creatorId,
          accountId,
          { account: accountRows, videos },
          { now, importId, tx, source: "imported" },
        );
        return {
          accountReadings: result.accountWritten,
          videoReadings: result.videosWritten,
          videosCreated: created.size,
          milestones: result.milestones.crossings.length + result.milestones.stateChanges.length,
        };
      },
      { timeout: BULK_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION" && error.fields) {
      // "account.3.day" / "videos.12.videoId" point at batch items: name their file and line instead.
      const mapped: CsvProblem[] = Object.entries(error.fields).map(([field, messages]) => {
        const [kind, i] = field.split(".");
        const where = (kind === "account" ? accountLines : videoLines)[Number(i)];
        return { file: where?.file ?? "", line: where?.line ?? 0, message: messages.join(" ") };
      });
      throw problemsError(mapped);
    }
    throw error;
  }
}
