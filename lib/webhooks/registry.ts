import "server-only";
import type { z } from "zod";
import type { AuditAction } from "@/lib/audit/events";
import { type AuditEntry, recordAudit } from "@/lib/audit/record";
import type { Prisma, PrismaClient, WebhookDeliveryStatus } from "@/lib/generated/prisma/client";
import { sealSecret } from "@/lib/two-factor/sealed-secret";
import { checkReachableHost } from "./address";
import { storedEventsSchema, type WebhookEventType } from "./events";
import { newWebhookSecret, secretContext } from "./secret";
import type { createWebhookSchema } from "./webhook-schemas";

/** Who changed an endpoint: a signed-in admin, or nobody for `npm run webhook:create`. */
export type WebhookActor = Required<Pick<AuditEntry, "actor" | "ip">>;

export type Refusal = { ok: false; message: string; field?: "url" };

/** Every change to an endpoint is in the audit log under its address, which outlives it. */
function auditWebhook(
  tx: Prisma.TransactionClient,
  action: Extract<AuditAction, `webhook.${string}`>,
  webhook: { id: string; url: string },
  { actor, ip }: WebhookActor,
  details: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(tx, {
    action,
    actor,
    targetType: "webhook",
    targetId: webhook.id,
    details: { url: webhook.url, ...details },
    ip,
  });
}

export type CreatedWebhook = { ok: true; id: string; url: string; events: WebhookEventType[]; secret: string };

/**
 * Registers an endpoint. Its address must lead to a public server unless
 * private ones are allowed; the signing secret is in the answer and, sealed,
 * in the database, so deliveries can sign with it.
 */
export async function createWebhook(
  client: PrismaClient,
  { url, events }: z.output<typeof createWebhookSchema>,
  who: WebhookActor,
  allowPrivate: boolean,
): Promise<CreatedWebhook | Refusal> {
  const unreachable = await checkReachableHost(url, allowPrivate);
  if (unreachable) return { ok: false, message: unreachable, field: "url" };
  const secret = newWebhookSecret();
  const id = crypto.randomUUID();
  await client.$transaction(async (tx) => {
    await tx.webhook.create({
      data: {
        id,
        url,
        events: JSON.stringify(events),
        secret: sealSecret(secret, secretContext(id)),
        createdById: who.actor?.id ?? null,
      },
    });
    await auditWebhook(tx, "webhook.create", { id, url }, who, {
      events,
      ...(who.actor ? {} : { via: "npm run webhook:create" }),
    });
  });
  return { ok: true, id, url, events, secret };
}

type Changed = { ok: true; url: string } | Refusal;
const GONE: Refusal = { ok: false, message: "That webhook is not there any more. Reload the page." };

/**
 * Pauses or resumes an endpoint. Paused, it gets no new deliveries, and those
 * still waiting are settled as failed (with "Redeliver" to send them later).
 */
export async function setWebhookEnabled(
  client: PrismaClient,
  id: string,
  enabled: boolean,
  who: WebhookActor,
  now: Date = new Date(),
): Promise<Changed> {
  return client.$transaction(async (tx) => {
    const row = await tx.webhook.findUnique({ where: { id }, select: { url: true, disabledAt: true } });
    if (!row) return GONE;
    if (enabled === (row.disabledAt === null))
      return { ok: false, message: `${row.url} is already ${enabled ? "active" : "paused"}.` };
    await tx.webhook.update({ where: { id }, data: { disabledAt: enabled ? null : now } });
    if (!enabled)
      await tx.webhookDelivery.updateMany({
        where: { webhookId: id, status: "PENDING" },
        data: { status: "FAILED", nextAttemptAt: null, error: "Not sent: the webhook was paused." },
      });
    await auditWebhook(tx, enabled ? "webhook.enable" : "webhook.disable", { id, url: row.url }, who);
    return { ok: true, url: row.url };
  });
}

