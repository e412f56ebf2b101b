import type { Metadata } from "next";
import { NewApiKeyForm } from "@/components/admin/ApiKeyForms";
import { ApiKeysTable } from "@/components/admin/ApiKeysTable";
import { requirePermission } from "@/lib/auth/session";
import { listApiKeys } from "@/lib/content-api/keys";
import { API_BASE_PATH } from "@/lib/content-api/openapi";
import { db } from "@/lib/db";
import { siteInfo } from "@/lib/seo/site";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePermission("apiKey.manage", null);
  const [keys, { timeZone }] = await Promise.all([listApiKeys(db), siteInfo()]);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">API keys</h1>
      <p className="mb-6 max-w-2xl">
        Apps, newsletters and partners read published stories, sections, tags and bylines through the content API with
        one of these keys. Its reference is the{" "}
        <a href={`${API_BASE_PATH}/openapi.json`} className="underline">
          OpenAPI document
        </a>
        .
      </p>
      <section aria-labelledby="new-key" className="mb-10">
        <h2 id="new-key" className="mb-4 text-xl font-bold">
          New key
        </h2>
        <NewApiKeyForm />
      </section>
      <section aria-labelledby="keys">
        <h2 id="keys" className="mb-4 text-xl font-bold">
          Keys
        </h2>
        <ApiKeysTable keys={keys} timeZone={timeZone} />
      </section>
    </>
  );
}
