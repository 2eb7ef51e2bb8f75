import { describe, expect, test } from "vitest";
import { inferSeriesDays, latestOnOrBefore, parseDateText, type DateParts } from "@/lib/import/dates";
import { MONTH_LANGUAGES, monthFromName } from "@/lib/import/months";

const yearless = (month: number, dayOfMonth: number): DateParts => ({ year: null, month, dayOfMonth });

describe("parseDateText: what TikTok Studio writes", () => {
  test.each<[string, number | null, number, number]>([
    ["February 28", null, 2, 28],
    ["Feb 28", null, 2, 28],
    ["Feb. 28", null, 2, 28],
    ["Sept 3", null, 9, 3],
    ["February 28, 2026", 2026, 2, 28],
    ["28 February 2026", 2026, 2, 28],
    ["March 1st", null, 3, 1],
    ["Feb 28, 2026 6:03 PM", 2026, 2, 28],
    ["Feb 28, 2026, 6:03 p.m.", 2026, 2, 28],
    ["28 févr. 2026 à 18h03", 2026, 2, 28],
    ["02/28/2026 18:03", 2026, 2, 28],
    ["28 de febrero", null, 2, 28],
    ["8 de marzo", null, 3, 8],
    ["28 de febrero de 2026", 2026, 2, 28],
    ["3 de sep.", null, 9, 3],
    ["1 de setiembre", null, 9, 1],
    ["28 fevereiro", null, 2, 28],
    ["28 de fevereiro", null, 2, 28],
    ["5 de março", null, 3, 5],
    ["5 de marco", null, 3, 5],
    ["10 de out.", null, 10, 10],
    ["28 févr.", null, 2, 28],
    ["28 fevr", null, 2, 28],
    ["1er mars", null, 3, 1],
    ["15 août", null, 8, 15],
    ["15 aout", null, 8, 15],
    ["3 déc.", null, 12, 3],
    ["28. Februar", null, 2, 28],
    ["3. März", null, 3, 3],
    ["3. Maerz", null, 3, 3],
    ["3. Mrz.", null, 3, 3],
    ["1. Jänner", null, 1, 1],
    ["28. Februar 2026", 2026, 2, 28],
    ["28 febbraio", null, 2, 28],
    ["2 gen", null, 1, 2],
    ["12 ott.", null, 10, 12],
    ["2026-02-28", 2026, 2, 28],
    ["2026-02-28 18:03:11", 2026, 2, 28],
    ["2026-02-28T18:03:11Z", 2026, 2, 28],
    ["2026/2/8", 2026, 2, 8],
    ["02/28/2026", 2026, 2, 28],
    ["28/02/2026", 2026, 2, 28],
    ["05/05/2026", 2026, 5, 5],
    ["28.02.2026", 2026, 2, 28],
    ["03.04.2026", 2026, 4, 3],
    ["  february   28  ", null, 2, 28],
    ["February 29", null, 2, 29],
  ])("%j → year %s, month %s, day %s", (text, year, month, dayOfMonth) => {
    expect(parseDateText(text)).toEqual({ ok: true, date: { year, month, dayOfMonth } });
  });

  test.each<[string, string]>([
    ["", "is empty"],
    ["03/04/2026", "could be day/month or month/day; write it as YYYY-MM-DD"],
    ["28/02", "is not a date Milepost can read"],
    ["Smarch 5", "is not a date Milepost can read"],
    ["February", "is not a date Milepost can read"],
    ["28", "is not a date Milepost can read"],
    ["February 28 March", "is not a date Milepost can read"],
    ["February 30", "is not a day of the calendar"],
    ["February 29, 2026", "is not a day of the calendar"],
    ["2026-02-30", "is not a day of the calendar"],
    ["April 31", "is not a day of the calendar"],
    ["13/13/2026", "is not a date"],
    ["undefined", "is not a date Milepost can read"],
    ["February 28 ".repeat(10), "is not a date Milepost can read"],
  ])("%j is refused: %s", (text, reason) => {
    expect(parseDateText(text)).toEqual({ ok: false, reason });
  });
});

