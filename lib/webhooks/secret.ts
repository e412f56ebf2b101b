import { randomBytes } from "node:crypto";

/** Every secret starts so, which tells a leaked one apart in logs and secret scanners. */
const SECRET_PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/**
 * The associated data a webhook's secret is sealed with (lib/two-factor/sealed-secret.ts):
 * its own id, under a prefix no user id has, so a sealed secret opens only for its webhook.
 */
export function secretContext(webhookId: string): string {
  return `webhook:${webhookId}`;
}
