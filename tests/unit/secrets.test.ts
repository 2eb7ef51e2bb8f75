// lib/secrets: AES-256-GCM sealing round trips, refuses altered values and unknown keys with messages that never hold
// the value, opens with previous keys during a rotation, parses keys (base64 or hex, 32 bytes) with a clear
// configuration error, returns legacy plain values only where allowed, and generates its key file (mode 0600) when
// MILEPOST_SECRET_KEY is unset.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import * as config from "@/lib/config";
import { describeError, errorResponse } from "@/lib/http/errors";
import { currentKeyId, isSealed, openSecret, resealSecret, sealSecret, SecretError } from "@/lib/secrets";
import { keyIdOf } from "@/lib/secrets/keys";

const touched = new Map<string, string | undefined>();
function setEnv(name: string, value: string | undefined) {
  if (!touched.has(name)) touched.set(name, process.env[name]);
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
const folders: string[] = [];
afterEach(() => {
  for (const [name, value] of touched) setEnv(name, value);
  touched.clear();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const KEY_A = randomBytes(32);
const KEY_B = randomBytes(32);
const TOKEN = "act.example-access-token-1234567890";

function useKeys(current: Buffer, previous: Buffer[] = []) {
  setEnv("MILEPOST_SECRET_KEY", current.toString("base64"));
  setEnv("MILEPOST_PREVIOUS_SECRET_KEYS", previous.map((key) => key.toString("hex")).join(","));
}

function secretErrorOf(run: () => unknown): SecretError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SecretError);
    return error as SecretError;
  }
  throw new Error("expected a SecretError");
}

/** `sealed` with one character of part `index` (0: "v1", 1: key id, 2: iv, 3: ciphertext, 4: tag) changed. */
function altered(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const part = parts[index]!;
  const flip = (c: string) => (c === "A" ? "B" : c === "0" ? "1" : c === "a" ? "b" : "A");
  const at = Math.floor(part.length / 2);
  parts[index] = part.slice(0, at) + flip(part[at]!) + part.slice(at + 1);
  return parts.join(".");
}

describe("sealing and opening", () => {
  test("round trip: v1.<key id>.<iv>.<ciphertext>.<tag>, a fresh IV each time, the plain text nowhere in it", () => {
    useKeys(KEY_A);
    const sealed = sealSecret(TOKEN);
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(sealed.split(".")[1]).toBe(keyIdOf(KEY_A));
    expect(currentKeyId()).toBe(keyIdOf(KEY_A));
    expect(sealed).not.toContain(TOKEN);
    expect(isSealed(sealed)).toBe(true);
    expect(openSecret(sealed)).toBe(TOKEN);
    expect(sealSecret(TOKEN)).not.toBe(sealed);
    for (const plain of ["", "é ✓ 🎉", "x".repeat(10_000)]) expect(openSecret(sealSecret(plain))).toBe(plain);
  });

  test.each([
    [2, "the IV"],
    [3, "the ciphertext"],
    [4, "the tag"],
  ])("a changed character in %s (%s) is refused: tampered, nothing of the value in the message", (index) => {
    useKeys(KEY_A);
    const sealed = sealSecret(TOKEN);
    const error = secretErrorOf(() => openSecret(altered(sealed, index)));
    expect(error.problem).toBe("tampered");
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain(sealed.split(".")[3]!);
  });

  test("a flipped byte of the ciphertext is refused", () => {
    useKeys(KEY_A);
    const [version, id, iv, encrypted, tag] = sealSecret(TOKEN).split(".") as [string, string, string, string, string];
    const bytes = Buffer.from(encrypted, "base64url");
    bytes[0] = bytes[0]! ^ 1;
    const flipped = [version, id, iv, bytes.toString("base64url"), tag].join(".");
    expect(secretErrorOf(() => openSecret(flipped)).problem).toBe("tampered");
  });

  test("the key id is authenticated: a value relabelled with another key's id is refused", () => {
    useKeys(KEY_A, [KEY_B]);
    const sealed = sealSecret(TOKEN);
    const relabelled = sealed.replace(keyIdOf(KEY_A), keyIdOf(KEY_B));
    expect(secretErrorOf(() => openSecret(relabelled)).problem).toBe("tampered");
  });

  test("a value sealed with a key this server does not have: unknown_key, naming the key id only", () => {
    useKeys(KEY_A);
    const sealed = sealSecret(TOKEN);
    useKeys(KEY_B);
    const error = secretErrorOf(() => openSecret(sealed));
    expect(error.problem).toBe("unknown_key");
    expect(error.message).toContain(keyIdOf(KEY_A));
    expect(error.message).toContain("MILEPOST_PREVIOUS_SECRET_KEYS");
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain(KEY_A.toString("base64"));
  });

  test("a damaged value is malformed", () => {
    useKeys(KEY_A);
    expect(secretErrorOf(() => openSecret("v1.nonsense")).problem).toBe("malformed");
    expect(secretErrorOf(() => openSecret(`${sealSecret(TOKEN)}.extra`)).problem).toBe("malformed");
  });

  test("during a rotation previous keys still open; resealing moves a value to the current key", () => {
    useKeys(KEY_A);
    const old = sealSecret(TOKEN);
    useKeys(KEY_B, [KEY_A]);
    expect(openSecret(old)).toBe(TOKEN);
    const moved = resealSecret(old)!;
    expect(moved.split(".")[1]).toBe(keyIdOf(KEY_B));
    expect(resealSecret(moved)).toBeNull(); // already sealed with the current key: nothing to write
    useKeys(KEY_B);
    expect(openSecret(moved)).toBe(TOKEN);
    expect(secretErrorOf(() => openSecret(old)).problem).toBe("unknown_key");
    expect(secretErrorOf(() => resealSecret(old)).problem).toBe("unknown_key");
  });
});

