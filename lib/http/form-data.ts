// A submitted form (FormData) as the plain object its zod schema validates. Dotted names nest:
// "videos.2.views" → { videos: [, , { views }] }. Next's own fields ($ACTION_…) and files are left out.
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of submittedEntries(formData)) {
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

/** What was typed, by input name, to refill a form after an error (React resets forms after an action). */
export function submittedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(submittedEntries(formData));
}

function submittedEntries(formData: FormData): [string, string][] {
  return [...formData.entries()].filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION"),
  );
}
