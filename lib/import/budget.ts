// One budget per upload (one request, one command-line run) that every level of reading draws from: the bytes sent,
// the bytes unpacked from ZIPs at any depth, the files inside ZIPs, how deep ZIPs nest, the lines read in all and the
// characters of a line and of a cell. Past a limit reading stops at once and the upload is refused with one sentence
// naming the limit and listing them all: 413 for sizes (TOO_LARGE), 422 for structure (VALIDATION). Nothing is written.
import { AppError } from "@/lib/errors/app-error";

export interface UploadLimits {
  /** Who the limits are for, as the refusal names them ("a TikTok upload"). */
  label: string;
  /** The request body (or, on the command line, the files named) in bytes. */
  uploadBytes: number;
  /** Bytes unpacked from ZIPs, at every depth together (0: ZIPs are not read). */
  unpackedBytes: number;
  /** Entries of every ZIP together (folders and a workbook's parts included). */
  zipEntries: number;
  /** 1: a ZIP; 2: a ZIP inside a ZIP (TikTok's own files are never nested deeper than one ZIP in another). */
  zipDepth: number;
  /** Lines of every file together. */
  lines: number;
  /** Characters of one line (of one record, when a quoted cell spans lines). */
  lineChars: number;
  /** Characters of one cell. */
  cellChars: number;
}

const MB = 1024 * 1024;

/** TikTok Studio's exports are a few hundred KB, titles a few thousand characters at most. */
export const TIKTOK_UPLOAD_LIMITS: UploadLimits = {
  label: "a TikTok upload",
  uploadBytes: 25 * MB,
  unpackedBytes: 64 * MB,
  zipEntries: 1_000,
  zipDepth: 2,
  lines: 200_000,
  lineChars: 100_000,
  cellChars: 10_000,
};

/** Milepost's own CSV files: a million video readings, with their titles and links, is about 150 MB. */
export const MILEPOST_CSV_LIMITS: UploadLimits = {
  label: "a Milepost CSV upload",
  uploadBytes: 256 * MB,
  unpackedBytes: 0,
  zipEntries: 0,
  zipDepth: 0,
  lines: 2_000_000,
  lineChars: 100_000,
  cellChars: 10_000,
};

const count = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${count(Math.round(bytes / MB))} MB`;

/** Every limit, in words: the second half of each refusal, and what the README lists. */
export function describeLimits(limits: UploadLimits): string {
  const parts = [`${megabytes(limits.uploadBytes)} sent`];
  if (limits.unpackedBytes > 0) {
    parts.push(
      `${megabytes(limits.unpackedBytes)} unpacked from ZIP files`,
      `${count(limits.zipEntries)} files inside ZIP files`,
    );
    parts.push(limits.zipDepth >= 2 ? "ZIP files inside a ZIP file but no deeper" : "no ZIP file inside a ZIP file");
  }
  parts.push(
    `${count(limits.lines)} lines in all`,
    `${count(limits.lineChars)} characters a line`,
    `${count(limits.cellChars)} characters a cell`,
  );
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** A file name (possibly "Archive.zip/inner.zip/x.csv", possibly hostile) cut to its last 80 characters. */
export function shortName(name: string): string {
  return name.length <= 80 ? name : `…${name.slice(-79)}`;
}

export interface BudgetMark {
  unpacked: number;
  lines: number;
}

export class UploadBudget {
  private sent = 0;
  private unpacked = 0;
  private entries = 0;
  private lines = 0;

  constructor(readonly limits: UploadLimits) {}

  /** The refusal: what went past which limit, then every limit. */
  refuse(code: "TOO_LARGE" | "VALIDATION", what: string): AppError {
    return new AppError(code, `${what}; ${this.limits.label} may hold at most ${describeLimits(this.limits)}.`);
  }

  /** Bytes of the upload itself, counted as they arrive (or the files' sizes, before). */
  addSent(bytes: number): void {
    this.sent += bytes;
    if (this.sent > this.limits.uploadBytes) throw this.sentTooMuch();
  }

  /** The refusal of an upload larger than the bytes it may send. */
  sentTooMuch(): AppError {
    return this.refuse("TOO_LARGE", `The upload is larger than ${megabytes(this.limits.uploadBytes)}`);
  }

  /** A ZIP's entry count, from its directory, before any entry is read. */
  addEntries(n: number, zip: string): void {
    this.entries += n;
    if (this.entries > this.limits.zipEntries)
      throw this.refuse(
        "VALIDATION",
        `${shortName(zip)} brings the files inside ZIP files past ${count(this.limits.zipEntries)}`,
      );
  }

  /** A ZIP's declared unpacked size: refused before anything is inflated when it cannot fit. */
  checkDeclared(bytes: number, zip: string): void {
    if (this.unpacked + bytes > this.limits.unpackedBytes)
      throw this.refuse("TOO_LARGE", `${shortName(zip)} unpacks to more than ${megabytes(this.limits.unpackedBytes)}`);
  }

  /** Bytes really inflated, counted as they come out. */
  addUnpacked(bytes: number, file: string): void {
    this.unpacked += bytes;
    if (this.unpacked > this.limits.unpackedBytes)
      throw this.refuse("TOO_LARGE", `${shortName(file)} unpacks to more than ${megabytes(this.limits.unpackedBytes)}`);
  }

  /** Opening a ZIP found at `depth` (0: an uploaded file; 1: inside an uploaded ZIP). */
  enterZip(depth: number, zip: string): void {
    if (this.limits.zipDepth === 0)
      throw this.refuse("VALIDATION", `${shortName(zip)} is a ZIP file, and this import reads CSV files only`);
    if (depth + 1 > this.limits.zipDepth)
      throw this.refuse("VALIDATION", `${shortName(zip)} is a ZIP file inside a ZIP file inside a ZIP file`);
  }

  addLines(n: number, file: string): void {
    this.lines += n;
    if (this.lines > this.limits.lines)
      throw this.refuse("VALIDATION", `${shortName(file)} brings the lines read past ${count(this.limits.lines)}`);
  }

  /** Where the counts stand, to read one file again from its start (as another text encoding) without counting it twice. */
  mark(): BudgetMark {
    return { unpacked: this.unpacked, lines: this.lines };
  }

  restore(mark: BudgetMark): void {
    this.unpacked = mark.unpacked;
    this.lines = mark.lines;
  }
}

/** The refusal for files already too large to send (the pages check before uploading), or null. */
export function sizeRefusal(limits: UploadLimits, sizes: readonly number[]): string | null {
  try {
    new UploadBudget(limits).addSent(sizes.reduce((sum, size) => sum + size, 0));
    return null;
  } catch (error) {
    return error instanceof AppError ? error.message : null;
  }
}
