// STUB until the secrets branch lands: the same API, no encryption yet.
export const sealSecret = (plain: string): string => `stub.${Buffer.from(plain).toString("base64url")}`;
export const openSecret = (sealed: string, _options: { legacyPlaintext?: boolean } = {}): string =>
  sealed.startsWith("stub.") ? Buffer.from(sealed.slice(5), "base64url").toString() : sealed;
export const isSealed = (value: string): boolean => value.startsWith("stub.");
