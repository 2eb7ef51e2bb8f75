// This server's TikTok app, as the operator configured it.
import { tiktokSettings } from "@/lib/config";
import type { TikTokApp } from "./oauth";

/** Null when TIKTOK_CLIENT_KEY or TIKTOK_CLIENT_SECRET is unset: connecting TikTok is off, the rest works. */
export function configuredTikTokApp(): TikTokApp | null {
  const { authUrl, apiUrl, credentials } = tiktokSettings();
  return credentials ? { authUrl, apiUrl, ...credentials } : null;
}