describe("legacy plain values", () => {
  test("are refused unless the caller allows them (webhook secrets stored before encryption)", () => {
    useKeys(KEY_A);
    const legacy = "whsec_stored_before_encryption";
    expect(isSealed(legacy)).toBe(false);
    const error = secretErrorOf(() => openSecret(legacy));
    expect(error.problem).toBe("not_sealed");
    expect(error.message).not.toContain(legacy);
    expect(openSecret(legacy, { legacyPlaintext: true })).toBe(legacy);
    expect(() => resealSecret(legacy)).toThrow(SecretError);
    expect(openSecret(resealSecret(legacy, { legacyPlaintext: true })!)).toBe(legacy);
  });
});

describe("keys", () => {
  test("base64 (with or without padding, URL-safe) and 64 hex characters are the same key", () => {
    const forms = [
      KEY_A.toString("base64"),
      KEY_A.toString("base64").replace(/=+$/, ""),
      KEY_A.toString("base64url"),
      KEY_A.toString("hex"),
      KEY_A.toString("hex").toUpperCase(),
      ` ${KEY_A.toString("base64")} `,
    ];
    for (const form of forms) {
      setEnv("MILEPOST_SECRET_KEY", form);
      expect(config.secretKeySettings().current, form).toEqual(KEY_A);
      expect(currentKeyId()).toBe(keyIdOf(KEY_A));
    }
  });

  test.each([
    ["16 bytes of base64", randomBytes(16).toString("base64")],
    ["33 bytes of base64", randomBytes(33).toString("base64")],
    ["62 hex characters", randomBytes(31).toString("hex")],
    ["66 hex characters", randomBytes(33).toString("hex")],
    ["a passphrase", "correct horse battery staple"],
  ])("%s is refused with a clear message that does not repeat it", (_label, value) => {
    setEnv("MILEPOST_SECRET_KEY", value);
    const problems = config.configurationProblems();
    expect(problems).toEqual([
      "MILEPOST_SECRET_KEY must be 32 bytes written as 64 hex characters or as base64 (make one with: openssl rand -base64 32).",
    ]);
    expect(problems.join(" ")).not.toContain(value);
    expect(() => sealSecret(TOKEN)).toThrow(config.ConfigError);
  });

  test("previous keys: comma-separated, spaces and empty entries ignored, a bad entry named by its place", () => {
    setEnv("MILEPOST_PREVIOUS_SECRET_KEYS", ` ${KEY_A.toString("base64")}, ,${KEY_B.toString("hex")},`);
    expect(config.secretKeySettings().previous).toEqual([KEY_A, KEY_B]);
    setEnv("MILEPOST_PREVIOUS_SECRET_KEYS", `${KEY_A.toString("base64")},too-short`);
    expect(config.configurationProblems()).toEqual([
      "MILEPOST_PREVIOUS_SECRET_KEYS entry 2 must be 32 bytes written as 64 hex characters or as base64 (make one with: openssl rand -base64 32).",
    ]);
  });

  test("unset: a key is generated into MILEPOST_DATA_DIR/secret.key with mode 0600, then kept and reused", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "milepost-secrets-"));
    folders.push(dir);
    const data = path.join(dir, "data");
    setEnv("MILEPOST_DATA_DIR", data);
    setEnv("MILEPOST_SECRET_KEY", undefined);
    setEnv("MILEPOST_PREVIOUS_SECRET_KEYS", undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const sealed = sealSecret(TOKEN);
    const file = path.join(data, "secret.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    expect(key).toHaveLength(32);
    expect(sealed.split(".")[1]).toBe(keyIdOf(key));
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain("Back it up");
    expect(String(warn.mock.calls[0]![0])).not.toContain(key.toString("base64"));
    expect(openSecret(sealed)).toBe(TOKEN);
    expect(readFileSync(file, "utf8").trim()).toBe(key.toString("base64")); // not replaced
    // The same value opens once the operator sets that key explicitly.
    setEnv("MILEPOST_SECRET_KEY", key.toString("hex"));
    expect(openSecret(sealed)).toBe(TOKEN);
  });

  test("an existing key file is used as it is; one that holds no key is a clear error", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "milepost-secrets-"));
    folders.push(dir);
    setEnv("MILEPOST_DATA_DIR", dir);
    setEnv("MILEPOST_SECRET_KEY", undefined);
    writeFileSync(path.join(dir, "secret.key"), `${KEY_B.toString("hex")}\n`, { mode: 0o600 });
    expect(currentKeyId()).toBe(keyIdOf(KEY_B));

    const other = mkdtempSync(path.join(os.tmpdir(), "milepost-secrets-"));
    folders.push(other);
    setEnv("MILEPOST_DATA_DIR", other);
    writeFileSync(path.join(other, "secret.key"), "not a key\n");
    expect(() => sealSecret(TOKEN)).toThrow(/secret\.key does not hold a secret key/);
  });
});

describe("error texts", () => {
  test("an error from openSecret, told to an API client or a form, holds no secret", async () => {
    useKeys(KEY_A);
    const sealed = sealSecret(TOKEN);
    useKeys(KEY_B);
    let caught: unknown;
    try {
      openSecret(altered(sealed, 3));
    } catch (error) {
      caught = error;
    }
    expect(describeError(caught, "api")).toBeNull(); // not the caller's doing: a 500 that shows nothing
    expect(describeError(caught, "form")).toBeNull();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(caught);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: { code: "INTERNAL", message: "Something went wrong on our side." } });
    const everything = [body, String(caught), (caught as Error).stack ?? "", ...logged.mock.calls.flat().map(String)];
    for (const text of everything) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(sealed.split(".")[3]!);
      expect(text).not.toContain(KEY_A.toString("base64"));
    }
  });
});