describe("month names", () => {
  const full: Record<string, string[]> = {
    en: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    es: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
    pt: [
      "janeiro",
      "fevereiro",
      "março",
      "abril",
      "maio",
      "junho",
      "julho",
      "agosto",
      "setembro",
      "outubro",
      "novembro",
      "dezembro",
    ],
    fr: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    de: [
      "Januar",
      "Februar",
      "März",
      "April",
      "Mai",
      "Juni",
      "Juli",
      "August",
      "September",
      "Oktober",
      "November",
      "Dezember",
    ],
    it: [
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre",
    ],
  };

  test("six languages", () => {
    expect(MONTH_LANGUAGES.sort()).toEqual(Object.keys(full).sort());
  });

  test.each(Object.entries(full))(
    "%s: the twelve full names, with and without accents, in any case",
    (_language, names) => {
      names.forEach((name, i) => {
        expect(monthFromName(name)).toBe(i + 1);
        expect(monthFromName(name.toUpperCase())).toBe(i + 1);
        expect(monthFromName(name.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))).toBe(i + 1);
      });
    },
  );

  test.each<[string, number | null]>([
    ["Jan.", 1],
    ["févr.", 2],
    ["Mär", 3],
    ["abr.", 4],
    ["mag", 5],
    ["giu", 6],
    ["juil.", 7],
    ["ago", 8],
    ["set.", 9],
    ["okt", 10],
    ["out", 10],
    ["dez.", 12],
    ["dic", 12],
    ["Smarch", null],
    ["", null],
  ])("%j → %s", (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });
});

describe("latestOnOrBefore", () => {
  test.each<[DateParts, string, number, string | null]>([
    [yearless(1, 4), "2026-01-05", 1, "2026-01-04"],
    [yearless(1, 5), "2026-01-05", 1, "2026-01-05"],
    [yearless(12, 30), "2026-01-05", 1, "2025-12-30"],
    [yearless(1, 6), "2026-01-05", 1, "2025-01-06"],
    [yearless(2, 29), "2024-03-01", 1, "2024-02-29"],
    [yearless(2, 29), "2026-03-01", 1, null],
    [yearless(2, 29), "2026-03-01", 4, "2024-02-29"],
  ])("%j on or before %s (%s years back) → %s", (date, limit, yearsBack, expected) => {
    expect(latestOnOrBefore(date, limit, yearsBack)).toBe(expected);
  });
});

describe("inferSeriesDays: rows oldest first, the last on or before the export day", () => {
  const days = (dates: (DateParts | null)[], exportDay: string) =>
    inferSeriesDays(dates, exportDay).map((d) => (d === null ? null : d.ok ? d.day : `! ${d.reason}`));

  test.each<[string, (DateParts | null)[], string, (string | null)[]]>([
    [
      "across the new year backwards (exported 2026-01-05)",
      [yearless(12, 30), yearless(12, 31), yearless(1, 1), yearless(1, 2), yearless(1, 3), yearless(1, 4)],
      "2026-01-05",
      ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"],
    ],
    [
      "a full year of rows ending the day before the export",
      [yearless(3, 5), yearless(6, 1), yearless(12, 31), yearless(3, 4)],
      "2026-03-05",
      ["2025-03-05", "2025-06-01", "2025-12-31", "2026-03-04"],
    ],
    [
      "newest first is recognised",
      [yearless(1, 2), yearless(1, 1), yearless(12, 31), yearless(12, 30)],
      "2026-01-03",
      ["2026-01-02", "2026-01-01", "2025-12-31", "2025-12-30"],
    ],
    [
      "an unreadable row is skipped; its neighbours still line up",
      [yearless(12, 31), null, yearless(1, 2)],
      "2026-01-03",
      ["2025-12-31", null, "2026-01-02"],
    ],
    [
      "a full date anchors the rows before it",
      [yearless(12, 31), { year: 2025, month: 1, dayOfMonth: 2 }],
      "2026-01-03",
      ["2024-12-31", "2025-01-02"],
    ],
    [
      "February 29 of a leap year",
      [yearless(2, 28), yearless(2, 29), yearless(3, 1)],
      "2024-03-02",
      ["2024-02-28", "2024-02-29", "2024-03-01"],
    ],
    [
      "February 29 in a year without one cannot be placed",
      [yearless(2, 28), yearless(2, 29), yearless(3, 1)],
      "2026-03-02",
      [
        "2026-02-28",
        "! has no year that puts it on or before 2026-02-28, in order with the rows after it",
        "2026-03-01",
      ],
    ],
    ["a gap of a few days", [yearless(12, 20), yearless(1, 2)], "2026-01-03", ["2025-12-20", "2026-01-02"]],
  ])("%s", (_name, dates, exportDay, expected) => {
    expect(days(dates, exportDay)).toEqual(expected);
  });
});
