// Uploads past their limits (issue #11): each refused with its status and one sentence naming the limit and listing
// them all, the reading stopped, and no error text quoting more than ~80 characters of a cell. Payloads are built here.
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { readImportUpload } from "@/lib/http/upload";
import { AppError } from "@/lib/errors/app-error";
import { MilepostCsvReader } from "@/lib/export/milepost-csv";
import {
  bytesSource,
  describeLimits,
  MILEPOST_CSV_LIMITS,
  parseTikTokExport,
  readCsvRows,
  readTikTokFiles,
  TIKTOK_UPLOAD_LIMITS,
  UploadBudget,
  type ImportFile,
  type UploadLimits,
} from "@/lib/import";
import { importPreviewSchema } from "@/lib/validation/imports";
import { copies, deflatedEntry, nestedBomb, storedEntry, zipOf } from "@/scripts/lib/upload-payloads";

const MB = 1024 * 1024;
const TIKTOK_SENTENCE = `; a TikTok upload may hold at most ${describeLimits(TIKTOK_UPLOAD_LIMITS)}.`;
/**
 * The same mechanism with smaller numbers, so that a test builds and reads a bounded payload (kilobytes or a few
 * megabytes, not the hundreds of thousands of lines or the 64 MB the real limits take to pass).
 */
const SMALL: UploadLimits = { ...TIKTOK_UPLOAD_LIMITS, unpackedBytes: 4 * MB, zipEntries: 100, lines: 2_000 };
const SMALL_SENTENCE = `; a TikTok upload may hold at most ${describeLimits(SMALL)}.`;
const small = () => new UploadBudget(SMALL);
const csv = (name: string, text: string): ImportFile => ({ name, bytes: strToU8(text) });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  // One sentence, short whatever the upload held.
  expect(appError.message.length).toBeLessThan(500);
  expect(appError.message.match(/\. |\.$/g)).toHaveLength(1);
  return appError;
}

test("the limits, as every refusal lists them", () => {
  expect(describeLimits(TIKTOK_UPLOAD_LIMITS)).toBe(
    "25 MB sent, 64 MB unpacked from ZIP files, 1,000 files inside ZIP files, ZIP files inside a ZIP file but no deeper, 200,000 lines in all, 100,000 characters a line and 10,000 characters a cell",
  );
  expect(describeLimits(MILEPOST_CSV_LIMITS)).toBe(
    "256 MB sent, 2,000,000 lines in all, 100,000 characters a line and 10,000 characters a cell",
  );
});

describe("ZIP files", () => {
  test("nested ZIPs that unpack past the budget: 413 from their declared sizes, before anything is inflated", async () => {
    const bomb = nestedBomb({ harder: true, entryBytes: 2 * MB }); // 4 × 4 × 2 MB
    const error = await refusal(readTikTokFiles([{ name: "export.zip", bytes: bomb }], small()));
    expect(error.status).toBe(413);
    expect(error.message).toBe(`export.zip/export-1.zip unpacks to more than 4 MB${SMALL_SENTENCE}`);
  });

  test("files each under the limits, together past them: one budget for the whole upload", async () => {
    const tiny = storedEntry("x", strToU8("x"));
    const part = zipOf(
      copies(
        tiny,
        Array.from({ length: 40 }, (_, i) => `junk/${i}.txt`),
      ),
    );
    const zips = await refusal(
      readTikTokFiles(
        [1, 2, 3].map((i) => ({ name: `part-${i}.zip`, bytes: part })),
        small(),
      ),
    );
    expect(zips.message).toMatch(/^part-3\.zip brings the files inside ZIP files past 100; /);
    const blank = csv("Overview.csv", `Date,Video Views\n${"\n".repeat(800)}`);
    const lines = await refusal(readTikTokFiles([blank, blank, { ...blank, name: "third.csv" }], small()));
    expect(lines.message).toMatch(/^third\.csv brings the lines read past 2,000; /);
  });

  test.each([
    [
      "declared small, really large",
      1024,
      `Overview.zip/Overview.csv does not unpack to the 1,024 bytes its ZIP directory declares`,
    ],
    [
      "declared large, really small",
      2048,
      `Overview.zip/Overview.csv does not unpack to the 2,048 bytes its ZIP directory declares`,
    ],
  ])(
    "an entry whose declared size lies (%s): 422, reading stopped at the declared size",
    async (_name, declared, message) => {
      const content = declared === 1024 ? new Uint8Array(8 * MB).fill(0x41) : strToU8("Date,Video Views\n");
      const zip = zipOf([deflatedEntry("Overview.csv", content, declared)]);
      const error = await refusal(readTikTokFiles([{ name: "Overview.zip", bytes: zip }]));
      expect(error.status).toBe(422);
      expect(error.message).toBe(`${message}${TIKTOK_SENTENCE}`);
    },
  );

  test("a ZIP three levels deep: 422 (TikTok's own ZIPs inside one ZIP are read)", async () => {
    const overview = zipSync({ "Overview.csv": strToU8("Date,Video Views\nJanuary 1,5\n") });
    const error = await refusal(
      readTikTokFiles([{ name: "a.zip", bytes: zipSync({ "b.zip": zipSync({ "c.zip": overview }) }) }]),
    );
    expect(error.status).toBe(422);
    expect(error.message).toBe(`a.zip/b.zip/c.zip is a ZIP file inside a ZIP file inside a ZIP file${TIKTOK_SENTENCE}`);
    const source = await readTikTokFiles([{ name: "a.zip", bytes: zipSync({ "b.zip": overview }) }]);
    expect(source.tables.map((t) => t.file)).toEqual(["a.zip/b.zip/Overview.csv"]);
  });

  test("too many entries: 422 from the ZIP's directory", async () => {
    const tiny = storedEntry("x", strToU8("x"));
    const zip = zipOf(
      copies(
        tiny,
        Array.from({ length: 101 }, (_, i) => `junk/${i}.txt`),
      ),
    );
    const error = await refusal(readTikTokFiles([{ name: "many.zip", bytes: zip }], small()));
    expect(error.status).toBe(422);
    expect(error.message).toBe(`many.zip brings the files inside ZIP files past 100${SMALL_SENTENCE}`);
  });

  test("a workbook whose parts unpack past the budget is refused before read-excel-file unpacks it", async () => {
    const sheet = deflatedEntry("xl/worksheets/sheet1.xml", new Uint8Array(5 * MB).fill(0x20));
    const workbook = zipOf([storedEntry("xl/workbook.xml", strToU8("<workbook/>")), sheet]);
    const error = await refusal(readTikTokFiles([{ name: "Overview.xlsx", bytes: workbook }], small()));
    expect(error.status).toBe(413);
    expect(error.message).toBe(`Overview.xlsx unpacks to more than 4 MB${SMALL_SENTENCE}`);
  });
});

