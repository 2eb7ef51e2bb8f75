// Webhook signatures: X-Milepost-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the creator's secret>.
// A receiver recomputes it and rejects old timestamps (replays).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Milepost-Signature";

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** True when `header` signs `body` with `secret` and is at most `toleranceSeconds` old at `now`. */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(header.split(",").map((part) => part.split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = signWebhook(secret, body, timestamp).split("v1=")[1]!;
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
