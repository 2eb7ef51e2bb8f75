// Cell values: counts, "no value" markers and video links.

/** A cell as a message quotes it: at most 80 characters (a cell may hold thousands). */
export function quoteCell(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

/** TikTok writes the literal `undefined` for days before data existed; empty cells mean the same. */
export function isNoValue(text: string): boolean {
  const value = text.trim().toLowerCase();
  return value === "" || value === "undefined" || value === "null" || value === "-" || value === "--";
}

export type CountReading = { ok: true; value: number | undefined } | { ok: false; reason: string };

// "1,234", "1.234", "1 234", "1'234": thousands grouped with one separator throughout.
const GROUPED = /^[+-]?\d{1,3}([,. '\u00a0\u202f])\d{3}(?:\1\d{3})*$/;

/** A whole count. Negative values are kept where they are real (daily figures can be negative). */
export function parseCount(text: string, { allowNegative }: { allowNegative: boolean }): CountReading {
  if (isNoValue(text)) return { ok: true, value: undefined };
  let value = text.trim().replace(/^\u2212/, "-");
  if (GROUPED.test(value)) value = value.replace(/[,. '\u00a0\u202f]/g, "");
  value = value.replace(/\.0+$/, "");
  if (!/^[+-]?\d+$/.test(value)) return { ok: false, reason: "is not a whole number" };
  const number = Number(value);
  if (!Number.isSafeInteger(number)) return { ok: false, reason: "is too large" };
  if (number < 0 && !allowNegative) return { ok: false, reason: "is negative; a total cannot be" };
  return { ok: true, value: number === 0 ? 0 : number };
}

export type LinkReading = { ok: true; platformId: string; url: string } | { ok: false; reason: string };

/**
 * The numeric id in a TikTok link: https://www.tiktok.com/@handle/video/<id> (photo posts use
 * /photo/<id>). Short links (vm.tiktok.com/…) carry no id, so they cannot be matched.
 */
export function parseVideoLink(text: string): LinkReading {
  const link = text.trim();
  if (isNoValue(link)) return { ok: false, reason: "is empty; a video is identified by its link" };
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`);
  } catch {
    return { ok: false, reason: "is not a link" };
  }
  const host = url.hostname.toLowerCase();
  if (host !== "tiktok.com" && !host.endsWith(".tiktok.com")) return { ok: false, reason: "is not a TikTok link" };
  const match = /\/(?:video|photo)\/(\d{6,30})(?:\/|$)/.exec(url.pathname);
  if (!match) return { ok: false, reason: "has no video id (expected …/video/<id>)" };
  return { ok: true, platformId: match[1]!, url: link };
}

/** Text for a person (a video title), or null when the cell is empty or `undefined`. U+0000 is dropped: PostgreSQL's text cannot hold it. */
export function optionalText(text: string | undefined): string | null {
  const value = text?.split("\u0000").join("").trim() ?? "";
  return value === "" || value.toLowerCase() === "undefined" ? null : value;
}
