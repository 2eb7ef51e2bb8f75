// When a notice came, for people: "5 minutes ago", and the exact moment in the account's time zone.
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
];

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; null from a week on (the exact time says it better). */
export function relativeTime(at: Date, now: Date): string | null {
  let amount = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  if (amount < 45) return "just now";
  for (const [unit, size] of STEPS) {
    if (amount < size) return relative.format(-amount, unit);
    amount = Math.round(amount / size);
  }
  return null;
}

/** "Nov 24, 2026, 2:03 PM CET" in `timeZone` (UTC when the notice has no account). */
export function exactTime(at: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}
