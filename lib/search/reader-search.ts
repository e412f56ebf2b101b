import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS } from "@/lib/cache/tags";
import { searchTerms } from "@/lib/search/query";
import { NO_SEARCH_RESULTS, type SearchResults, searchStories } from "@/lib/search/search";

/**
 * Search results for the reader site, kept in Next's data cache per query and
 * page: the search page itself depends on the query string, so it is rendered
 * per request, from cached results. Publishing anything expires them all.
 */
export async function findStories(query: string, pageNumber: number): Promise<SearchResults> {
  "use cache";
  const terms = searchTerms(query);
  return readForReaders(
    (now) => (terms ? searchStories(terms, pageNumber, now) : Promise.resolve(NO_SEARCH_RESULTS)),
    () => [ARTICLE_LISTS],
    NO_SEARCH_RESULTS,
  );
}
