// Runs once when the Next.js server starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next.js itself and replaced when it builds, so the Node.js-only branch is left out of
  // other runtimes' bundles: it stays a literal here rather than a read through lib/config.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // A variable set to something it cannot be — MILEPOST_TRUSTED_PROXIES's entries included — stops the server
    // here, at start, rather than failing requests later. Then every request carries its TCP peer's address
    // (lib/auth/peer-address.ts), the client's address for sign-in throttling.
    const { checkConfiguration, trustedProxies } = await import("@/lib/config");
    const { parseTrustedProxies } = await import("@/lib/auth/client-address");
    const { stampPeerAddresses } = await import("@/lib/auth/peer-address");
    checkConfiguration();
    parseTrustedProxies(trustedProxies());
    stampPeerAddresses();
  }
}
