// The export's streaming writers: the JSON document and CSV files written in pieces are exactly the text written at
// once, buffers gather pieces without changing a byte, and the ZIP stream carries its entries, its sources' errors,
// and a reader going away back to the sources.
import { once } from "node:events";
import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csvText, writeCsv, type CsvCell } from "@/lib/export/csv";
import { JsonPages, jsonText, type StreamedJson } from "@/lib/export/json-stream";
import { inChunks } from "@/lib/export/text-chunks";
import { zipStream } from "@/lib/export/zip-stream";

async function textOf(pieces: AsyncIterable<string | Uint8Array>): Promise<string> {
  let text = "";
  for await (const piece of pieces) text += typeof piece === "string" ? piece : Buffer.from(piece).toString("utf8");
  return text;
}

async function* pagesOf<T>(items: readonly T[], sizes: readonly number[]): AsyncGenerator<T[]> {
  for (let at = 0, i = 0; at < items.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield items.slice(at, at + size);
    at += size;
  }
}

/** The value with some of its arrays (those `pick` chooses) turned into JsonPages, split into pages of `sizes`. */
function streamed(value: unknown, pick: () => boolean, sizes: number[]): StreamedJson {
  if (Array.isArray(value)) {
    const items = value.map((item) => streamed(item, pick, sizes));
    return pick() ? new JsonPages(pagesOf(items, sizes)) : items;
  }
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, streamed(item, pick, sizes)]));
  return value as StreamedJson;
}

describe("jsonText", () => {
  test("writes JSON.stringify(value, null, 2) of any JSON value, whichever arrays arrive in pages", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1 }),
        async (value, picks, sizes) => {
          let i = 0;
          const document = streamed(value, () => picks[i++ % picks.length]!, sizes);
          expect(await textOf(jsonText(document))).toBe(JSON.stringify(value, null, 2));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a paged array with no items is [], nested anywhere", async () => {
    const document = { a: new JsonPages(pagesOf([], [1])), b: [{ c: new JsonPages(pagesOf([], [1])), d: 1 }] };
    expect(await textOf(jsonText(document))).toBe(JSON.stringify({ a: [], b: [{ c: [], d: 1 }] }, null, 2));
  });
});

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom("=1+1", "-3", "@x", 'a "b", c', "two\nlines", "\r"),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

describe("csvText", () => {
  test("is writeCsv's text, whatever the pages", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { maxLength: 6 })),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }),
        async (header, rows, sizes) => {
          expect(await textOf(csvText(header, pagesOf<CsvCell[]>(rows, sizes)))).toBe(writeCsv(header, rows));
        },
      ),
    );
  });
});

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

describe("inChunks", () => {
  test("keeps every byte, in buffers of at least the size asked for (but the last)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "grapheme", maxLength: 40 })), async (pieces) => {
        const chunks: Buffer[] = [];
        for await (const chunk of inChunks(each(pieces), 16)) chunks.push(chunk);
        expect(Buffer.concat(chunks).toString("utf8")).toBe(pieces.join(""));
        expect(chunks.slice(0, -1).every((chunk) => chunk.toString("utf8").length >= 16)).toBe(true);
      }),
    );
  });
});

async function* text(...pieces: string[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) yield Buffer.from(piece);
}

describe("zipStream", () => {
  test("writes its entries in order, folders included, each produced when the archive reaches it", async () => {
    const started: string[] = [];
    const entry = (name: string, ...pieces: string[]) => ({
      name,
      content: () => {
        started.push(name);
        return text(...pieces);
      },
    });
    const zip = zipStream([
      entry("a.json", '{"a":', "1}"),
      { name: "f/" },
      entry("f/b.csv", "x,y\r\n", "1,2\r\n"),
      entry("f/empty.csv"),
    ]);
    const files = unzipSync(Buffer.concat(await zip.toArray()));
    expect(Object.keys(files)).toEqual(["a.json", "f/", "f/b.csv", "f/empty.csv"]);
    expect(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual({
      "a.json": '{"a":1}',
      "f/": "",
      "f/b.csv": "x,y\r\n1,2\r\n",
      "f/empty.csv": "",
    });
    expect(started).toEqual(["a.json", "f/b.csv", "f/empty.csv"]);
  });

  test("a source that fails destroys the archive with its error", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield Buffer.from("start");
      throw new Error("the source broke");
    }
    const zip = zipStream([{ name: "a.txt", content: failing }]);
    await expect(zip.toArray()).rejects.toThrow("the source broke");
  });

  test("destroying the archive (a reader gone) ends the source being read", async () => {
    let finished = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (let i = 0; ; i++) yield Buffer.from(`line ${i} ${"x".repeat(i % 97)}\n`);
      } finally {
        finished = true;
      }
    }
    const zip = zipStream([{ name: "endless.txt", content: endless }]);
    await once(zip, "data");
    zip.destroy();
    await once(zip, "close");
    for (let i = 0; i < 100 && !finished; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(finished).toBe(true);
  });
});
