import { z } from "zod";
import { WEBHOOK_EVENTS, type WebhookEventType } from "./events";

/**
 * What the webhook forms and `npm run webhook:create` take. No server-only
 * imports: the browser reads the limits from here too.
 */
export const WEBHOOK_URL_MAX_LENGTH = 2_000;

export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the address that should receive the events, such as https://example.com/hooks/byline.")
  .max(WEBHOOK_URL_MAX_LENGTH, `Keep the address to ${WEBHOOK_URL_MAX_LENGTH} characters or fewer.`)
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: "Enter a full web address starting with https:// (or http://), such as https://example.com/hooks.",
    }),
  )
  .refine((url) => {
    // Zod runs this even after the check above failed; that failure is the message then.
    const parsed = URL.parse(url);
    return !parsed || (!parsed.username && !parsed.password);
  }, "Leave the user name and password out of the address: each request is signed instead.");

export const webhookEventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS, { error: "Choose events from the list." }))
  .min(1, "Choose at least one event to send.")
  .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event)));

export const createWebhookSchema = z.object({ url: webhookUrlSchema, events: webhookEventsSchema });

const webhookId = z.string().min(1, "That webhook is not there any more. Reload the page.").max(100);

export const webhookStateSchema = z.object({ webhookId, enabled: z.enum(["true", "false"]) });

export const deleteWebhookSchema = z.object({
  webhookId,
  confirm: z.literal("on", { error: "Tick the box to confirm." }),
});

export const redeliverSchema = z.object({
  deliveryId: z.string().min(1, "That delivery is not there any more. Reload the page.").max(100),
});

const eventCheckboxes = Object.fromEntries(
  WEBHOOK_EVENTS.map((event) => [event, z.literal("on").optional()]),
) as Record<WebhookEventType, z.ZodOptional<z.ZodLiteral<"on">>>;

/** The "New webhook" form: one checkbox per event, named after it. */
export const webhookFormSchema = z.object({ url: webhookUrlSchema, ...eventCheckboxes }).transform((form, ctx) => {
  const events = WEBHOOK_EVENTS.filter((event) => form[event] === "on");
  if (events.length === 0) {
    ctx.addIssue({ code: "custom", path: ["events"], message: "Choose at least one event to send." });
    return z.NEVER;
  }
  return { url: form.url, events };
});
