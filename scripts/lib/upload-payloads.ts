// Hostile uploads for the upload limits' tests and `npm run bench:uploads`: ZIP bombs nested as issue #11 describes
// them. Written by hand because no ZIP library writes what these need — one deflated stream reused by many entries
// (so a bomb costs one deflate to build), and directory sizes that lie.
import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The bytes as stored (deflated when `deflated`). */
  data: Uint8Array;
  /** The unpacked size and CRC the ZIP declares (a lie when they are not the data's). */
  size: number;
  crc: number;
  deflated: boolean;
}

/** An entry deflated from `content` (level 9), declaring its true size unless `declare` says otherwise. */
export function deflatedEntry(name: string, content: Uint8Array, declare?: number): RawEntry {
  return {
    name,
    data: deflateRawSync(content, { level: 9 }),
    size: declare ?? content.length,
    crc: crc32(content),
    deflated: true,
  };
}

export function storedEntry(name: string, content: Uint8Array): RawEntry {
  return { name, data: content, size: content.length, crc: crc32(content), deflated: false };
}

/** The same deflated data under several names (a bomb's entries all inflate to the same bytes). */
export function copies(entry: RawEntry, names: string[]): RawEntry[] {
  return names.map((name) => ({ ...entry, name }));
}

/** A ZIP file (no ZIP64: entries and sizes below 4 GB and 65,536 entries). */
export function zipOf(entries: RawEntry[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const MB = 1024 * 1024;

/**
 * Issue #11's bomb: a ZIP of 4 ZIPs of 4 entries of one 60 MB cell each (3.75 GB unpacked in all). `harder`: the outer
 * ZIP deflates the inner ones too (4.5 KB in all) instead of storing them (about 1 MB).
 */
export function nestedBomb({ harder = false, entryBytes = 60 * MB } = {}): Uint8Array<ArrayBuffer> {
  const cell = deflatedEntry("cell.csv", new Uint8Array(entryBytes).fill(0x41)); // "AAAA…", one cell
  const inner = zipOf(copies(cell, ["Overview.csv", "FollowerHistory.csv", "Content.csv", "Other.csv"]));
  const names = [1, 2, 3, 4].map((i) => `export-${i}.zip`);
  return zipOf(names.map((name) => (harder ? deflatedEntry(name, inner) : storedEntry(name, inner))));
}

/** A CSV of `bytes` bytes: a Content header, then rows of one long title each (every row valid CSV). */
export function largeCsv(bytes: number): Uint8Array<ArrayBuffer> {
  const header =
    '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"\n';
  const row = `"2026-01-05","${"x".repeat(900)}","https://www.tiktok.com/@a/video/7451234567890123456","January 1","1","1","1","10"\n`;
  const out = new Uint8Array(bytes);
  const headerBytes = Buffer.from(header);
  out.set(headerBytes);
  const rowBytes = Buffer.from(row);
  for (let at = headerBytes.length; at < bytes; at += rowBytes.length)
    out.set(rowBytes.subarray(0, Math.min(rowBytes.length, bytes - at)), at);
  return out;
}
