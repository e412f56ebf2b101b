import "server-only";
import { z } from "zod";
import { correction, isoTime, story } from "@/lib/content-api/schemas";
import { getApiStory } from "@/lib/content-api/stories";
import type { PrismaClient, WebhookEvent } from "@/lib/generated/prisma/client";
import { eventSubjectSchema, WEBHOOK_EVENTS } from "./events";

/** The JSON body of every webhook request; the README's "Webhooks" section documents it. */
export const webhookPayloadSchema = z.object({
  id: z.string().meta({ description: "The event's id: the same on every retry and redelivery." }),
  type: z.enum(WEBHOOK_EVENTS),
  occurred_at: isoTime.meta({ description: "When readers saw the change: a scheduled story's publication time." }),
  data: z.object({
    story_id: z.string(),
    slug: z.string(),
    headline: z.string(),
    story: story.nullable().meta({
      description:
        "The story as the content API gives it when the event is first sent; null once readers cannot see it.",
    }),
    correction: correction.nullable(),
  }),
});
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