describe("CSV files", () => {
  test("too many lines: 422", async () => {
    const error = await refusal(
      readTikTokFiles([csv("Overview.csv", `Date,Video Views\n${"January 1,5\n".repeat(2_000)}`)], small()),
    );
    expect(error.status).toBe(422);
    expect(error.message).toBe(`Overview.csv brings the lines read past 2,000${SMALL_SENTENCE}`);
  });

  test("a cell past the limit: 422 naming its line, never quoting it", async () => {
    const error = await refusal(
      readTikTokFiles([
        csv("Content.csv", `Time,Video title,Video link,Total views\n2026-01-05,"${"t".repeat(10_001)}",x,1\n`),
      ]),
    );
    expect(error.status).toBe(422);
    expect(error.message).toBe(`Content.csv: line 2 has a cell longer than 10,000 characters${TIKTOK_SENTENCE}`);
  });

  test("a 6 MB cell: refused once a line passes 100,000 characters, the rest never read", async () => {
    const cell = new Uint8Array(6 * MB).fill(0x41);
    const source = bytesSource("Overview.csv", cell);
    let read = 0;
    const counted = {
      name: source.name,
      async *open() {
        for await (const chunk of source.open()) {
          read += chunk.length;
          yield chunk;
        }
      },
    };
    const error = await refusal(
      readCsvRows(counted, new UploadBudget(TIKTOK_UPLOAD_LIMITS), () => ({ done: false, add() {} })),
    );
    expect(error.message).toBe(`Overview.csv: line 1 is longer than 100,000 characters${TIKTOK_SENTENCE}`);
    expect(read).toBeLessThan(MB);
  });

  test("a problem quotes at most 80 characters of a cell", async () => {
    const header =
      '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"';
    const link = `https://www.tiktok.com/@x/${"y".repeat(5_000)}`;
    const plan = await parseTikTokExport(
      [csv("Content.csv", `${header}\n"2026-03-04","t","${link}","March 1","1","1","1","10"\n`)],
      { exportDay: "2026-03-04" },
    );
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]!.message).toBe(
      `Video link "${link.slice(0, 79)}…" has no video id (expected …/video/<id>).`,
    );
  });

  test("Milepost CSV has its own, larger limits on the same mechanism", async () => {
    const limits = { ...MILEPOST_CSV_LIMITS, lines: 5_000 };
    const text = `day,followers\n2026-01-01,1\n${"\n".repeat(5_000)}`;
    const error = await refusal(
      readCsvRows(
        bytesSource("account.csv", strToU8(text)),
        new UploadBudget(limits),
        () => new MilepostCsvReader("account.csv"),
        ",",
      ),
    );
    expect(error.status).toBe(422);
    expect(error.message).toBe(
      `account.csv brings the lines read past 5,000; a Milepost CSV upload may hold at most ${describeLimits(limits)}.`,
    );
  });
});

describe("the request body", () => {
  const form = (body: BodyInit, headers: Record<string, string>) =>
    new Request("http://localhost/api/imports/preview", {
      method: "POST",
      body,
      headers,
      duplex: "half",
    } as RequestInit);

  test("a Content-Length past the limit: 413 before a byte is read", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const error = await refusal(
      readImportUpload(
        form(body, { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * MB) }),
        importPreviewSchema,
      ),
    );
    expect(error.status).toBe(413);
    expect(error.message).toBe(`The upload is larger than 25 MB${TIKTOK_SENTENCE}`);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  test("a body without a length: counted as it streams and cut off at the limit", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += MB;
        controller.enqueue(new Uint8Array(MB).fill(0x61));
        if (sent >= 100 * MB) controller.close();
      },
    });
    const error = await refusal(
      readImportUpload(form(body, { "content-type": "multipart/form-data; boundary=x" }), importPreviewSchema),
    );
    expect(error.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(30 * MB);
  });
});
