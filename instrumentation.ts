/** Runs once as the server starts, before it handles a request (Next's instrumentation hook). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordPeerAddresses } = await import("@/lib/auth/peer-address");
    recordPeerAddresses();
  }
}
