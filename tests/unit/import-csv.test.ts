import { describe, expect, test } from "vitest";
import { detectDelimiter, parseCsv } from "@/lib/import/csv";
import { decodeText } from "@/lib/import/files";
import { isNoValue, parseCount, parseVideoLink } from "@/lib/import/values";

const rows = (text: string) =>
  parseCsv(text).map(({ line, cells, error }) => (error ? [line, `! ${error}`] : [line, cells]));

describe("parseCsv (RFC 4180)", () => {
  test.each<[string, string, unknown[]]>([
    [
      "quoted fields",
      '"Date","Likes"\r\n"March 1","10"\r\n',
      [
        [1, ["Date", "Likes"]],
        [2, ["March 1", "10"]],
      ],
    ],
    ["byte-order mark dropped", '\uFEFF"Date","Likes"\n', [[1, ["Date", "Likes"]]]],
    [
      "unquoted and empty fields",
      "a,,c\n,,\n",
      [
        [1, ["a", "", "c"]],
        [2, ["", "", ""]],
      ],
    ],
    ["commas and doubled quotes inside quotes", '"a, b","say ""hi""",c', [[1, ["a, b", 'say "hi"', "c"]]]],
    [
      "a line break inside quotes: the next record starts two lines on",
      '"x","two\r\nlines"\r\n"y","z"\r\n',
      [
        [1, ["x", "two\r\nlines"]],
        [3, ["y", "z"]],
      ],
    ],
    [
      "LF, CRLF and CR line ends",
      "a\nb\r\nc\rd",
      [
        [1, ["a"]],
        [2, ["b"]],
        [3, ["c"]],
        [4, ["d"]],
      ],
    ],
    [
      "blank lines are skipped but counted",
      "a\n\n\nb\n",
      [
        [1, ["a"]],
        [4, ["b"]],
      ],
    ],
    ["no final line break", '"a","b"', [[1, ["a", "b"]]]],
    ["an empty quoted field", '"",""\n', [[1, ["", ""]]]],
    ["a quote inside an unquoted field is kept", '12"k,x\n', [[1, ['12"k', "x"]]]],
    [
      "an undoubled quote inside a quoted field is reported on its line",
      '"a","say "hi""\n"c","d"\n',
      [
        [1, "! a quote inside a quoted field is not doubled"],
        [2, ["c", "d"]],
      ],
    ],
    [
      "a quote never closed is reported on its line; reading goes on at the next line",
      '"a","b\n"c","d"\n"e","f"\n',
      [
        [1, "! a quote inside a quoted field is not doubled"],
        [2, ["c", "d"]],
        [3, ["e", "f"]],
      ],
    ],
    [
      "a quote never closed at the end of the file",
      '"a","b"\n"c","d\n',
      [
        [1, ["a", "b"]],
        [2, "! a quoted field is never closed"],
      ],
    ],
    [
      "semicolons (a file re-saved by a spreadsheet program)",
      '"Date";"Likes"\n"1. März";"5"\n',
      [
        [1, ["Date", "Likes"]],
        [2, ["1. März", "5"]],
      ],
    ],
    [
      "tabs",
      "Date\tLikes\nMarch 1\t5\n",
      [
        [1, ["Date", "Likes"]],
        [2, ["March 1", "5"]],
      ],
    ],
    ["empty file", "", []],
  ])("%s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test.each([
    ['"a","b;c"', ","],
    ['"a";"b,c";"d"', ";"],
    ["a\tb\tc,d", "\t"],
    ["single", ","],
  ])("detectDelimiter(%j) → %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("decodeText", () => {
  test.each<[string, Uint8Array, string]>([
    ["UTF-8 with a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]), "aé"],
    ["UTF-8 without one", new Uint8Array([0x61, 0xc3, 0xa9]), "aé"],
    ["UTF-16 LE with a byte-order mark", new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]), "aé"],
    ["UTF-16 BE with a byte-order mark", new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]), "aé"],
    ["Windows-1252 (not valid UTF-8)", new Uint8Array([0x66, 0xe9, 0x76, 0x72]), "févr"],
  ])("%s", (_name, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });
});

describe("cell values", () => {
  test.each<[string, boolean, number | undefined | string]>([
    ["1204", false, 1204],
    [" 1204 ", false, 1204],
    ["0", false, 0],
    ["-0", true, 0],
    ["-14", true, -14],
    ["\u221214", true, -14],
    ["+3", false, 3],
    ["1,234,567", false, 1_234_567],
    ["1.234", false, 1234],
    ["1 234", false, 1234],
    ["1\u00a0234", false, 1234],
    ["5120.0", false, 5120],
    ["undefined", false, undefined],
    ["Undefined", true, undefined],
    ["", false, undefined],
    ["-", true, undefined],
    ["-14", false, "! is negative; a total cannot be"],
    ["12k", true, "! is not a whole number"],
    ["1.5", true, "! is not a whole number"],
    ["1,23", true, "! is not a whole number"],
    ["99999999999999999999", true, "! is too large"],
  ])("parseCount(%j, allowNegative %s) → %s", (text, allowNegative, expected) => {
    const reading = parseCount(text, { allowNegative });
    expect(reading.ok ? reading.value : `! ${reading.reason}`).toBe(expected);
  });

  test.each(["undefined", "", "  ", "UNDEFINED", "null", "-"])("isNoValue(%j)", (text) => {
    expect(isNoValue(text)).toBe(true);
  });

  test.each<[string, string]>([
    ["https://www.tiktok.com/@example.creator/video/7451234567890123456", "7451234567890123456"],
    [
      "https://www.tiktok.com/@example.creator/video/7451234567890123456?is_from_webapp=1&sender_device=pc",
      "7451234567890123456",
    ],
    ["https://m.tiktok.com/@example.creator/video/7451234567890123456/", "7451234567890123456"],
    ["www.tiktok.com/@example.creator/video/7451234567890123456", "7451234567890123456"],
    ["https://www.tiktok.com/@example.creator/photo/7451234567890123459", "7451234567890123459"],
  ])("parseVideoLink(%j) → id %s, link kept", (link, id) => {
    expect(parseVideoLink(link)).toEqual({ ok: true, platformId: id, url: link });
  });

  test.each<[string, string]>([
    ["", "is empty; a video is identified by its link"],
    ["undefined", "is empty; a video is identified by its link"],
    ["https://vm.tiktok.com/ZMabcdefg/", "has no video id (expected …/video/<id>)"],
    ["https://www.tiktok.com/@example.creator", "has no video id (expected …/video/<id>)"],
    ["https://example.com/@someone/video/7451234567890123456", "is not a TikTok link"],
    ["https://notiktok.com/@someone/video/7451234567890123456", "is not a TikTok link"],
    ["http://[bad", "is not a link"],
  ])("parseVideoLink(%j) refused: %s", (link, reason) => {
    expect(parseVideoLink(link)).toEqual({ ok: false, reason });
  });
});
