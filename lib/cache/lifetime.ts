/**
 * How long reader pages and feeds are kept (see "Caching model" in README.md).
 *
 * Editors' changes and scripts expire pages at once by tag (lib/cache/tags.ts),
 * so time only guards against what nobody announced (a fix made in the
 * database by hand). Past `revalidate` a page is still served, while one
 * render in the background refreshes it; past `expire` it is not served
 * at all. No copy outlives the next scheduled publication: at that moment
 * the page must show the story, so both end there.
 */
export const READER_REVALIDATE_SECONDS = 300;
export const READER_EXPIRE_SECONDS = 86_400;

export type ReaderLifetime = { revalidate: number; expire: number };

/**
 * The lifetime of a reader page rendered `now`, ending at the next scheduled
 * publication if one is due sooner. Rounded up, so the page is rendered again
 * only once the story is visible.
 */
export function readerLifetime(nextPublicationAt: Date | null, now: Date): ReaderLifetime {
  if (!nextPublicationAt) return { revalidate: READER_REVALIDATE_SECONDS, expire: READER_EXPIRE_SECONDS };
  const untilPublication = Math.max(1, Math.ceil((nextPublicationAt.getTime() - now.getTime()) / 1000));
  return {
    revalidate: Math.min(READER_REVALIDATE_SECONDS, untilPublication),
    expire: Math.min(READER_EXPIRE_SECONDS, untilPublication),
  };
}
