// Opening what was uploaded: ZIPs as TikTok gives them (one export each, several at once, or one ZIP holding those),
// CSV in UTF-8 with a byte-order mark (or UTF-16, or a legacy single-byte encoding), and XLSX. Each file's kind comes
// from its header row, so renamed files are still recognised. Everything is read as a stream against one budget for
// the whole upload (budget.ts): past a limit the reading stops and the upload is refused.
import { readSheet } from "read-excel-file/universal";
import { AppError } from "@/lib/errors/app-error";
import { TIKTOK_UPLOAD_LIMITS, UploadBudget } from "./budget";
import { bytesSource, readCsvRows, resumeSource, type ByteSource } from "./sources";
import { TableCollector } from "./table";
import type { ExportSource, ImportFile, ImportProblem, SourceRow, SourceTable } from "./types";
import { collectBytes, isJunk, isZip, openZip, UnreadableZip, type ZipArchive, type ZipEntry } from "./zip";

export { decodeText } from "./sources";

interface Collected {
  tables: SourceTable[];
  problems: ImportProblem[];
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

const isWorkbookPart = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");
const sizeOf = (entries: ZipEntry[]) => entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);

/**
 * A workbook: read-excel-file unpacks its XML parts by itself (fflate, all of each part), so they are first unpacked
 * here — their real sizes counted against the budget — and only a workbook that fits is handed over.
 */
async function readWorkbook(
  name: string,
  bytes: Uint8Array,
  zip: ZipArchive,
  out: Collected,
  budget: UploadBudget,
): Promise<void> {
  const parts = zip.entries.filter((entry) => isWorkbookPart(entry.fileName));
  budget.checkDeclared(sizeOf(parts), name);
  let sheet: unknown[][];
  try {
    for (const part of parts) for await (const chunk of zip.source(part, `${name}/${part.fileName}`).open()) void chunk;
    // Numbers stay as the text the workbook stores, so counts are not rounded through floats.
    sheet = await readSheet(bytes.slice().buffer, { parseNumber: (text: string) => text });
  } catch (error) {
    if (error instanceof AppError) throw error;
    out.problems.push({ file: name, line: null, message: "Not a readable XLSX workbook; skipped." });
    return;
  }
  budget.addLines(sheet.length, name);
  const table = new TableCollector(name);
  const { cellChars } = budget.limits;
  for (const [index, cells] of sheet.entries()) {
    const row: SourceRow = { line: index + 1, cells: cells.map(cellText) };
    if (row.cells.some((cell) => cell.length > cellChars)) {
      throw budget.refuse(
        "VALIDATION",
        `${name}: row ${row.line} has a cell longer than ${cellChars.toLocaleString("en-US")} characters`,
      );
    }
    if (row.cells.some((cell) => cell.trim() !== "")) table.add(row);
    if (table.done) break;
  }
  table.finish(out);
}

/** A ZIP found at `depth` (0: uploaded as is): a workbook, or an archive whose files are read in name order. */
async function readZip(
  name: string,
  bytes: Uint8Array,
  depth: number,
  out: Collected,
  budget: UploadBudget,
): Promise<void> {
  let zip: ZipArchive;
  try {
    zip = await openZip(name, bytes, budget);
  } catch (error) {
    if (!(error instanceof UnreadableZip)) throw error;
    out.problems.push({ file: name, line: null, message: "Not a readable ZIP file; skipped." });
    return;
  }
  try {
    if (zip.entries.some((entry) => entry.fileName === "xl/workbook.xml"))
      return await readWorkbook(name, bytes, zip, out, budget);
    budget.enterZip(depth, name);
    const files = zip.entries
      .filter((entry) => !isJunk(entry.fileName))
      .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
    budget.checkDeclared(sizeOf(files), name);
    if (!files.length) out.problems.push({ file: name, line: null, message: "The ZIP file holds no files." });
    for (const entry of files) {
      const entryName = `${name}/${entry.fileName}`;
      try {
        await readEntry(zip.source(entry, entryName), entry.uncompressedSize, depth + 1, out, budget);
      } catch (error) {
        if (!(error instanceof UnreadableZip)) throw error;
        out.problems.push({ file: entryName, line: null, message: "Not readable (damaged ZIP data); skipped." });
      }
    }
  } finally {
    zip.close();
  }
}

/** A file inside a ZIP: its first chunk tells a ZIP (read whole, its size already checked) from text (streamed). */
async function readEntry(
  source: ByteSource,
  size: number,
  depth: number,
  out: Collected,
  budget: UploadBudget,
): Promise<void> {
  const chunks = source.open()[Symbol.asyncIterator]();
  const first = await chunks.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  if (isZip(head)) return readZip(source.name, await collectBytes(head, chunks, size), depth, out, budget);
  await readText(resumeSource(source, head, chunks), out, budget);
}

async function readText(source: ByteSource, out: Collected, budget: UploadBudget): Promise<void> {
  const table = await readCsvRows(source, budget, () => new TableCollector(source.name));
  table.finish(out);
}

/**
 * Opens every upload (ZIPs unpacked) and finds the TikTok exports among them, in upload order. One budget covers all
 * the files (a request's: the bytes sent are already counted in it); past a limit this throws the refusal (AppError).
 */
export async function readTikTokFiles(
  files: readonly ImportFile[],
  budget = new UploadBudget(TIKTOK_UPLOAD_LIMITS),
): Promise<ExportSource> {
  const out: Collected = { tables: [], problems: [] };
  for (const file of files) {
    if (isZip(file.bytes)) await readZip(file.name, file.bytes, 0, out, budget);
    else await readText(bytesSource(file.name, file.bytes), out, budget);
  }
  return out;
}
