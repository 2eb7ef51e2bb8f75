// Wall-clock times in an IANA time zone, as instants: when is 22:00 on a day in "Asia/Tokyo"?

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function offsetMs(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant the clocks of `timeZone` show `day` at midnight plus `seconds`. Across a DST change the offset of the
 * moment itself is used (a time skipped by the change falls an hour later, as a person's alarm would).
 */
export function zonedInstant(timeZone: string, day: string, seconds: number): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + seconds * 1000;
  const first = wall - offsetMs(timeZone, new Date(wall));
  return new Date(wall - offsetMs(timeZone, new Date(first)));
}
