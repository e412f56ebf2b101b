import { type RetryOptions, retrying } from "@/lib/cache/retrying";
import { env } from "@/lib/env";

/**
 * Purges pages from Varnish by cache tag (the `xkey` header every cached
 * reader response carries; deploy/varnish/byline.vcl). Does nothing when
 * VARNISH_URL is not set. A purge that fails is logged and retried
 * (lib/cache/retrying.ts): pages it could not purge stay in Varnish until
 * they expire.
 */
const PURGE_TIMEOUT_MS = 5_000;

async function purgeOnce(varnishUrl: string, tags: readonly string[]): Promise<void> {
  const response = await fetch(varnishUrl, {
    method: "PURGE",
    headers: { "xkey-purge": tags.join(" ") },
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Varnish answered ${response.status} ${response.statusText}`);
}

/**
 * Purges these tags, retrying on failure. Resolves true once Varnish took the
 * purge, false when every attempt failed (or there is no Varnish to purge).
 */
export async function purgeVarnish(
  tags: readonly string[],
  { varnishUrl = env().VARNISH_URL, ...retry }: { varnishUrl?: string } & RetryOptions = {},
): Promise<boolean> {
  if (!varnishUrl || tags.length === 0) return false;
  return retrying(`[varnish] purging ${tags.join(" ")}`, () => purgeOnce(varnishUrl, tags), retry);
}
