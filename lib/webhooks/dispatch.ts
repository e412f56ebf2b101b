import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { storedEventsSchema } from "./events";

/** Events given their deliveries by one pass; the next pass takes the rest. */
const BATCH = 50;

/**
 * Gives each event whose time has come one delivery per endpoint that is
 * active and wants it now: an endpoint added while a scheduled story waited
 * hears of its publication, a paused one does not. Each event is claimed in
 * the transaction that makes its deliveries, so two app servers on one
 * database never give it two sets.
 */
export async function dispatchDueEvents(client: PrismaClient, now: Date): Promise<number> {
  const due = await client.webhookEvent.findMany({
    where: { dispatchedAt: null, availableAt: { lte: now } },
    orderBy: [{ availableAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true, type: true },
  });
  for (const event of due) {
    await client.$transaction(async (tx) => {
      const claim = await tx.webhookEvent.updateMany({
        where: { id: event.id, dispatchedAt: null },
        data: { dispatchedAt: now },
      });
      if (claim.count === 0) return;
      // Read in the transaction, which holds the write lock: no endpoint is paused or deleted between.
      const endpoints = await tx.webhook.findMany({ where: { disabledAt: null }, select: { id: true, events: true } });
      const receivers = endpoints.filter((endpoint) =>
        storedEventsSchema.parse(endpoint.events).some((wanted) => wanted === event.type),
      );
      // Due from now: the 24 hours of retries start when it could first be sent, even after a stopped server.
      await tx.webhookDelivery.createMany({
        data: receivers.map((endpoint) => ({
          webhookId: endpoint.id,
          eventId: event.id,
          dueAt: now,
          nextAttemptAt: now,
        })),
      });
    });
  }
  return due.length;
}
