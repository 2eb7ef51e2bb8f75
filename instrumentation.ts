// Runs once when the Next.js server starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The client's address for sign-in throttling (lib/auth/peer-address.ts). A MILEPOST_TRUSTED_PROXIES that
    // cannot be read stops the server here, at start, rather than failing every sign-in later.
    const { parseTrustedProxies } = await import("@/lib/auth/client-address");
    const { stampPeerAddresses } = await import("@/lib/auth/peer-address");
    parseTrustedProxies(process.env.MILEPOST_TRUSTED_PROXIES);
    stampPeerAddresses();
  }
}
