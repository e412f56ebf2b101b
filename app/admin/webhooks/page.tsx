import type { Metadata } from "next";
import { NewWebhookForm } from "@/components/admin/WebhookForms";
import { WebhooksList } from "@/components/admin/WebhooksList";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteInfo } from "@/lib/seo/site";
import { listWebhooks } from "@/lib/webhooks/registry";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requirePermission("webhook.manage", null);
  const [webhooks, { timeZone }] = await Promise.all([listWebhooks(db), siteInfo()]);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Webhooks</h1>
      <p className="mb-6 max-w-2xl">
        Newsletters, apps and partners hear of each story published, changed, taken down, deleted or corrected. Every
        request is signed with the endpoint's secret in its <code>Byline-Signature</code> header; a failed one is tried
        again for 24 hours.
      </p>
      <section aria-labelledby="new-webhook" className="mb-10">
        <h2 id="new-webhook" className="mb-4 text-xl font-bold">
          New webhook
        </h2>
        <NewWebhookForm />
      </section>
      <section aria-labelledby="endpoints">
        <h2 id="endpoints" className="mb-4 text-xl font-bold">
          Endpoints
        </h2>
        <WebhooksList webhooks={webhooks} timeZone={timeZone} />
      </section>
    </>
  );
}
