// A multipart upload read within its budget: refused (413) before a byte is read when its Content-Length is already past
// the limit, else counted as it arrives and cut off the moment it passes it — request.formData() alone would buffer
// whatever is sent. What is read is then parsed by the runtime's own form-data parser.
import { readBodyWithin } from "@/lib/api/body";
import { AppError } from "@/lib/errors/app-error";
import type { UploadBudget } from "@/lib/import";

const unreadable = () =>
  new AppError("VALIDATION", "Send the files as a form upload.", { files: ["The upload could not be read."] });

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
