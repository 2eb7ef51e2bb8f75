// Runs once when the Next.js server starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The client's address for sign-in throttling (lib/auth/peer-address.ts).
    const { stampPeerAddresses } = await import("@/lib/auth/peer-address");
    stampPeerAddresses();
  }
}
