// Reading a JSON request body with a size limit: a body past the limit is refused (413) before any of it is parsed,
// and no more than the limit is ever held in memory, whatever the Content-Length header says.
import { AppError } from "@/lib/errors";

/**
 * The largest JSON body the API reads: 4 MiB. A full PUT /snapshots batch (1,000 video readings, each with a
 * 2,000-character URL and every figure at its largest) is 2.2 MB pretty-printed, so it fits with room to spare.
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024;

const LIMIT_TEXT = `${MAX_JSON_BODY_BYTES / 1024 / 1024} MiB (${MAX_JSON_BODY_BYTES.toLocaleString("en-US")} bytes)`;

/** A body that is not JSON at all (400), unlike JSON that fails validation (422). */
export class InvalidJsonError extends Error {}

export const tooLargeError = () => new AppError("TOO_LARGE", `The request body is larger than ${LIMIT_TEXT}, the limit for JSON bodies.`);

/** The body's bytes, at most `limit` of them: TOO_LARGE as soon as the declared length or the bytes read pass it. */
export async function readBodyBytes(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLargeError();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined); // stop the sender; what it sends next is not read
      throw tooLargeError();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The request's JSON body: TOO_LARGE past the limit, InvalidJsonError when it is not UTF-8 JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readBodyBytes(request);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new InvalidJsonError("The request body is not valid JSON.");
  }
}