/** Removes an endpoint with its delivery log; the audit log keeps its address. */
export async function deleteWebhook(client: PrismaClient, id: string, who: WebhookActor): Promise<Changed> {
  return client.$transaction(async (tx) => {
    const row = await tx.webhook.findUnique({ where: { id }, select: { url: true } });
    if (!row) return GONE;
    await tx.webhook.delete({ where: { id } });
    await auditWebhook(tx, "webhook.delete", { id, url: row.url }, who);
    return { ok: true, url: row.url };
  });
}

/** Sends a settled delivery's event again, as a new delivery in the log. */
export async function redeliver(
  client: PrismaClient,
  deliveryId: string,
  who: WebhookActor,
  now: Date = new Date(),
): Promise<Changed> {
  return client.$transaction(async (tx) => {
    const row = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { status: true, eventId: true, webhook: { select: { id: true, url: true, disabledAt: true } } },
    });
    if (!row) return { ok: false, message: "That delivery is not there any more. Reload the page." };
    if (row.webhook.disabledAt) return { ok: false, message: `Resume ${row.webhook.url} first, then redeliver.` };
    if (row.status === "PENDING") return { ok: false, message: "That delivery is still being tried." };
    const copy = await tx.webhookDelivery.create({
      data: { webhookId: row.webhook.id, eventId: row.eventId, dueAt: now, nextAttemptAt: now },
      select: { id: true },
    });
    await auditWebhook(tx, "webhook.redeliver", row.webhook, who, {
      eventId: row.eventId,
      deliveryId: copy.id,
      of: deliveryId,
    });
    return { ok: true, url: row.webhook.url };
  });
}

export type DeliveryRow = {
  id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseCode: number | null;
  durationMs: number | null;
  error: string;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  event: { type: string; subject: string; availableAt: Date };
};

export type WebhookRow = {
  id: string;
  url: string;
  events: WebhookEventType[];
  createdAt: Date;
  disabledAt: Date | null;
  createdBy: { name: string } | null;
  deliveries: DeliveryRow[];
};

/** How many of an endpoint's latest deliveries its log shows. */
export const DELIVERY_LOG_LENGTH = 25;

/** Every endpoint, newest first, with its latest deliveries. */
export async function listWebhooks(client: PrismaClient): Promise<WebhookRow[]> {
  const rows = await client.webhook.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      events: true,
      createdAt: true,
      disabledAt: true,
      createdBy: { select: { name: true } },
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DELIVERY_LOG_LENGTH,
        select: {
          id: true,
          status: true,
          attempts: true,
          responseCode: true,
          durationMs: true,
          error: true,
          createdAt: true,
          lastAttemptAt: true,
          nextAttemptAt: true,
          event: { select: { type: true, subject: true, availableAt: true } },
        },
      },
    },
  });
  return rows.map((row) => ({ ...row, events: storedEventsSchema.parse(row.events) }));
}

/** How long settled deliveries stay in the log. */
const LOG_DAYS = 30;

/** Rows deleted by one statement: a long delete would hold the database's one writer from the newsroom's saves. */
const PRUNE_BATCH = 500;

/** Forgets settled deliveries older than the log keeps, then the events sent long ago that none is left of. */
export async function pruneWebhookLog(client: PrismaClient, now: Date): Promise<number> {
  const before = new Date(now.getTime() - LOG_DAYS * 24 * 60 * 60_000);
  let pruned = 0;
  const inBatches = async (find: () => Promise<{ id: string }[]>, remove: (ids: string[]) => Promise<unknown>) => {
    for (let batch = await find(); batch.length > 0; batch = await find()) {
      await remove(batch.map((row) => row.id));
      pruned += batch.length;
    }
  };
  await inBatches(
    () =>
      client.webhookDelivery.findMany({
        where: { status: { not: "PENDING" }, createdAt: { lt: before } },
        select: { id: true },
        take: PRUNE_BATCH,
      }),
    (ids) => client.webhookDelivery.deleteMany({ where: { id: { in: ids } } }),
  );
  await inBatches(
    () =>
      client.webhookEvent.findMany({
        where: { dispatchedAt: { lt: before }, deliveries: { none: {} } },
        select: { id: true },
        take: PRUNE_BATCH,
      }),
    (ids) => client.webhookEvent.deleteMany({ where: { id: { in: ids } } }),
  );
  return pruned;
}
