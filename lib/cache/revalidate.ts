import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { type PeerTelling, purgeAfterPeers, tellPeers } from "@/lib/cache/peers";
import { type Revalidation, tagsToExpire } from "@/lib/cache/tags";

/** Expires the pages a write changed in this server's cache only; returns their tags. */
export function expireOnThisServer(revalidation: Revalidation): string[] {
  const tags = tagsToExpire(revalidation);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return tags;
}

/**
 * How long a write's answer waits for the site's other servers to expire its
 * pages. They answer in milliseconds, and then a reader of any server sees
 * the change on the next request; one that is down or slow holds the editor
 * up no longer than this, and is retried after the answer.
 */
export const PEER_WAIT_MS = 1_000;

/**
 * Expires every cached reader page a write changed, at once: the next reader
 * gets a fresh render, never a stale copy, from this server or any other of
 * the site's (BYLINE_PEER_URLS), which are told before the write answers.
 * Varnish is purged after the response, when Next has recorded the expiry
 * here, so Varnish cannot fetch the old page again in between.
 */
export async function revalidate(revalidation: Revalidation): Promise<void> {
  const tags = expireOnThisServer(revalidation);
  if (tags.length === 0) return;
  let telling: PeerTelling;
  try {
    telling = tellPeers(revalidation, tags);
  } catch (error) {
    // The write has committed: a peer list or key that cannot be read must not report it as failed.
    console.error(
      `[cache] could not tell the other servers: ${error instanceof Error ? error.message : String(error)}`,
    );
    telling = { firstAnswers: Promise.resolve(), toldLate: Promise.resolve(false) };
  }
  after(() => purgeAfterPeers(telling, tags));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    telling.firstAnswers,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, PEER_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
}
