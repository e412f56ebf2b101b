import { env } from "@/lib/env";

/**
 * Purges pages from Varnish by cache tag (the `xkey` header every cached
 * reader response carries; deploy/varnish/byline.vcl). Does nothing when
 * VARNISH_URL is not set. A purge that fails is logged and tried again a few
 * times with a growing pause; it never throws, so no save waits on Varnish or
 * fails because of it.
 */
export const PURGE_RETRY_DELAYS_MS = [500, 2_000, 8_000, 30_000] as const;
const PURGE_TIMEOUT_MS = 5_000;

type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

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
  {
    varnishUrl = env().VARNISH_URL,
    delays = PURGE_RETRY_DELAYS_MS,
    wait = sleep,
  }: { varnishUrl?: string; delays?: readonly number[]; wait?: Sleep } = {},
): Promise<boolean> {
  if (!varnishUrl || tags.length === 0) return false;
  for (let attempt = 0; ; attempt++) {
    try {
      await purgeOnce(varnishUrl, tags);
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryIn = delays[attempt];
      console.error(
        `[varnish] purging ${tags.join(" ")} failed (attempt ${attempt + 1}): ${reason}.` +
          (retryIn === undefined
            ? " Giving up: those pages stay in Varnish until they expire."
            : ` Retrying in ${retryIn} ms.`),
      );
      if (retryIn === undefined) return false;
      await wait(retryIn);
    }
  }
}
