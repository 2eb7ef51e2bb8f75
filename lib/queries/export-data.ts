// "Download all my data", streamed: the ZIP (milepost.json and one folder of CSV files per account) or the JSON
// document alone, written while it is read. Every read runs in one read-only, repeatable-read transaction, so the
// files agree with each other however long the download takes; the transaction is held until the reader has taken
// the last byte, the reader going away, or the deadline. Backpressure reaches the database: a reader that stops
// reading stops the page reads, and memory stays at a few pages whatever the size of the history.
import { addAbortSignal, Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { prisma, type Tx } from "@/lib/db/client";
import { getExportProfile, listExportAccounts } from "@/lib/db/creator-export";
import {
  pageAccountReadings,
  pageCrossings,
  pageLoggedIncome,
  pageStateChanges,
  pageVideoMonths,
  pageVideos,
} from "@/lib/db/export-pages";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { accountFiles, accountFolder, exportDocument, type ExportSource } from "@/lib/export/export-document";
import { jsonText } from "@/lib/export/json-stream";
import { inChunks } from "@/lib/export/text-chunks";
import { zipStream, type ZipEntry } from "@/lib/export/zip-stream";

export type ExportFormat = "zip" | "json";

/** An export still running after this long is stopped (its reader is too slow, or gone without a word). */
export const EXPORT_DEADLINE_MS = 10 * 60_000;
/** Each running export holds a database connection: at most this many at once in one process. */
export const MAX_RUNNING_EXPORTS = 3;

export interface ExportOptions {
  /** Aborting it stops the export (the HTTP request's signal: the reader went away). */
  signal?: AbortSignal;
  /** Rows per database page (tests make it small to cross page boundaries). */
  pageSize?: number;
  deadlineMs?: number;
  /** Told the number of rows of each page as it is read (a month row of video readings counts once). */
  onRead?: (rows: number) => void;
}

let running = 0;

/** The application_name of a running export's database session (pg_stat_activity shows it while the export runs). */
export const exportSessionName = (creatorId: string) => `milepost export ${creatorId}`;

function exportSource(creatorId: string, tx: Tx, { pageSize, onRead }: ExportOptions): ExportSource {
  const told = async function* <T>(pages: AsyncIterable<T[]>): AsyncGenerator<T[]> {
    for await (const page of pages) {
      onRead?.(page.length);
      yield page;
    }
  };
  return {
    accountReadings: (accountId) => told(pageAccountReadings(creatorId, accountId, tx, pageSize)),
    videos: (accountId) => told(pageVideos(creatorId, accountId, tx, pageSize)),
    videoMonths: (accountId) => told(pageVideoMonths(creatorId, accountId, tx, pageSize)),
    crossings: (accountId) => told(pageCrossings(creatorId, accountId, tx, pageSize)),
    stateChanges: (accountId) => told(pageStateChanges(creatorId, accountId, tx, pageSize)),
    loggedIncome: (accountId) => told(pageLoggedIncome(creatorId, accountId, tx, pageSize)),
  };
}

/** The stream of the creator's export, read through `tx`; null when there is no such creator. The history is read as the stream is (a few buffers ahead). */
async function exportStream(
  creatorId: string,
  format: ExportFormat,
  tx: Tx,
  options: ExportOptions,
  guarded: <T>(source: () => AsyncIterable<T>) => () => AsyncIterable<T>,
): Promise<Readable | null> {
  const profile = await getExportProfile(creatorId, tx);
  if (!profile) return null;
  const accounts = await listExportAccounts(creatorId, tx);
  const source = exportSource(creatorId, tx, options);
  const exportedAt = new Date();
  const document = () => inChunks(jsonText(exportDocument(source, profile, accounts, exportedAt.toISOString())));
  if (format === "json") return Readable.from(guarded(document)(), { objectMode: false });
  const entries: ZipEntry[] = [{ name: "milepost.json", content: guarded(document) }];
  for (const account of accounts) {
    const folder = accountFolder(account);
    entries.push({ name: `${folder}/` });
    for (const [name, text] of accountFiles(account, source))
      entries.push({ name: `${folder}/${name}`, content: guarded(() => inChunks(text())) });
  }
  return zipStream(entries, exportedAt);
}

/**
 * Opens the creator's export: resolves once the snapshot is taken and the creator found (NOT_FOUND before any byte
 * otherwise; UNAVAILABLE when MAX_RUNNING_EXPORTS are running), with a stream the caller pipes on. A failure after
 * that is logged here and ends the stream with a plain "stopped" error: the reader sees a broken download, never a
 * detail. A reader going away (the signal, or destroying the stream) is no failure.
 */
export function openCreatorExport(
  creatorId: string,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Readable> {
  if (running >= MAX_RUNNING_EXPORTS)
    return Promise.reject(new AppError("UNAVAILABLE", "Other exports are running. Try again in a minute."));
  running++;
  const deadlineMs = options.deadlineMs ?? EXPORT_DEADLINE_MS;
  let output: Readable | null = null;
  let failure: unknown; // what a page read or a writer threw first (logged, never passed on)
  const guarded = <T>(source: () => AsyncIterable<T>) =>
    async function* () {
      try {
        yield* source();
      } catch (error) {
        if (output?.destroyed) throw error; // the echo of the stream's end (the reader left), not a failure
        failure ??= error;
        throw new Error("The export stopped before it was complete.");
      }
    };
  return new Promise<Readable>((resolve, reject) => {
    prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRaw`SET TRANSACTION READ ONLY`;
          // Named in pg_stat_activity while it runs (until the transaction ends).
          await tx.$queryRaw`SELECT set_config('application_name', ${exportSessionName(creatorId)}, true)`;
          output = await exportStream(creatorId, format, tx, options, guarded);
          if (!output) throw notFoundError("Creator");
          if (options.signal) addAbortSignal(options.signal, output);
          const stream = output;
          const deadline = setTimeout(() => {
            failure ??= new Error(`The export was still running after ${deadlineMs} ms, its deadline.`);
            stream.destroy(new Error("The export did not finish in time and was stopped."));
          }, deadlineMs);
          resolve(output);
          try {
            await finished(output); // every byte taken, or the stream destroyed (the transaction then rolls back)
          } finally {
            clearTimeout(deadline);
          }
        },
        { isolationLevel: "RepeatableRead", timeout: deadlineMs + 60_000 },
      )
      .catch((error: unknown) => {
        if (!output) return reject(error);
        const readerGone = options.signal?.aborted || (output.destroyed && !output.errored);
        const cause = failure ?? (readerGone ? null : (output.errored ?? error));
        if (cause) console.error(`The export of creator ${creatorId} stopped:`, cause);
        output.destroy(); // (already destroyed unless the transaction itself failed)
      })
      .finally(() => running--);
  });
}
