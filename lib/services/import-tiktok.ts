// The writing half of the TikTok Studio import: a preview of what an upload WILL create or change (nothing written),
// then the run — the missing videos created and every reading written in ONE transaction, all or nothing, its
// crossings recorded quietly with one summary notice. Progress goes to the import run row, outside the transaction.
import { requireAccount } from "@/lib/db/accounts";
import type { BulkAccountReading, BulkVideoReading } from "@/lib/db/bulk-readings";
import { prisma } from "@/lib/db/client";
import { finishImportRun, insertImportRun, requireImportRun, updateImportRunProgress } from "@/lib/db/import-runs";
import type { ImportPreview, PreviewVideo } from "@/lib/models/import-preview";
import type { ImportRunRecord } from "@/lib/models/import-run";
import type { VideoRecord } from "@/lib/models/video";
import {
  findExistingReadings,
  insertImportVideos,
  listImportCandidates,
  type NewImportVideo,
} from "@/lib/db/import-videos";
import { dayIn, formatDay, type Day } from "@/lib/time/days";
import { AppError } from "@/lib/errors/app-error";
import {
  parseVideoLink,
  planTikTokImport,
  readTikTokFiles,
  suggestExportDay,
  type ExportSource,
  type ImportFile,
  type ImportPlan,
  type ImportProblem,
  type UploadBudget,
  type VideoReading,
} from "@/lib/import";
import { beforePostedError, futureDayError } from "@/lib/validation/snapshots";
import { BULK_TIMEOUT_MS, writeReadings, type WriteReadingsResult } from "./write-readings";

export interface ImportOutcome extends WriteReadingsResult {
  videosCreated: number;
  accountDaysSkipped: number;
}

/** Each planned video's existing match: same platform id, else same URL, else a URL carrying the same id. */
function matchVideos(
  readings: readonly VideoReading[],
  candidates: readonly VideoRecord[],
): { matched: Map<string, VideoRecord>; missing: NewImportVideo[] } {
  const byId = new Map<string, VideoRecord>();
  const byUrl = new Map<string, VideoRecord>();
  const byLinkId = new Map<string, VideoRecord>();
  for (const video of candidates) {
    if (video.platformId) byId.set(video.platformId, video);
    if (video.url) {
      byUrl.set(video.url, video);
      const link = parseVideoLink(video.url);
      if (link.ok) byLinkId.set(link.platformId, video);
    }
  }
  const matched = new Map<string, VideoRecord>();
  const missing = new Map<string, NewImportVideo>();
  for (const reading of readings) {
    const video = byId.get(reading.platformId) ?? byUrl.get(reading.url) ?? byLinkId.get(reading.platformId);
    if (video) matched.set(reading.platformId, video);
    else if (!missing.has(reading.platformId))
      missing.set(reading.platformId, {
        platformId: reading.platformId,
        url: reading.url,
        title: reading.title,
        postedOn: reading.postedOn,
      });
  }
  return { matched, missing: [...missing.values()] };
}

/** The Overview file a day came from, for naming it among the problems. */
function fileOfDay(plan: ImportPlan, day: Day): string {
  const file = plan.files.find(
    (f) => f.kind !== "content" && f.firstDay !== null && f.lastDay !== null && f.firstDay <= day && day <= f.lastDay,
  );
  return file?.name ?? "Overview";
}

/**
 * Account readings need a follower count (a reading is a day's followers plus its figures): FollowerHistory's, else
 * the one already stored for that day. A day with neither is not imported — followers are never invented.
 */
function accountReadings(
  plan: ImportPlan,
  storedFollowers: ReadonlyMap<Day, number>,
): { rows: BulkAccountReading[]; skipped: ImportProblem[] } {
  const rows: BulkAccountReading[] = [];
  const skipped: ImportProblem[] = [];
  for (const { day, followers, videoViews, profileViews, likes, comments, shares } of plan.account) {
    const count = followers ?? storedFollowers.get(day);
    if (count === undefined) {
      const where = plan.accountLines.get(day);
      skipped.push({
        file: where?.file ?? fileOfDay(plan, day),
        line: where?.line ?? null,
        message: `${formatDay(day)}: no follower count (FollowerHistory has none for that day and Milepost has no reading of it), so this day is not imported.`,
      });
    } else rows.push({ day, followers: count, videoViews, profileViews, likes, comments, shares });
  }
  return { rows, skipped };
}

