// Opening what was uploaded: ZIPs as TikTok gives them (one export each, several at once),
// CSV in UTF-8 with a byte-order mark (or UTF-16, or a legacy single-byte encoding), and XLSX.
// Each file's kind comes from its header row, so renamed files are still recognised.
import { unzipSync } from "fflate";
import { readSheet } from "read-excel-file/universal";
import { findHeader } from "./columns";
import { parseCsv } from "./csv";
import type { ExportSource, ImportFile, ImportProblem, SourceRow, SourceTable } from "./types";

// Guards against ZIP bombs: TikTok's exports are a few hundred kilobytes.
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;
const MAX_DEPTH = 2;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

// Files a ZIP may carry that are not data: folders, macOS resource forks, Windows thumbnails.
const isJunk = (name: string) =>
  name.endsWith("/") || name.startsWith("__MACOSX/") || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(name) || /(^|\/)\._/.test(name);

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a file re-saved by a spreadsheet program in a legacy encoding.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

async function readXlsxRows(bytes: Uint8Array): Promise<SourceRow[]> {
  const buffer = bytes.slice().buffer;
  // Numbers stay as the text the workbook stores, so counts are not rounded through floats.
  const sheet = await readSheet(buffer, { parseNumber: (text: string) => text });
  return sheet
    .map((cells, index) => ({ line: index + 1, cells: (cells as unknown[]).map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ""));
}

function listZip(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (entry) => {
      names.push(entry.name);
      return false;
    },
  });
  return names;
}

interface Collected {
  tables: SourceTable[];
  problems: ImportProblem[];
}

function toTable(name: string, rows: SourceRow[], out: Collected): void {
  const header = findHeader(name, rows);
  if (!header) {
    const first = rows[0]?.cells.slice(0, 4).map((c) => `"${c}"`).join(",") ?? "nothing";
    out.problems.push({
      file: name,
      line: null,
      message: `Not an Overview, FollowerHistory or Content export (its first row is ${first}); skipped.`,
    });
    return;
  }
  const headerRow = rows[header.index]!;
  out.tables.push({
    file: name,
    kind: header.match.kind,
    columns: header.match.columns,
    headerLine: headerRow.line,
    header: headerRow.cells,
    rows: rows.slice(header.index + 1),
    headerMatched: header.match.headerMatched,
  });
}

async function collect(name: string, bytes: Uint8Array, depth: number, out: Collected): Promise<void> {
  if (!isZip(bytes)) {
    toTable(name, parseCsv(decodeText(bytes)), out);
    return;
  }
  let entries: string[];
  try {
    entries = listZip(bytes);
  } catch {
    out.problems.push({ file: name, line: null, message: "Not a readable ZIP file; skipped." });
    return;
  }
  if (entries.includes("xl/workbook.xml")) {
    try {
      toTable(name, await readXlsxRows(bytes), out);
    } catch {
      out.problems.push({ file: name, line: null, message: "Not a readable XLSX workbook; skipped." });
    }
    return;
  }
  if (depth >= MAX_DEPTH) {
    out.problems.push({ file: name, line: null, message: "A ZIP inside a ZIP inside a ZIP; skipped." });
    return;
  }
  let total = 0;
  const tooLarge: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (isJunk(entry.name)) return false;
        total += entry.originalSize;
        const fits = entry.originalSize <= MAX_ENTRY_BYTES && total <= MAX_ARCHIVE_BYTES;
        if (!fits) tooLarge.push(entry.name);
        return fits;
      },
    });
  } catch {
    out.problems.push({ file: name, line: null, message: "Not a readable ZIP file; skipped." });
    return;
  }
  for (const entry of tooLarge) {
    out.problems.push({ file: `${name}/${entry}`, line: null, message: "Too large to be a TikTok export; skipped." });
  }
  const names = Object.keys(files).sort();
  if (names.length === 0 && tooLarge.length === 0) {
    out.problems.push({ file: name, line: null, message: "The ZIP file holds no files." });
  }
  for (const entry of names) await collect(`${name}/${entry}`, files[entry]!, depth + 1, out);
}

/** Opens every upload (ZIPs unpacked) and finds the TikTok exports among them, in upload order. */
export async function readTikTokFiles(files: readonly ImportFile[]): Promise<ExportSource> {
  const out: Collected = { tables: [], problems: [] };
  for (const file of files) await collect(file.name, file.bytes, 0, out);
  return out;
}
