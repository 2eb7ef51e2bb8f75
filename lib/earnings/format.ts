// Money for people: micro-dollars → "$3.40", rounded half away from zero to the cent.
import { MICROS_PER_DOLLAR } from "./rates";

const MICROS_PER_CENT = MICROS_PER_DOLLAR / 100;
const dollars = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function roundToCents(micros: number): number {
  const cents = Math.floor((Math.abs(micros) + MICROS_PER_CENT / 2) / MICROS_PER_CENT);
  return micros < 0 ? -cents : cents;
}

/** 3_400_000 → "$3.40"; −50_000 → "−$0.05"; 1_234_567_890 → "$1,234.57". */
export function formatMoney(micros: number): string {
  const cents = roundToCents(micros);
  const text = `$${dollars.format(Math.abs(cents) / 100)}`;
  return cents < 0 ? `−${text}` : text;
}

/** "$3.40–$6.80"; one figure when both ends round to the same cent. */
export function formatMoneyRange(low: number, high: number): string {
  const from = formatMoney(low);
  const to = formatMoney(high);
  return from === to ? from : `${from}–${to}`;
}

/** Micro-dollars → "3.40" for a form field (no currency sign, no grouping). */
export function microsToDollarInput(micros: number): string {
  return (roundToCents(micros) / 100).toFixed(2);
}
