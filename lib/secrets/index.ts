// Secrets at rest: OAuth access and refresh tokens and webhook signing secrets are stored sealed with AES-256-GCM
// (node:crypto) as `v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url parts, a random 12-byte IV, a 16-byte tag). The
// associated data is the `v1.<key id>` prefix, so the version and the key id cannot be changed without the tag
// failing. A sealed value is opened with the key its id names: the current key or one of the previous ones
// (lib/secrets/keys.ts). Errors name what went wrong, never the value.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { keyRing, type SecretKey } from "./keys";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^v1\.([0-9a-f]{8})\.([\w-]{16})\.([\w-]*)\.([\w-]{22})$/;

export type SecretProblem = "not_sealed" | "malformed" | "unknown_key" | "tampered";

const MESSAGES: Record<SecretProblem, string> = {
  not_sealed: "A stored secret is not encrypted where it must be.",
  malformed: "A stored secret is damaged: it is not in Milepost's sealed format.",
  unknown_key:
    "A stored secret was encrypted with a key this server does not have: set that key in MILEPOST_SECRET_KEY or MILEPOST_PREVIOUS_SECRET_KEYS.",
  tampered:
    "A stored secret could not be decrypted: it was altered, or encrypted with another key that has the same id.",
};

/** A stored secret that cannot be opened. Its message says why and never contains the value. */
export class SecretError extends Error {
  override name = "SecretError";
  readonly code = "SECRET";
  constructor(
    readonly problem: SecretProblem,
    /** The id of the key the value names, when it names one (a fingerprint, not the key). */
    readonly keyId?: string,
  ) {
    super(keyId && problem === "unknown_key" ? `${MESSAGES[problem]} (key id ${keyId})` : MESSAGES[problem]);
  }
}

export interface OpenOptions {
  /**
   * A value that is not sealed is returned as it is: webhook secrets stored before they were encrypted. Only where
   * such values can exist; elsewhere an unsealed value is an error.
   */
  legacyPlaintext?: boolean;
}

/** Whether `value` is in the sealed format (it may still fail to open). */
export const isSealed = (value: string) => value.startsWith(`${VERSION}.`);

function sealWith({ id, key }: SecretKey, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const header = `${VERSION}.${id}`;
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(header, "utf8"));
  const encrypted = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [header, iv, encrypted, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** `plain` encrypted with the current key. */
export function sealSecret(plain: string): string {
  return sealWith(keyRing().current, plain);
}

/** The id of the key `sealed` names; null when it is not in the sealed format. */
function sealedKeyId(sealed: string): string | null {
  return SEALED.exec(sealed)?.[1] ?? null;
}

function openWith(keys: SecretKey[], sealed: string): string {
  const match = SEALED.exec(sealed);
  if (!match) throw new SecretError("malformed");
  const [, id, iv, encrypted, tag] = match as unknown as [string, string, string, string, string];
  const candidates = keys.filter((key) => key.id === id);
  if (!candidates.length) throw new SecretError("unknown_key", id);
  for (const { key } of candidates) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(`${VERSION}.${id}`, "utf8"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(encrypted, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      // another key with the same id, or an altered value
    }
  }
  throw new SecretError("tampered", id);
}

/** The plain text of a sealed value, opened with the key it names (current or previous). Throws SecretError. */
export function openSecret(sealed: string, options: OpenOptions = {}): string {
  if (!isSealed(sealed)) {
    if (options.legacyPlaintext) return sealed;
    throw new SecretError("not_sealed");
  }
  return openWith(keyRing().all, sealed);
}

/**
 * For rotation: `stored` sealed with the current key, or null when it already is (nothing to write). A legacy plain
 * value (with `legacyPlaintext`) is sealed; a value no key opens throws SecretError.
 */
export function resealSecret(stored: string, options: OpenOptions = {}): string | null {
  const ring = keyRing();
  if (isSealed(stored) && sealedKeyId(stored) === ring.current.id) {
    openWith([ring.current], stored); // still checked: a damaged value is reported, not kept as if it were fine
    return null;
  }
  const plain = isSealed(stored) ? openWith(ring.all, stored) : openSecret(stored, options);
  return sealWith(ring.current, plain);
}

/** The id of the key new values are sealed with. */
export const currentKeyId = () => keyRing().current.id;
