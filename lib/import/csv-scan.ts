// The byte- and character-level scanning the CSV reader (csv.ts) does beside csv-parse: which delimiter a file uses,
// where lines end (CRLF, LF or a lone CR), and the quoting faults csv-parse's relaxed mode lets through.
const DELIMITERS = [",", ";", "\t"] as const;
const QUOTE = 0x22;
export const CR = 0x0d;
export const LF = 0x0a;

/** Where the first line ends outside quotes (-1: not in this text yet). */
export function endOfFirstLine(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) return i;
  }
  return -1;
}

/** The delimiter the first line uses most outside quotes (TikTok writes commas; re-saved files may not). */
export function detectDelimiter(text: string): string {
  const end = endOfFirstLine(text);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of end < 0 ? text : text.slice(0, end)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ",";
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

export type Fault = "not-doubled" | "open";
export const FAULTS: Record<Fault, string> = {
  "not-doubled": "a quote inside a quoted field is not doubled",
  open: "a quoted field is never closed",
};

/** Thrown from csv-parse's on_record for a record that must be reported instead of read. */
export class BrokenRecord extends Error {
  constructor(readonly fault: Fault) {
    super(FAULTS[fault]);
  }
}

/** Blank lines at the start of bytes[from, to): the first byte after them and how many there were. */
export function skipBlankLines(bytes: Buffer, from: number, to: number): { at: number; lines: number } {
  let at = from;
  let lines = 0;
  while (at < to && (bytes[at] === CR || bytes[at] === LF)) {
    at += bytes[at] === CR && bytes[at + 1] === LF ? 2 : 1;
    lines += 1;
  }
  return { at, lines };
}

/** Line ends in bytes[from, to): CRLF, LF and a lone CR end one line each. */
export function countLineEnds(bytes: Buffer, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) lines += 1;
  }
  return lines;
}

/**
 * The first quoting fault of one record's bytes, or null. csv-parse runs with relax_quotes, so that a quote inside an
 * unquoted cell (`12"k`) is kept as text; that also lets a closing quote followed by more text pass, which this check
 * keeps an error. `complete`: the bytes are the whole record (else a quote still open is not yet a fault).
 */
export function quotingFault(
  bytes: Buffer,
  from: number,
  to: number,
  delimiter: number,
  complete: boolean,
): Fault | null {
  let quoted = false;
  let cellStart = true;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (quoted) {
      if (byte !== QUOTE) continue;
      const next = bytes[i + 1];
      if (i + 1 < to && next === QUOTE) i += 1;
      else if (i + 1 >= to || next === delimiter || next === CR || next === LF) quoted = false;
      else return "not-doubled";
    } else if (byte === QUOTE && cellStart) {
      quoted = true;
      cellStart = false;
    } else {
      cellStart = byte === delimiter || byte === CR || byte === LF;
    }
  }
  return quoted && complete ? "open" : null;
}
