// A ZIP written as a stream with yazl: each file's content is produced only when the archive reaches it, deflated by
// Node's zlib (off the event loop) and piped on with backpressure, so a reader that stops reading stops the
// producers too. yazl switches to ZIP64 by itself when sizes pass 4 GB.
import { Readable } from "node:stream";
import { ZipFile } from "yazl";

export interface ZipEntry {
  /** "name.json", "folder/name.csv", or "folder/" for a folder entry. */
  name: string;
  /** The file's bytes, produced only when the archive gets to this entry (absent for a folder). */
  content?: () => AsyncIterable<Uint8Array>;
}

/**
 * The archive of `entries`, in their order. A content source that fails destroys the archive with its error;
 * destroying the archive (a reader that goes away) destroys the source being read, which ends its generator.
 */
export function zipStream(entries: readonly ZipEntry[], mtime = new Date()): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream;
  if (!(output instanceof Readable)) throw new TypeError("yazl's output is not a Node stream");
  let reading: Readable | undefined;
  // pipe() does not carry errors along: a failed source or archive destroys the output itself.
  const fail = (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error)));
  zip.on("error", fail);
  output.once("close", () => reading?.destroy());
  for (const entry of entries) {
    const { content } = entry;
    if (!content) {
      zip.addEmptyDirectory(entry.name, { mtime });
      continue;
    }
    zip.addReadStreamLazy(entry.name, { mtime }, (callback) => {
      reading = Readable.from(content(), { objectMode: false });
      reading.on("error", fail);
      if (output.destroyed) reading.destroy(); // (the archive closed between two entries: produce nothing)
      callback(null, reading);
    });
  }
  zip.end();
  return output;
}
