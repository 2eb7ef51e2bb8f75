/** Only same-site paths are followed after signing in ("/dashboard", "/accounts/x", never "//evil.example" or a full URL). */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
