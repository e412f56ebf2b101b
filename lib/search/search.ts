import { type ArticleCard, cardsInOrder } from "@/lib/articles/queries";
import { readerVisible } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { providerOfClient } from "@/lib/db-provider";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type PageInfo, pageCount, pageOffset, STORIES_PER_PAGE } from "@/lib/pagination/pages";
import { hasHighlight, splitHighlights, type TextRun } from "@/lib/search/highlight";
import * as postgresSearch from "@/lib/search/postgres-search";
import type { SearchTerms } from "@/lib/search/query";
import * as sqliteSearch from "@/lib/search/sqlite-search";

/** Only the best matches are paged through; nobody reads page 51 of a search. */
export const MOST_SEARCH_RESULTS = 1000;

/**
 * Ranking weighs the newest this-many matches (by when the story was
 * created). FTS5 scores every match it ranks, so words found in most of the
 * archive cost tens of thousands of scores (170 ms on 100,000 stories); for
 * such words the best of the newest 5,000 matches is what a news reader
 * wants. A search with fewer matches ranks them all.
 */
export const RANKED_MATCHES = 5000;

export type SearchHit = { story: ArticleCard; headline: TextRun[]; excerpt: TextRun[] };
export type SearchResults = { hits: SearchHit[]; total: number; page: PageInfo };

export const NO_SEARCH_RESULTS: SearchResults = { hits: [], total: 0, page: { number: 1, count: 0 } };

export type RankedMatch = { rowid: number | bigint; id: string };
export type MarkedText = { id: string; headline: string; dek: string; body: string };

/**
 * Published stories matching `terms`, best first: the headline weighted
 * highest, then the dek, then the body. Each hit carries its headline and an
 * excerpt with the matches marked. The ranking and marking queries are
 * written per database (FTS5 on SQLite, tsvector on PostgreSQL).
 *
 * What it costs per search: ranking the newest RANKED_MATCHES matches, one
 * lookup of the best 1,000 for visibility, then cards, highlights and
 * snippets for the 20 on the page only.
 */
export async function searchStories(
  terms: SearchTerms,
  pageNumber: number,
  now: Date,
  client: PrismaClient = db,
  rankedMatches = RANKED_MATCHES,
): Promise<SearchResults> {
  const search = providerOfClient(client) === "postgresql" ? postgresSearch : sqliteSearch;
  const ranked = await search.rankMatches(client, terms, rankedMatches, MOST_SEARCH_RESULTS);
  // Which of them readers may see is the one rule in lib/articles/visibility.ts.
  const visible = new Set(
    (
      await client.article.findMany({
        where: { id: { in: ranked.map((row) => row.id) }, ...readerVisible(now) },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const hits = ranked.filter((row) => visible.has(row.id));
  const page = { number: pageNumber, count: pageCount(hits.length) };
  const onPage = pageNumber >= 1 ? hits.slice(pageOffset(pageNumber), pageOffset(pageNumber) + STORIES_PER_PAGE) : [];
  if (onPage.length === 0) return { hits: [], total: hits.length, page };

  const [stories, marked] = await Promise.all([
    cardsInOrder(
      onPage.map((row) => row.id),
      now,
      client,
    ),
    search.markMatches(
      client,
      terms,
      onPage.map((row) => row.rowid),
    ),
  ]);
  const storiesById = new Map(stories.map((story) => [story.id, story]));
  const markedById = new Map(marked.map((row) => [row.id, row]));
  return {
    hits: onPage.flatMap(({ id }) => {
      const story = storiesById.get(id);
      const text = markedById.get(id);
      return story && text
        ? [{ story, headline: splitHighlights(text.headline), excerpt: chooseExcerpt(text.body, text.dek) }]
        : [];
    }),
    total: hits.length,
    page,
  };
}

/** The body passage with the matches, else the dek if it has them, else the body's opening. */
function chooseExcerpt(body: string, dek: string): TextRun[] {
  const bodyRuns = splitHighlights(body);
  if (hasHighlight(bodyRuns)) return bodyRuns;
  const dekRuns = splitHighlights(dek);
  return hasHighlight(dekRuns) ? dekRuns : bodyRuns;
}
