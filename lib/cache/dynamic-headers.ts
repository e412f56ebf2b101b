// Relative, not "@/": next.config.ts loads this file, and its loader knows no path aliases.
import { ARTICLE_LISTS, TAXONOMY } from "./tags";

/**
 * The search page is rendered per request (it depends on its query), so Next
 * marks it private; these headers (next.config.ts `headers()`) let the HTTP
 * cache in front keep each query's answer briefly, under the same tags as
 * every list, so a publish purges it at once. A story that comes due by
 * schedule reaches cached search answers within this minute.
 */
export const SEARCH_SHARED_CACHE_SECONDS = 60;

export function readerResponseHeaders() {
  return [
    {
      source: "/search",
      headers: [
        { key: "Cache-Control", value: `public, s-maxage=${SEARCH_SHARED_CACHE_SECONDS}` },
        { key: "xkey", value: `${ARTICLE_LISTS} ${TAXONOMY}` },
      ],
    },
  ];
}
