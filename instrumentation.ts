/** Runs once as the server starts, before it handles a request (Next's instrumentation hook). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordPeerAddresses } = await import("@/lib/auth/peer-address");
    recordPeerAddresses();
    // Opened now rather than at the first request: a running site then always
    // holds its database, which is how `npm run db:restore` knows not to
    // replace it (lib/backup/site-lock.ts).
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { db } = await import("@/lib/db");
      await db.$connect();
      const { startWebhookWorker } = await import("@/lib/webhooks/worker");
      startWebhookWorker(db);
    }
  }
}
