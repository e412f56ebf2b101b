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
 * HTTP between the servers, not PostgreSQL's LISTEN/NOTIFY: it works the same
 * on SQLite, through a connection pooler, and tells the writer when each peer
 * has expired its pages (README, "Running at scale").
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

export type PeerOptions = { peers?: readonly string[]; key?: string } & RetryOptions;

/** Telling the peers: `firstAnswers` once each has answered or failed once; `toldLate` once all are told or given up, true if some peer was told only on a retry. */
export type PeerTelling = { firstAnswers: Promise<void>; toldLate: Promise<boolean> };

/**
 * After a write expired `tags` on this server: starts expiring them on every
 * peer. A peer that does not answer is retried (lib/cache/retrying.ts).
 */
export function tellPeers(
  revalidation: Revalidation,
  tags: readonly string[],
  { peers = env().BYLINE_PEER_URLS, key = peers.length > 0 ? cacheExpiryKey() : "", ...retry }: PeerOptions = {},
): PeerTelling {
  if (tags.length === 0) return { firstAnswers: Promise.resolve(), toldLate: Promise.resolve(false) };
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
  return {
    firstAnswers: Promise.all(firstAttempts).then(() => undefined),
    toldLate: Promise.all(tellings).then((late) => late.some(Boolean)),
  };
}

/**
 * Purges Varnish once every peer has answered once, so Varnish cannot fetch
 * the old page again from a server that still holds it; a peer that does not
 * answer does not hold the purge up, and Varnish is purged again once a peer
 * told late has expired its pages.
 */
export async function purgeAfterPeers(
  telling: PeerTelling,
  tags: readonly string[],
  purge: (purged: readonly string[]) => Promise<boolean> = (purged) => purgeVarnish(purged),
): Promise<void> {
  if (tags.length === 0) return;
  await telling.firstAnswers;
  await purge(tags);
  if (await telling.toldLate) await purge(tags);
}
