// The time zones an account can pick: UTC first, then every IANA zone this runtime knows.
export function listTimeZones(current?: string): string[] {
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  // An account saved with a zone this runtime lists under another name keeps it selectable.
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