function videoReadings(
  plan: ImportPlan,
  videoOf: (platformId: string) => { id: string } | undefined,
): BulkVideoReading[] {
  return plan.videos.flatMap(({ platformId, day, views, likes, comments, shares }) => {
    const video = videoOf(platformId);
    return video ? [{ videoId: video.id, day, views, likes, comments, shares }] : [];
  });
}

const toPreviewVideo = (reading: Pick<VideoReading, "platformId" | "title" | "url">): PreviewVideo => ({
  platformId: reading.platformId,
  title: reading.title,
  url: reading.url,
});

function noFiles(): AppError {
  return new AppError("VALIDATION", "Choose at least one file.", {
    files: ["Choose the ZIP, CSV or XLSX files TikTok Studio gave you."],
  });
}

/** The files as uploaded, or what reading them found (readTikTokUpload: read once, previewed and imported). */
export type TikTokUpload = readonly ImportFile[] | ExportSource;

/**
 * Reads the uploaded files within the upload's budget (one per request or command-line run; a fresh one by default):
 * past a limit this throws the 413/422 refusal, before anything is planned or written.
 */
export function readTikTokUpload(files: readonly ImportFile[], budget?: UploadBudget): Promise<ExportSource> {
  if (!files.length) throw noFiles();
  return readTikTokFiles(files, budget);
}

const sourceOf = (upload: TikTokUpload) => ("tables" in upload ? Promise.resolve(upload) : readTikTokUpload(upload));

/** What importing these files would do, with nothing written. `exportDay` defaults to the day the files point to. */
export async function previewTikTokImport(
  creatorId: string,
  accountId: string,
  upload: TikTokUpload,
  options: { exportDay?: Day; now?: Date },
): Promise<ImportPreview> {
  const now = options.now ?? new Date();
  const account = await requireAccount(creatorId, accountId);
  const source = await sourceOf(upload);
  const suggestion = suggestExportDay(source, dayIn(account.timeZone, now));
  const plan = planTikTokImport(source, { exportDay: options.exportDay ?? suggestion.day });

  const { matched, missing } = matchVideos(plan.videos, await listImportCandidates(creatorId, accountId));
  const matchedIds = [...new Set([...matched.values()].map((v) => v.id))];
  const existing = await findExistingReadings(
    creatorId,
    accountId,
    plan.account.map((a) => a.day),
    matchedIds,
    [...new Set(plan.videos.map((v) => v.day))],
  );
  const { rows, skipped } = accountReadings(plan, existing.accountDays);
  const readings = plan.videos.filter((v) => matched.has(v.platformId));
  const replaced = readings.filter((v) => existing.videoDays.has(`${matched.get(v.platformId)!.id}|${v.day}`)).length;

  const blocking = [
    ...rows.flatMap((row) => futureDayError(row.day, account.timeZone, now) ?? []).map((m) => `Account reading: ${m}`),
    ...plan.videos.flatMap((v) => {
      const postedOn = matched.get(v.platformId)?.postedOn ?? v.postedOn;
      const message = futureDayError(v.day, account.timeZone, now) ?? beforePostedError(v.day, postedOn);
      return message ? [`Video ${v.platformId}: ${message}`] : [];
    }),
  ];
  const replacedDays = rows.filter((r) => existing.accountDays.has(r.day)).length;
  return {
    exportDay: plan.exportDay,
    suggestion,
    files: plan.files,
    accountDays: {
      create: rows.length - replacedDays,
      replace: replacedDays,
      firstDay: rows[0]?.day ?? null,
      lastDay: rows.at(-1)?.day ?? null,
    },
    videos: {
      create: missing.map(toPreviewVideo),
      existing: [...new Map(readings.map((v) => [v.platformId, toPreviewVideo(v)])).values()],
    },
    videoReadings: { create: plan.videos.length - replaced, replace: replaced },
    problems: [...plan.problems, ...skipped],
    blocking,
  };
}

