// ZIP files read with yauzl: the directory first (its entry count and declared sizes checked against the budget before
// anything is inflated), then each entry as a stream inflated by node:zlib on the thread pool, every byte counted as it
// comes out. An entry that unpacks to more (or less) than its directory declares is refused: the declared sizes are what
// the budget was checked against.
import yauzl from "yauzl";
import { AppError } from "@/lib/errors/app-error";
import { shortName, type UploadBudget } from "./budget";
import type { ByteSource } from "./sources";

export type ZipEntry = yauzl.Entry;

export interface ZipArchive {
  entries: ZipEntry[];
  source(entry: ZipEntry, name: string): ByteSource;
  close(): void;
}

/** Thrown for a ZIP whose directory or data cannot be read (reported as a problem, the other files still read). */
export class UnreadableZip extends Error {}

export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Files a ZIP may carry that are not data: folders, macOS resource forks, Windows thumbnails. */
export const isJunk = (name: string) =>
  name.endsWith("/") ||
  name.startsWith("__MACOSX/") ||
  /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(name) ||
  /(^|\/)\._/.test(name);

/** Opens a ZIP held in memory and reads its directory, its entries counted against the budget. */
export async function openZip(name: string, bytes: Uint8Array, budget: UploadBudget): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: false,
      strictFileNames: false,
    });
  } catch {
    throw new UnreadableZip();
  }
  const entries: ZipEntry[] = [];
  try {
    budget.addEntries(zip.entryCount, name);
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    zip.close();
    throw error instanceof AppError ? error : new UnreadableZip();
  }
  return {
    entries,
    source: (entry, entryName) => entrySource(zip, entry, entryName, budget),
    close: () => zip.close(),
  };
}

function entrySource(zip: yauzl.ZipFile, entry: ZipEntry, name: string, budget: UploadBudget): ByteSource {
  const declared = entry.uncompressedSize;
  const lie = () =>
    budget.refuse(
      "VALIDATION",
      `${shortName(name)} does not unpack to the ${declared.toLocaleString("en-US")} bytes its ZIP directory declares`,
    );
  return {
    name,
    async *open() {
      let stream;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch {
        throw new UnreadableZip();
      }
      let total = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          total += chunk.length;
          if (total > declared) throw lie();
          budget.addUnpacked(chunk.length, name);
          yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
      } catch (error) {
        throw error instanceof AppError ? error : new UnreadableZip();
      } finally {
        stream.destroy();
      }
      if (total !== declared) throw lie();
    },
  };
}

/** Every chunk of an iterator already started, as one array (a ZIP inside a ZIP: its size was checked first). */
export async function collectBytes(
  head: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  size: number,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  let at = head.length;
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    bytes.set(next.value, at);
    at += next.value.length;
  }
  return bytes.subarray(0, at);
}
