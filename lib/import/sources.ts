// A file to read as a stream of byte chunks, and CSV read from one: the text decoded chunk by chunk (UTF-16 by its
// byte-order mark, else UTF-8, else — a file re-saved by a spreadsheet program — windows-1252) and handed to the CSV
// reader as it comes, the budget counting its lines. Between chunks the event loop gets its turn.
import { setImmediate as nextTurn } from "node:timers/promises";
import { shortName, type UploadBudget } from "./budget";
import { CsvReader } from "./csv";
import type { SourceRow } from "./types";

export interface ByteSource {
  /** Display name; a file inside a ZIP is "Archive.zip/Overview.csv". */
  name: string;
  /** The bytes from the start, as chunks; may be opened again (to read the text in another encoding). */
  open(): AsyncIterable<Uint8Array>;
}

const CHUNK = 64 * 1024;

/** Bytes already in memory (an uploaded file), handed out in chunks with a turn of the event loop between them. */
export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    async *open() {
      for (let at = 0; at < bytes.length; at += CHUNK) {
        if (at > 0) await nextTurn();
        yield bytes.subarray(at, at + CHUNK);
      }
    },
  };
}

/** A Blob (an uploaded File, or a file on disk through fs.openAsBlob), streamed. */
export function blobSource(name: string, blob: Blob): ByteSource {
  return {
    name,
    async *open() {
      const reader = blob.stream().getReader();
      try {
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
          for (let at = 0; at < next.value.length; at += CHUNK) {
            await nextTurn();
            yield next.value.subarray(at, at + CHUNK);
          }
        }
      } finally {
        await reader.cancel();
      }
    },
  };
}

/** A source whose first opening continues an iterator already started (its first chunk read to see what it is). */
export function resumeSource(source: ByteSource, head: Uint8Array, rest: AsyncIterator<Uint8Array>): ByteSource {
  let started = false;
  return {
    name: source.name,
    open() {
      if (started) return source.open();
      started = true;
      return (async function* () {
        try {
          if (head.length) yield head;
          for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
        } finally {
          await rest.return?.();
        }
      })();
    },
  };
}

/** What takes the rows of one file; `done` stops the reading early (the file is not one to import). */
export interface RowSink {
  add(row: SourceRow): void;
  readonly done: boolean;
}

class NotUtf8 extends Error {}

function encodingOf(first: Uint8Array, fallback: boolean): string {
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return fallback ? "windows-1252" : "utf-8";
}

/** A whole file's text by the same rule (for bytes already in memory). */
export function decodeText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes, false);
  try {
    return new TextDecoder(encoding, { fatal: encoding === "utf-8" }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

async function readPass<S extends RowSink>(
  source: ByteSource,
  budget: UploadBudget,
  sink: S,
  fallback: boolean,
  delimiter?: string,
): Promise<S> {
  const { lineChars, cellChars } = budget.limits;
  const reader = new CsvReader({
    delimiter,
    lineChars,
    cellChars,
    onRow: (row) => sink.add(row),
    onLines: (lines) => budget.addLines(lines, source.name),
    refuse: (what) => budget.refuse("VALIDATION", `${shortName(source.name)}: ${what}`),
  });
  let decoder: TextDecoder | null = null;
  for await (const chunk of source.open()) {
    if (!decoder) {
      const encoding = encodingOf(chunk, fallback);
      decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new NotUtf8();
    }
    reader.write(text);
    if (sink.done) return sink; // leaving the loop closes the source
  }
  try {
    reader.write(decoder?.decode() ?? "");
  } catch {
    throw new NotUtf8();
  }
  reader.end();
  return sink;
}

/**
 * Reads a CSV file into a new sink: as UTF-16 or UTF-8, and when the bytes turn out not to be UTF-8, again from the
 * start as windows-1252 (into a fresh sink, the first pass's lines and bytes taken off the budget).
 */
export async function readCsvRows<S extends RowSink>(
  source: ByteSource,
  budget: UploadBudget,
  newSink: () => S,
  delimiter?: string,
): Promise<S> {
  const mark = budget.mark();
  try {
    return await readPass(source, budget, newSink(), false, delimiter);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    budget.restore(mark);
    return readPass(source, budget, newSink(), true, delimiter);
  }
}
