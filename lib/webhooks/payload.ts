import "server-only";
import { z } from "zod";
import { getApiStory } from "@/lib/content-api/stories";
import type { PrismaClient, WebhookEvent } from "@/lib/generated/prisma/client";
import { eventSubjectSchema, WEBHOOK_EVENTS } from "./events";
import type { webhookPayloadSchema } from "./payload-schema";

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/**
 * The body of an event, made when it is first sent: the story as readers
 * see it then, through the content API's own shape. A story taken down or
 * deleted by then is sent as what the event recorded of it (slug, headline).
 */
export async function eventPayload(
  client: PrismaClient,
  event: Pick<WebhookEvent, "id" | "type" | "articleId" | "subject" | "availableAt">,
  now: Date,
): Promise<WebhookPayload> {
  const subject = eventSubjectSchema.parse(JSON.parse(event.subject));
  const type = z.enum(WEBHOOK_EVENTS).parse(event.type);
  const gone = type === "story.unpublished" || type === "story.deleted";
  const [current, corrected] = await Promise.all([
    gone ? null : getApiStory(client, { id: event.articleId }, now),
    subject.correctionId
      ? client.correction.findUnique({ where: { id: subject.correctionId }, select: { text: true, correctedAt: true } })
      : null,
  ]);
  return {
    id: event.id,
    type,
    occurred_at: event.availableAt.toISOString(),
    data: {
      story_id: event.articleId,
      slug: current?.slug ?? subject.slug,
      headline: current?.headline ?? subject.headline,
      story: current,
      correction: corrected && { text: corrected.text, corrected_at: corrected.correctedAt.toISOString() },
    },
  };
}
