// Numbers for people.
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat("en-US");

/** 1234 → "1.2k", 2500000 → "2.5M", 999 → "999". */
export function formatCompact(value: number): string {
  return compact.format(value).replace("K", "k");
}

/** 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  return exact.format(value);
}
