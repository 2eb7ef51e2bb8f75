// A JSON document written piece by piece, so arrays read from the database in pages never sit in memory whole.
// The text is exactly JSON.stringify(document, null, 2) of the same document with each JsonPages replaced by the
// array of its items (tests/unit/json-stream.test.ts checks this for arbitrary documents).

export type JsonPrimitive = string | number | boolean | null;

/** An array whose items arrive in pages (each page an array of items), read only as the text is written. */
export class JsonPages {
  constructor(readonly pages: AsyncIterable<readonly StreamedJson[]>) {}
}

export type StreamedJson =
  JsonPrimitive | JsonPages | readonly StreamedJson[] | { readonly [key: string]: StreamedJson };

const INDENT = "  ";

const isArray = (value: StreamedJson): value is readonly StreamedJson[] => Array.isArray(value);

/** Whether the value holds a JsonPages anywhere (else JSON.stringify writes it at once). */
function isStreamed(value: StreamedJson): boolean {
  if (value instanceof JsonPages) return true;
  if (value === null || typeof value !== "object") return false;
  if (isArray(value)) return value.some(isStreamed);
  for (const key in value) if (isStreamed(value[key]!)) return true;
  return false;
}

/** JSON.stringify's indented text of a value standing at `indent` (its inner lines indented one level more). */
function plain(value: StreamedJson, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent ? text.replaceAll("\n", `\n${indent}`) : text;
}

/** The text of `value` standing at `indent`, in pieces; a JsonPages is read a page at a time. */
export async function* jsonText(value: StreamedJson, indent = ""): AsyncGenerator<string> {
  if (!isStreamed(value)) {
    yield plain(value, indent);
    return;
  }
  const inner = indent + INDENT;
  if (value instanceof JsonPages || isArray(value)) {
    const pages = value instanceof JsonPages ? value.pages : [value];
    let count = 0;
    for await (const page of pages) {
      let text = "";
      for (const item of page) {
        text += `${count++ ? "," : "["}\n${inner}`;
        if (isStreamed(item)) {
          yield text;
          text = "";
          yield* jsonText(item, inner);
        } else {
          text += plain(item, inner);
        }
      }
      if (text) yield text;
    }
    yield count ? `\n${indent}]` : "[]";
    return;
  }
  if (value === null || typeof value !== "object") return; // (isStreamed ruled primitives out)
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonText(item, inner);
  }
  yield `\n${indent}}`;
}
