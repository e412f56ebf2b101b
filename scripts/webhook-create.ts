/**
 * `npm run webhook:create -- --url <url> --events story.published,story.updated`:
 * registers a webhook endpoint and prints its signing secret, the only time
 * it is shown. The same as Admin → Webhooks, audited as made from the
 * command line. Exits 1 with a message, writing nothing, on bad input.
 */
import "dotenv/config";
import { db } from "@/lib/db";
import { privateAddressesAllowed } from "@/lib/webhooks/address";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { createWebhook } from "@/lib/webhooks/registry";
import { createWebhookSchema } from "@/lib/webhooks/webhook-schemas";
import { fail, parseCommandLine, runOrFail } from "./cli";

const USAGE = `Usage: npm run webhook:create -- --url <https://…> --events <event,event…>\nEvents: ${WEBHOOK_EVENTS.join(", ")}`;

const args = parseCommandLine({ options: { url: { type: "string" }, events: { type: "string" } } }, USAGE);
const parsed = createWebhookSchema.safeParse({
  url: args.values.url ?? "",
  events: (args.values.events ?? "")
    .split(",")
    .map((event) => event.trim())
    .filter(Boolean),
});
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  const wrongEvent = issue?.path[0] === "events" && issue.path.length > 1;
  fail(
    `Nothing was created: ${wrongEvent ? `unknown event; choose from ${WEBHOOK_EVENTS.join(", ")}` : issue?.message}\n${USAGE}`,
  );
}

const created = await runOrFail("Nothing was created", () =>
  createWebhook(db, parsed.data, { actor: null, ip: "command line" }, privateAddressesAllowed()),
);
if (!created.ok) fail(`Nothing was created: ${created.message}`);
console.log(`Registered ${created.url} for ${created.events.join(", ")}.`);
console.log(
  "Its signing secret is shown only now; give it to the receiver to check each request's Byline-Signature:\n",
);
console.log(created.secret);
await db.$disconnect();
