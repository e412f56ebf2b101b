import { cacheExpiryKey } from "@/lib/cache/expiry-key";
import { type RetryOptions, retrying } from "@/lib/cache/retrying";
import type { Revalidation } from "@/lib/cache/tags";
import { purgeVarnish } from "@/lib/cache/varnish";
import { env } from "@/lib/env";

/**
 * A site may run several `next start` servers of one build over one database
 * (`npm run serve:cached` runs one for readers and one for the newsroom).
 * Each keeps its pages in its own memory, so a write expires them on the
 * server that made it (lib/cache/revalidate.ts) and here on the others,
 * through their cache-expiry endpoint (app/api/cache/expire, scope "server":
 * expire here, tell nobody else), before Varnish is purged: otherwise
 * Varnish could fetch a page again from a server that still holds the old one.
 */
const PEER_TIMEOUT_MS = 5_000;

async function tellPeerOnce(peerUrl: string, revalidation: Revalidation, key: string): Promise<void> {
  const response = await fetch(new URL("/api/cache/expire", peerUrl), {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ ...revalidation, scope: "server" }),
    signal: AbortSignal.timeout(PEER_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`it answered ${response.status} ${response.statusText}`);
}

export type ElsewhereOptions = {
  peers?: readonly string[];
  key?: string;
  purge?: (tags: readonly string[]) => Promise<boolean>;
} & RetryOptions;

/**
 * After a write expired `tags` on this server: expires them on every peer,
 * then purges Varnish. A peer that does not answer does not hold the purge
 * up: it is retried (lib/cache/retrying.ts), and Varnish is purged again once
 * it has expired its pages, so no old copy fetched from it in between stays.
 */
export async function expireElsewhere(
  revalidation: Revalidation,
  tags: readonly string[],
  {
    peers = env().BYLINE_PEER_URLS,
    key = peers.length > 0 ? cacheExpiryKey() : "",
    purge = (purged) => purgeVarnish(purged),
    ...retry
  }: ElsewhereOptions = {},
): Promise<void> {
  if (tags.length === 0) return;
  const firstAttempts: Promise<unknown>[] = [];
  const tellings = peers.map((peer) => {
    let tries = 0;
    let firstDone = () => {};
    firstAttempts.push(
      new Promise<void>((resolve) => {
        firstDone = resolve;
      }),
    );
    const attempt = () => {
      tries++;
      return tellPeerOnce(peer, revalidation, key).finally(firstDone);
    };
    return retrying(`[cache] expiring ${tags.join(" ")} on ${peer}`, attempt, retry).then((told) => told && tries > 1);
  });
  await Promise.all(firstAttempts);
  await purge(tags);
  const toldLate = await Promise.all(tellings);
  if (toldLate.some(Boolean)) await purge(tags);
}
