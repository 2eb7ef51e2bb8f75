// Text written in many small pieces, handed on as buffers of a useful size: each chunk a stream carries costs a
// call or two along the pipe (and a deflate round), so a piece per CSV line would make the export slow.

export const CHUNK_BYTES = 64 * 1024;

/** The pieces' UTF-8 bytes, gathered into buffers of about `size` bytes (a larger piece passes whole). */
export async function* inChunks(pieces: AsyncIterable<string>, size = CHUNK_BYTES): AsyncGenerator<Buffer> {
  let parts: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield Buffer.from(parts.join(""));
      parts = [];
      length = 0;
    }
  }
  if (length) yield Buffer.from(parts.join(""));
}
