// The keys that seal and open secrets at rest. The current key is MILEPOST_SECRET_KEY or, when that is unset, the one
// in MILEPOST_DATA_DIR/secret.key, generated there (mode 0600) the first time a secret is sealed or opened; keys
// being rotated away from are MILEPOST_PREVIOUS_SECRET_KEYS. Each key is named by its id: the first 8 hex characters
// of its SHA-256, written into every sealed value so that opening knows which key to use.
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, secretKeySettings } from "@/lib/config";
import { decodeSecretKey } from "@/lib/config/schemas";

export interface SecretKey {
  id: string;
  key: Buffer;
}

export interface KeyRing {
  /** Seals every new value. */
  current: SecretKey;
  /** The current key first, then the previous ones: the keys that open. */
  all: SecretKey[];
}

export const KEY_FILE_NAME = "secret.key";

export const keyIdOf = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

const named = (key: Buffer): SecretKey => ({ id: keyIdOf(key), key });

/** Where the generated key lives: the embedded database's data folder (relative paths from the working directory). */
export const keyFilePath = () => path.resolve(dataDir(), KEY_FILE_NAME);

const fileKeys = new Map<string, Buffer>();

function readKeyFile(file: string): Buffer {
  const key = decodeSecretKey(readFileSync(file, "utf8"));
  if (!key)
    throw new Error(
      `${file} does not hold a secret key (32 bytes as base64 or hex). Restore it from a backup, or set MILEPOST_SECRET_KEY.`,
    );
  return key;
}

/**
 * The key in `file`, generated when there is none. The new key is written to a file of its own and linked into place,
 * which fails when another process (the web server beside the worker) got there first: then its key is used, so two
 * processes starting together never end up with different keys.
 */
function loadOrCreateKeyFile(file: string): Buffer {
  const cached = fileKeys.get(file);
  if (cached) return cached;
  let key: Buffer;
  try {
    key = readKeyFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(draft, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(draft, 0o600); // whatever the umask
    try {
      linkSync(draft, file);
      console.warn(
        `Milepost generated its secret key in ${file}. Back it up: without it, connected accounts must be connected again and webhooks need new secrets.`,
      );
    } catch (linkError) {
      if ((linkError as NodeJS.ErrnoException).code !== "EEXIST") throw linkError;
    } finally {
      unlinkSync(draft);
    }
    key = readKeyFile(file);
  }
  fileKeys.set(file, key);
  return key;
}

/** The keys in force now (read at each call, so a test or a rotation that changes the variables is seen). */
export function keyRing(): KeyRing {
  const settings = secretKeySettings();
  const current = named(settings.current ?? loadOrCreateKeyFile(keyFilePath()));
  const previous = settings.previous.map(named).filter((key) => key.id !== current.id);
  return { current, all: [current, ...previous] };
}
