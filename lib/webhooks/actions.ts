"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { privateAddressesAllowed } from "./address";
import { WEBHOOK_EVENTS } from "./events";
import { createWebhook, deleteWebhook, redeliver, setWebhookEnabled } from "./registry";
import { deleteWebhookSchema, redeliverSchema, webhookFormSchema, webhookStateSchema } from "./webhook-schemas";

/** "Add webhook" on /admin/webhooks: the signing secret comes back once, for the admin to copy. */
export const createWebhookAction = defineFormAction({
  policy: "webhook.manage",
  fields: ["url", ...WEBHOOK_EVENTS],
  input: webhookFormSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => {
    const created = await createWebhook(db, input, { actor, ip }, privateAddressesAllowed());
    if (!created.ok) return failure(created.message, values, created.field ? { [created.field]: created.message } : {});
    return success(
      `${created.url} will receive ${created.events.join(", ")}. Copy its signing secret below: it is shown only this once.`,
      {
        secret: created.secret,
      },
    );
  },
});

/** "Pause" and "Resume" on an endpoint. */
export const setWebhookStateAction = defineFormAction({
  policy: "webhook.manage",
  fields: ["webhookId", "enabled"],
  hiddenFields: ["webhookId", "enabled"],
  input: webhookStateSchema,
  refreshPage: true,
  handler: async ({ webhookId, enabled }, { actor, ip, values }) => {
    const result = await setWebhookEnabled(db, webhookId, enabled === "true", { actor, ip });
    if (!result.ok) return failure(result.message, values);
    return success(enabled === "true" ? `${result.url} receives events again.` : `${result.url} is paused.`);
  },
});

/** "Delete webhook": the endpoint and its delivery log go; the audit log keeps its address. */
export const deleteWebhookAction = defineFormAction({
  policy: "webhook.manage",
  fields: ["webhookId", "confirm"],
  hiddenFields: ["webhookId"],
  input: deleteWebhookSchema,
  refreshPage: true,
  handler: async ({ webhookId }, { actor, ip, values }) => {
    const result = await deleteWebhook(db, webhookId, { actor, ip });
    return result.ok ? success(`${result.url} no longer receives events.`) : failure(result.message, values);
  },
});

/** "Redeliver" in the delivery log. */
export const redeliverAction = defineFormAction({
  policy: "webhook.manage",
  fields: ["deliveryId"],
  hiddenFields: ["deliveryId"],
  input: redeliverSchema,
  refreshPage: true,
  handler: async ({ deliveryId }, { actor, ip, values }) => {
    const result = await redeliver(db, deliveryId, { actor, ip });
    return result.ok ? success(`The event is on its way to ${result.url} again.`) : failure(result.message, values);
  },
});
