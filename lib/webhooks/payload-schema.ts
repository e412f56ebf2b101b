import { z } from "zod";
import { apiSchemas, correction, isoTime, story } from "@/lib/content-api/schemas";
import { WEBHOOK_EVENTS } from "./events";

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
apiSchemas.add(webhookPayloadSchema, {
  id: "WebhookEvent",
  description: "The body of every webhook request, signed in its Byline-Signature header.",
});
