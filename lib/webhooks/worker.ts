import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { privateAddressesAllowed } from "./address";
import { deliverDueWebhooks } from "./deliver";
import { pruneWebhookLog } from "./registry";
import { postWebhook } from "./send";

/** How often the worker looks for due deliveries: one indexed query when there are none. */
const POLL_MS = 2_000;
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * Starts the delivery worker inside the app server (from instrumentation.ts).
 * One pass at a time; a pass that fails (a locked or read-only database) is
 * logged and the next one tries again, so the outbox is never lost, only late.
 */
export function startWebhookWorker(client: PrismaClient): void {
  const allowPrivate = privateAddressesAllowed();
  const deps = {
    now: () => new Date(),
    send: (url: string, body: string, headers: Record<string, string>) =>
      postWebhook(url, body, headers, { allowPrivate }),
  };
  let busy = false;
  let prunedAt = 0;
  const pass = async () => {
    if (busy) return;
    busy = true;
    try {
      // Until nothing is due: a burst of events goes out now, not a batch every tick.
      while ((await deliverDueWebhooks(client, deps)) > 0);
      if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
        await pruneWebhookLog(client, new Date());
        prunedAt = Date.now();
      }
    } catch (error) {
      console.error(
        `Webhook delivery paused until the next pass: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      busy = false;
    }
  };
  setInterval(pass, POLL_MS).unref();
}
