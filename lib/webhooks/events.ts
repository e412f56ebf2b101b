import { z } from "zod";

/** What an endpoint may subscribe to; the names are part of the public contract (README, "Webhooks"). */
export const WEBHOOK_EVENTS = [
  "story.published",
  "story.updated",
  "story.unpublished",
  "story.deleted",
  "correction.added",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "story.published": "A story is published (a scheduled one at its time)",
  "story.updated": "A published story is changed",
  "story.unpublished": "A published story is taken down",
  "story.deleted": "A published story is deleted",
  "correction.added": "A correction is added to a story",
};

/**
 * The stored list of an endpoint's events: only names this version knows
 * survive, and a list it cannot read at all receives nothing, rather than
 * stopping the newsroom's saves, which read it.
 */
export const storedEventsSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.string()))
  .transform((names) => WEBHOOK_EVENTS.filter((event) => names.includes(event)))
  .catch([]);

/** What an event's row says of its story: enough for a payload once the story is gone. */
export const eventSubjectSchema = z.object({
  slug: z.string(),
  headline: z.string(),
  correctionId: z.string().optional(),
});
export type EventSubject = z.infer<typeof eventSubjectSchema>;
