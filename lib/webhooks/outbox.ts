import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { type EventSubject, storedEventsSchema, type WebhookEventType } from "./events";

/** A change to a story, as its write knows it, inside the write's transaction. */
export type StoryChange = { articleId: string; subject: EventSubject; now: Date } & (
  | {
      kind: "saved";
      /** Whether readers saw the story before this change. */
      wasLive: boolean;
      /** Whether it was scheduled for a time still ahead before this change. */
      wasScheduled: boolean;
      status: ArticleStatus;
      publishedAt: Date | null;
    }
  | { kind: "deleted"; wasLive: boolean; wasScheduled: boolean }
  | { kind: "corrected" }
);

type DueEvent = { type: WebhookEventType; availableAt: Date };

/** What readers will see happen because of this change, and when. */
export function eventsOf(change: StoryChange): DueEvent[] {
  const now = { availableAt: change.now };
  switch (change.kind) {
    case "corrected":
      return [{ type: "correction.added", ...now }];
    case "deleted":
      return change.wasLive ? [{ type: "story.deleted", ...now }] : [];
    case "saved":
      if (change.status === "PUBLISHED")
        return [{ type: change.wasLive ? "story.updated" : "story.published", ...now }];
      // Saving keeps a scheduled story in the future (save.ts), so its publication is still to come.
      if (change.status === "SCHEDULED" && change.publishedAt)
        return [{ type: "story.published", availableAt: change.publishedAt }];
      return change.wasLive ? [{ type: "story.unpublished", ...now }] : [];
  }
}

/**
 * Writes the change's events to the outbox, with one delivery for each
 * enabled endpoint that wants it, in the caller's transaction: the events
 * exist exactly when the change does. A publication still to come that this
 * change replaces (a new time, an unpublished or deleted schedule) is taken
 * back first; it was never sent, as its time has not come.
 */
export async function recordStoryChange(tx: Prisma.TransactionClient, change: StoryChange): Promise<void> {
  if (change.kind !== "corrected" && change.wasScheduled)
    await tx.webhookEvent.deleteMany({
      where: { articleId: change.articleId, type: "story.published", availableAt: { gt: change.now } },
    });
  const events = eventsOf(change);
  if (events.length === 0) return;
  const endpoints = await tx.webhook.findMany({ where: { disabledAt: null }, select: { id: true, events: true } });
  for (const event of events) {
    const receivers = endpoints.filter((endpoint) => storedEventsSchema.parse(endpoint.events).includes(event.type));
    // Nobody listens: an event no endpoint will receive is not kept.
    if (receivers.length === 0) continue;
    const row = await tx.webhookEvent.create({
      data: {
        type: event.type,
        articleId: change.articleId,
        subject: JSON.stringify(change.subject),
        occurredAt: change.now,
        availableAt: event.availableAt,
      },
      select: { id: true },
    });
    await tx.webhookDelivery.createMany({
      data: receivers.map((endpoint) => ({
        webhookId: endpoint.id,
        eventId: row.id,
        dueAt: event.availableAt,
        nextAttemptAt: event.availableAt,
      })),
    });
  }
}
