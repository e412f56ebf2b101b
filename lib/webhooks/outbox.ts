import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { EventSubject, WebhookEventType } from "./events";

/** A change to a story, as its write knows it, inside the write's transaction. */
export type StoryChange = { articleId: string; subject: EventSubject; now: Date } & (
  | {
      kind: "saved";
      /** Whether readers saw the story before this change, and as what (its slug and headline then). */
      wasLive: EventSubject | null;
      /** Whether it was scheduled for a time still ahead before this change. */
      wasScheduled: boolean;
      status: ArticleStatus;
      publishedAt: Date | null;
    }
  | { kind: "deleted"; wasLive: boolean; wasScheduled: boolean }
  | { kind: "corrected" }
);

type DueEvent = { type: WebhookEventType; availableAt: Date; subject: EventSubject };

/**
 * What readers will see happen because of this change, and when. A story
 * taken down is named as readers knew it, not by a headline the same press
 * of "Unpublish" may have changed and they never saw.
 */
export function eventsOf(change: StoryChange): DueEvent[] {
  const now = { availableAt: change.now, subject: change.subject };
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
        return [{ type: "story.published", availableAt: change.publishedAt, subject: change.subject }];
      return change.wasLive ? [{ type: "story.unpublished", ...now, subject: change.wasLive }] : [];
  }
}

/**
 * Writes the change's events to the outbox in the caller's transaction: the
 * events exist exactly when the change does. Which endpoints get one is
 * decided when it is due (lib/webhooks/dispatch.ts), so an endpoint added
 * before a scheduled story's time hears of it. A publication still to come
 * that this change replaces (a new time, an unpublished or deleted schedule)
 * is taken back first; it was never sent, as its time has not come.
 */
export async function recordStoryChange(tx: Prisma.TransactionClient, change: StoryChange): Promise<void> {
  if (change.kind !== "corrected" && change.wasScheduled)
    await tx.webhookEvent.deleteMany({
      // Not one already given its deliveries: its time came while this change waited for the write lock.
      where: {
        articleId: change.articleId,
        type: "story.published",
        availableAt: { gt: change.now },
        dispatchedAt: null,
      },
    });
  const events = eventsOf(change);
  if (events.length === 0) return;
  await tx.webhookEvent.createMany({
    data: events.map((event) => ({
      type: event.type,
      articleId: change.articleId,
      subject: JSON.stringify(event.subject),
      availableAt: event.availableAt,
    })),
  });
}
