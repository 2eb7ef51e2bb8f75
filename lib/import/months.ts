// Month names as TikTok Studio writes them in its interface languages, full and abbreviated.
// Names are matched after foldMonthName: lower case, accents and dots dropped ("févr." → "fevr").

const NAMES: Record<string, readonly (readonly string[])[]> = {
  en: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  es: [
    ["enero", "ene"],
    ["febrero", "feb"],
    ["marzo", "mar"],
    ["abril", "abr"],
    ["mayo", "may"],
    ["junio", "jun"],
    ["julio", "jul"],
    ["agosto", "ago"],
    ["septiembre", "setiembre", "sep", "sept", "set"],
    ["octubre", "oct"],
    ["noviembre", "nov"],
    ["diciembre", "dic"],
  ],
  pt: [
    ["janeiro", "jan"],
    ["fevereiro", "fev"],
    ["março", "mar"],
    ["abril", "abr"],
    ["maio", "mai"],
    ["junho", "jun"],
    ["julho", "jul"],
    ["agosto", "ago"],
    ["setembro", "set"],
    ["outubro", "out"],
    ["novembro", "nov"],
    ["dezembro", "dez"],
  ],
  fr: [
    ["janvier", "janv", "jan"],
    ["février", "févr", "fév", "fev"],
    ["mars", "mar"],
    ["avril", "avr"],
    ["mai"],
    ["juin"],
    ["juillet", "juil"],
    ["août", "aou"],
    ["septembre", "sept", "sep"],
    ["octobre", "oct"],
    ["novembre", "nov"],
    ["décembre", "déc", "dec"],
  ],
  de: [
    ["januar", "jänner", "jan", "jän"],
    ["februar", "feb"],
    ["märz", "maerz", "mär", "mrz"],
    ["april", "apr"],
    ["mai"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["dezember", "dez"],
  ],
  it: [
    ["gennaio", "gen"],
    ["febbraio", "feb"],
    ["marzo", "mar"],
    ["aprile", "apr"],
    ["maggio", "mag"],
    ["giugno", "giu"],
    ["luglio", "lug"],
    ["agosto", "ago"],
    ["settembre", "set"],
    ["ottobre", "ott"],
    ["novembre", "nov"],
    ["dicembre", "dic"],
  ],
};

export const MONTH_LANGUAGES = Object.keys(NAMES);

export function foldMonthName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\./g, "")
    .trim();
}

function buildIndex(): Map<string, number> {
  const index = new Map<string, number>();
  for (const [language, months] of Object.entries(NAMES)) {
    months.forEach((names, m) => {
      for (const name of names) {
        const key = foldMonthName(name);
        const known = index.get(key);
        // Invariant: one spelling never names two months, whatever the language.
        if (known !== undefined && known !== m + 1) throw new Error(`"${name}" (${language}) names two months`);
        index.set(key, m + 1);
      }
    });
  }
  return index;
}

const MONTHS = buildIndex();

/** 1–12 for a month name in any supported language, else null. */
export function monthFromName(text: string): number | null {
  return MONTHS.get(foldMonthName(text)) ?? null;
}
