// A multipart upload read within its budget: refused (413) before a byte is read when its Content-Length is already past
// the limit, else counted as it arrives and cut off the moment it passes it — request.formData() alone would buffer
// whatever is sent. What is read is then parsed by the runtime's own form-data parser.
import { AppError } from "@/lib/errors";
import type { UploadBudget } from "@/lib/import";

const unreadable = () => new AppError("VALIDATION", "Send the files as a form upload.", { files: ["The upload could not be read."] });

export async function readForm(request: Request, budget: UploadBudget): Promise<FormData> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > budget.limits.uploadBytes) budget.addSent(declared);
  if (!request.body) throw unreadable();
  let refusal: unknown = null;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        try {
          budget.addSent(chunk.byteLength);
          controller.enqueue(chunk);
        } catch (error) {
          refusal = error;
          controller.error(error); // cancels the request body: nothing more is read
        }
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw refusal ?? unreadable();
  }
}
