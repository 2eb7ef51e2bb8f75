// FormData ↔ the plain objects zod schemas validate. Dotted names nest: "videos.2.views" → { videos: [, , { views }] }.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/actions/form-state";

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const path = name.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const key = /^\d+$/.test(segment) ? Number(segment) : segment;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[key] = value;
      } else {
        container[key] ??= /^\d+$/.test(path[i + 1] ?? "") ? [] : {};
        node = container[key] as Record<string, unknown> | unknown[];
      }
    });
  }
  return root;
}

/** One message per field (the first problem found), keyed by its dotted name; an issue about the whole form is "form". */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || "form"] ??= [issue.message];
  return fields;
}
