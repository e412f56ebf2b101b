import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";
import { nextAttempt } from "./backoff";
import { eventPayload } from "./payload";
import { secretContext } from "./secret";
import type { SendResult } from "./send";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

export type DeliveryDeps = {
  now: () => Date;
  send: (url: string, body: string, headers: Record<string, string>) => Promise<SendResult>;
};

/** How long a claimed delivery is another worker's to leave alone; a worker that dies mid-send frees it so. */
const LEASE_MS = 2 * 60_000;
/** Deliveries sent by one pass; the next pass takes the rest. */
const BATCH = 20;

/**
 * One pass of the worker: sends each delivery whose time has come, oldest
 * first. Each is claimed before it is sent (its next attempt moved past the
 * lease, on the condition that nobody moved it first), so two app servers on
 * one database never send the same attempt twice.
 */
export async function deliverDueWebhooks(client: PrismaClient, deps: DeliveryDeps): Promise<number> {
  const now = deps.now();
  const due = await client.webhookDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true, nextAttemptAt: true },
  });
  let attempted = 0;
  for (const delivery of due) {
    const claim = await client.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING", nextAttemptAt: delivery.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (claim.count === 0) continue;
    await attemptDelivery(client, delivery.id, deps);
    attempted += 1;
  }
  return attempted;
}

/** The event's body as first sent: made once and kept, so every attempt and redelivery sends the same bytes. */
async function payloadOf(
  client: PrismaClient,
  event: Parameters<typeof eventPayload>[1] & { payload: string | null },
  now: Date,
): Promise<string> {
  if (event.payload !== null) return event.payload;
  const payload = JSON.stringify(await eventPayload(client, event, now));
  const kept = await client.webhookEvent.updateMany({ where: { id: event.id, payload: null }, data: { payload } });
  if (kept.count === 1) return payload;
  const stored = await client.webhookEvent.findUniqueOrThrow({ where: { id: event.id }, select: { payload: true } });
  return stored.payload ?? payload;
}

async function attemptDelivery(client: PrismaClient, id: string, deps: DeliveryDeps): Promise<void> {
  const delivery = await client.webhookDelivery.findUniqueOrThrow({
    where: { id },
    select: {
      attempts: true,
      dueAt: true,
      webhook: { select: { id: true, url: true, secret: true } },
      event: { select: { id: true, type: true, articleId: true, subject: true, availableAt: true, payload: true } },
    },
  });
  const now = deps.now();
  const attempts = delivery.attempts + 1;
  const secret = openSealedSecret(delivery.webhook.secret, secretContext(delivery.webhook.id));
  if (secret === null) {
    await client.webhookDelivery.update({
      where: { id },
      data: {
        status: "FAILED",
        attempts,
        nextAttemptAt: null,
        lastAttemptAt: now,
        error: "The signing secret cannot be read (AUTH_SECRET has changed): delete this webhook and add it again.",
      },
    });
    return;
  }
  const body = await payloadOf(client, delivery.event, now);
  const result = await deps.send(delivery.webhook.url, body, {
    [SIGNATURE_HEADER]: signatureHeader(secret, body, now),
    "Byline-Event": delivery.event.type,
    "Byline-Delivery": id,
  });
  const retryAt = result.ok ? null : nextAttempt(delivery.dueAt, attempts, now);
  await client.webhookDelivery.update({
    where: { id },
    data: {
      status: result.ok ? "DELIVERED" : retryAt ? "PENDING" : "FAILED",
      attempts,
      nextAttemptAt: retryAt,
      lastAttemptAt: now,
      responseCode: result.status,
      durationMs: result.durationMs,
      error: result.error,
    },
  });
}
