import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";
import { nextAttempt } from "./backoff";
import { dispatchDueEvents } from "./dispatch";
import { eventPayload } from "./payload";
import { secretContext } from "./secret";
import type { SendResult } from "./send";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

export type DeliveryDeps = {
  now: () => Date;
  send: (url: string, body: string, headers: Record<string, string>) => Promise<SendResult>;
};

/**
 * How long a claimed delivery is another worker's to leave alone: well over
 * a send's own limit (10 seconds), so a live worker always finishes first,
 * and a worker that dies mid-send frees it for another.
 */
const LEASE_MS = 2 * 60_000;
/** Deliveries taken by one pass; the next pass takes the rest. */
const BATCH = 20;
/** Sent at once, so one slow endpoint does not hold up the others. */
const CONCURRENCY = 5;

type Claimed = { id: string; lease: Date };

/**
 * The due deliveries in rounds of up to CONCURRENCY sent at once, no two to
 * the same endpoint in a round: an endpoint hears of a story's publication
 * before its update, in the order they came due.
 */
export function rounds<T extends { webhookId: string }>(due: readonly T[]): T[][] {
  const groups: T[][] = [];
  const lastRound = new Map<string, number>();
  for (const delivery of due) {
    let round = (lastRound.get(delivery.webhookId) ?? -1) + 1;
    while ((groups[round]?.length ?? 0) >= CONCURRENCY) round += 1;
    groups[round] = [...(groups[round] ?? []), delivery];
    lastRound.set(delivery.webhookId, round);
  }
  return groups;
}

/**
 * One pass of the worker: gives the events that have come due their
 * deliveries, then sends each delivery whose time has come, oldest first,
 * to endpoints that are not paused. Returns how many it tried.
 */
export async function deliverDueWebhooks(client: PrismaClient, deps: DeliveryDeps): Promise<number> {
  try {
    await dispatchDueEvents(client, deps.now());
  } catch (error) {
    // Deliveries already made still go out; the events wait for the next pass.
    console.error(
      `Webhook events not given their deliveries this pass: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const due = await client.webhookDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: deps.now() }, webhook: { disabledAt: null } },
    orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true, webhookId: true, nextAttemptAt: true },
  });
  let attempted = 0;
  for (const round of rounds(due)) {
    const tried = await Promise.all(
      round.map(async (delivery) => {
        const claimed = await claim(client, delivery, deps.now());
        if (claimed) await attemptDelivery(client, claimed, deps);
        return claimed !== null;
      }),
    );
    attempted += tried.filter(Boolean).length;
  }
  return attempted;
}

/**
 * Moves the delivery's next attempt past the lease, on the condition that
 * nobody moved it first: of two servers reading it due, one wins. The lease
 * starts now, at the claim, not when the pass began.
 */
async function claim(
  client: PrismaClient,
  delivery: { id: string; nextAttemptAt: Date | null },
  now: Date,
): Promise<Claimed | null> {
  const lease = new Date(now.getTime() + LEASE_MS);
  const won = await client.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "PENDING", nextAttemptAt: delivery.nextAttemptAt },
    data: { nextAttemptAt: lease },
  });
  return won.count === 1 ? { id: delivery.id, lease } : null;
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

/** How a try went; `final` when trying again cannot help. */
type Attempt = { ok: boolean; status: number | null; error: string; durationMs: number | null; final?: boolean };

async function attemptDelivery(client: PrismaClient, { id, lease }: Claimed, deps: DeliveryDeps): Promise<void> {
  const delivery = await client.webhookDelivery.findUniqueOrThrow({
    where: { id },
    select: {
      attempts: true,
      dueAt: true,
      webhook: { select: { id: true, url: true, secret: true } },
      event: { select: { id: true, type: true, articleId: true, subject: true, availableAt: true, payload: true } },
    },
  });
  let result: Attempt;
  try {
    result = await send(client, id, delivery, deps);
  } catch (error) {
    // A body that cannot be made counts as a failed attempt, retried and in the end given up like any other.
    result = {
      ok: false,
      status: null,
      error: `Byline could not prepare the event: ${error instanceof Error ? error.message : String(error)}`,
      durationMs: null,
    };
  }
  const now = deps.now();
  const attempts = delivery.attempts + 1;
  const retryAt = result.ok || result.final ? null : nextAttempt(delivery.dueAt, attempts, now);
  // Only while the claim still holds: a pause, or a worker that took over after the lease, has the last word.
  await client.webhookDelivery.updateMany({
    where: { id, status: "PENDING", nextAttemptAt: lease },
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

const SECRET_LOST =
  "The signing secret cannot be read (AUTH_SECRET has changed): delete this webhook and add it again.";

async function send(
  client: PrismaClient,
  id: string,
  delivery: {
    webhook: { id: string; url: string; secret: string };
    event: Parameters<typeof payloadOf>[1];
  },
  deps: DeliveryDeps,
): Promise<Attempt> {
  const secret = openSealedSecret(delivery.webhook.secret, secretContext(delivery.webhook.id));
  if (secret === null) return { ok: false, status: null, error: SECRET_LOST, durationMs: null, final: true };
  const now = deps.now();
  const body = await payloadOf(client, delivery.event, now);
  return deps.send(delivery.webhook.url, body, {
    [SIGNATURE_HEADER]: signatureHeader(secret, body, now),
    "Byline-Event": delivery.event.type,
    "Byline-Delivery": id,
  });
}
