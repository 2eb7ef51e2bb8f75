// Where to go after signing in (or out): only ever a page of this site. Used by the sign-in form (in the browser,
// against window.location.origin) and by next-auth's redirect callback (against the app's origin), so both read a
// callbackUrl the way a browser would: "/\t/evil.example", "/\\evil.example", "https:evil.example" and
// "javascript:…" all resolve to another origin (or none) and are refused.

/**
 * The path, query and fragment `candidate` leads to when, resolved against `origin` as a browser resolves a link,
 * it stays on that origin; null otherwise (another host or scheme, `javascript:`, `data:`, not a URL at all).
 */
export function sameOriginPath(candidate: string, origin: string): string | null {
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(candidate, base);
  } catch {
    return null;
  }
  if (url.origin === "null" || url.origin !== base.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with "//" ("/.//evil.example" resolves to it) would be read as a host when followed.
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  return path;
}

/** `value` as a same-origin path, or `fallback` when it is missing or leads anywhere else. */
export function safeCallbackUrl(value: string | null | undefined, origin: string, fallback = "/dashboard"): string {
  return (value && sameOriginPath(value, origin)) || fallback;
}
