import { cacheExpiryKey } from "@/lib/cache/expiry-key";
import { type Revalidation, tagsToExpire } from "@/lib/cache/tags";
import { purgeVarnish } from "@/lib/cache/varnish";
import { env } from "@/lib/env";

/** The running site, as a script on the same machine reaches it. */
export function internalSiteUrl(): string {
  return env().BYLINE_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

export type SiteNotice = { told: true } | { told: false; message: string };

/**
 * After a script's write: asks the running site to expire the pages it
 * changed (app/api/cache/expire), exactly as the newsroom's own save does.
 * When no site answers there is no page cache to expire (it lives in the
 * server's memory), but Varnish may still hold pages: they are purged here.
 */
export async function expireOnRunningSite(
  revalidation: Revalidation,
  { siteUrl = internalSiteUrl(), key = cacheExpiryKey() }: { siteUrl?: string; key?: string } = {},
): Promise<SiteNotice> {
  if (tagsToExpire(revalidation).length === 0) return { told: true };
  let response: Response;
  try {
    response = await fetch(new URL("/api/cache/expire", siteUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(revalidation),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    await purgeVarnish(tagsToExpire(revalidation));
    return {
      told: false,
      message: `No site answered at ${siteUrl}; if one runs elsewhere, set BYLINE_INTERNAL_URL so its pages show this change at once.`,
    };
  }
  if (response.ok) return { told: true };
  return {
    told: false,
    message: `The site at ${siteUrl} refused to expire its pages (${response.status}): does it share this AUTH_SECRET or data folder?`,
  };
}
