// Reading a request body with a size limit, JSON or a multipart upload: a body past the limit is refused (413) before
// any of it is parsed, and no more than the limit is ever held in memory, whatever the Content-Length header says.
import { AppError } from "@/lib/errors/app-error";
import type { UploadBudget } from "@/lib/import";
import { InvalidJsonError } from "./errors";

/**
 * The largest JSON body the API reads: 4 MiB. A full PUT /snapshots batch (1,000 video readings, each with a
 * 2,000-character URL and every figure at its largest) is 2.2 MB pretty-printed, so it fits with room to spare.
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024;

const LIMIT_TEXT = `${MAX_JSON_BODY_BYTES / 1024 / 1024} MiB (${MAX_JSON_BODY_BYTES.toLocaleString("en-US")} bytes)`;

export const tooLargeError = () =>
  new AppError("TOO_LARGE", `The request body is larger than ${LIMIT_TEXT}, the limit for JSON bodies.`);

/**
 * Reads the request's body with `read` (its bytes, its form data …) without ever taking in more than `limit` bytes:
 * refused with `tooLarge()` before a byte is read when Content-Length already passes the limit, else the moment the
 * bytes read do (a missing or understated Content-Length changes nothing).
 */
export async function readBodyWithin<T>(
  request: Request,
  limit: number,
  tooLarge: () => Error,
  read: (body: Response) => Promise<T>,
): Promise<T> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge();
  let size = 0;
  let refusal: Error | null = null;
  const counted = (request.body ?? new Blob().stream()).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size <= limit) return controller.enqueue(chunk);
        refusal = tooLarge();
        controller.error(refusal); // cancels the request body: what the sender sends next is not read
      },
    }),
  );
  try {
    return await read(
      new Response(counted, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }),
    );
  } catch (error) {
    throw refusal ?? error;
  }
}

/** The request's JSON body: TOO_LARGE past the limit, InvalidJsonError when it is not UTF-8 JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readBodyWithin(request, MAX_JSON_BODY_BYTES, tooLargeError, (body) => body.arrayBuffer());
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new InvalidJsonError("The request body is not valid JSON.");
  }
}

const unreadable = () =>
  new AppError("VALIDATION", "Send the files as a form upload.", { files: ["The upload could not be read."] });

/**
 * A multipart upload read within its budget (refused with the budget's own 413 sentence past its limit), then parsed
 * by the runtime's form-data parser — request.formData() alone would buffer whatever is sent.
 */
export async function readForm(request: Request, budget: UploadBudget): Promise<FormData> {
  if (!request.body) throw unreadable();
  try {
    return await readBodyWithin(
      request,
      budget.limits.uploadBytes,
      () => budget.sentTooMuch(),
      (body) => body.formData(),
    );
  } catch (error) {
    throw error instanceof AppError ? error : unreadable();
  }
}
