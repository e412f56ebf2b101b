import { cacheLife, cacheTag } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { type ReaderLifetime, readerLifetime } from "@/lib/cache/lifetime";
import { nextScheduledPublication } from "@/lib/cache/schedule";

/**
 * How reader pages and feeds are cached (see "Caching model" in README.md).
 *
 * They are rendered from the database on request and kept whole in Next's
 * route cache (incremental static regeneration). Each render declares what it
 * showed (cache tags) and how long it may be served; an editor's change
 * expires the tagged pages at once (lib/cache/tags.ts), and no page outlives
 * the next scheduled publication.
 *
 * Nothing is read while `next build` runs: the build machine's database (if
 * it has one) is not the site's. Routes prerendered by the build come out
 * empty with a one-second lifetime, so the first request re-renders them.
 */
export function isBuilding(): boolean {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
}

/**
 * generateStaticParams of the reader routes with parameters: nothing is
 * rendered at build time; each address is rendered on its first visit and
 * then served from the cache.
 */
export async function renderOnFirstVisit(): Promise<never[]> {
  return [];
}

/**
 * Hands tags and a lifetime to the page or route being rendered. Next.js
 * passes both on from a cached function to the page that calls it; the
 * arguments are the whole cache key, so a hit carries exactly the lifetime
 * asked for.
 */
async function keepRenderFor(tags: string[], { revalidate, expire }: ReaderLifetime): Promise<void> {
  "use cache";
  cacheTag(...tags);
  cacheLife({ stale: 0, revalidate, expire });
}

/**
 * Reads what a reader page shows and marks the page as cached under the tags
 * of what it read (a story page carries its own story's tag, a missing one the
 * lists' tag, so publishing at that address brings it to life). During the
 * build, returns `whileBuilding` instead of touching the database.
 */
export async function readForReaders<T>(
  read: (now: Date) => Promise<T>,
  tagsOf: (result: T) => readonly string[],
  whileBuilding: T,
): Promise<T> {
  if (isBuilding()) {
    // Expired at once: the first request after start renders from the database, blocking.
    await keepRenderFor([...tagsOf(whileBuilding)], { revalidate: 1, expire: 1 });
    return whileBuilding;
  }
  // The lifetime is worked out before the read, so a story that comes due in
  // between is either in this render or ends its lifetime.
  const now = new Date();
  const lifetime = readerLifetime(await nextScheduledPublication(now), now);
  const result = await read(now);
  await keepRenderFor([...tagsOf(result)], lifetime);
  return result;
}