/** A new running import of the account, for the page to poll. */
export function createTikTokImportRun(creatorId: string, accountId: string): Promise<ImportRunRecord> {
  return insertImportRun(creatorId, accountId, "tiktok");
}

function failureMessage(error: unknown): string {
  if (!(error instanceof AppError)) return "The import failed; nothing was written.";
  const details = Object.values(error.fields ?? {})
    .flat()
    .slice(0, 3);
  return [`${error.message.replace(/\.$/, "")}. Nothing was written.`, ...details].join(" ");
}

/**
 * Imports the files into the account in ONE transaction: the videos the account does not have yet are created
 * (ON CONFLICT DO NOTHING), then every reading is validated and written by writeReadings in the same transaction —
 * any bad row leaves the database as it was. The run row gets progress as it goes and ends done or failed.
 */
export async function runTikTokImport(
  creatorId: string,
  accountId: string,
  upload: TikTokUpload,
  options: { exportDay: Day; now?: Date; importRunId: string },
): Promise<ImportOutcome> {
  const { exportDay, importRunId } = options;
  const now = options.now ?? new Date();
  // Progress writes are separate statements, chained so they land in order, never inside the transaction.
  let progress: Promise<unknown> = Promise.resolve();
  const report = (value: number) => {
    progress = progress.then(() => updateImportRunProgress(creatorId, importRunId, value)).catch(() => undefined);
  };
  try {
    await requireAccount(creatorId, accountId);
    await requireImportRun(creatorId, importRunId);
    const plan = planTikTokImport(await sourceOf(upload), { exportDay });
    if (!plan.account.length && !plan.videos.length)
      throw new AppError("VALIDATION", "These files hold nothing to import", {
        files: ["No readable rows of Overview, FollowerHistory or Content."],
      });
    report(5);
    const outcome = await prisma.$transaction(
      async (tx): Promise<ImportOutcome> => {
        const first = matchVideos(plan.videos, await listImportCandidates(creatorId, accountId, tx));
        const videosCreated = await insertImportVideos(creatorId, accountId, first.missing, tx);
        const { matched } = first.missing.length
          ? matchVideos(plan.videos, await listImportCandidates(creatorId, accountId, tx))
          : first;
        const withoutFollowers = plan.account.filter((a) => a.followers === undefined).map((a) => a.day);
        const stored = await findExistingReadings(creatorId, accountId, withoutFollowers, [], [], tx);
        const { rows, skipped } = accountReadings(plan, stored.accountDays);
        // A video missing here was neither matched nor created: writeReadings names it (422) and nothing is written.
        const videos = videoReadings(plan, (platformId) => matched.get(platformId) ?? { id: `missing:${platformId}` });
        report(10);
        const result = await writeReadings(
          creatorId,
          accountId,
          { account: rows, videos },
          {
            tx,
            now,
            source: "imported",
            importId: importRunId,
            onProgress: (written, total) => report(10 + (85 * written) / Math.max(total, 1)),
          },
        );
        return { ...result, videosCreated, accountDaysSkipped: skipped.length };
      },
      { timeout: BULK_TIMEOUT_MS, maxWait: 30_000 },
    );
    await progress;
    const found = outcome.milestones.crossings.length + outcome.milestones.stateChanges.length;
    await finishImportRun(creatorId, importRunId, {
      status: "done",
      message: `Imported ${outcome.accountWritten} account days and ${outcome.videosWritten} video readings (${outcome.videosCreated} new videos); ${found} milestone events found.`,
    });
    return outcome;
  } catch (error) {
    await progress;
    await finishImportRun(creatorId, importRunId, { status: "failed", message: failureMessage(error) }).catch(
      () => undefined,
    );
    throw error;
  }
}
