/**
 * The longest a reader page or feed stays cached without a reason to change.
 * Editors' changes expire pages at once by tag (lib/cache/tags.ts); this bound
 * only covers writes that bypass the app (the wire import CLI, a database fix),
 * so they still reach readers within half a minute.
 */
export const LONGEST_READER_CACHE_SECONDS = 30;

/**
 * Seconds a reader page rendered `now` may be served from the cache: never past
 * the next scheduled publication, so a scheduled story appears at its time
 * without a job to announce it. Rounded up, so the page is re-rendered only
 * once the story is visible.
 */
export function readerCacheSeconds(nextPublicationAt: Date | null, now: Date): number {
  if (!nextPublicationAt) return LONGEST_READER_CACHE_SECONDS;
  const untilPublication = Math.ceil((nextPublicationAt.getTime() - now.getTime()) / 1000);
  return Math.min(LONGEST_READER_CACHE_SECONDS, Math.max(1, untilPublication));
}
