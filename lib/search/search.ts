import { type ArticleCard, cardsInOrder } from "@/lib/articles/queries";
import { readerVisible } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { type PageInfo, pageCount, pageOffset, STORIES_PER_PAGE } from "@/lib/pagination/pages";
import { hasHighlight, MARK_END, MARK_START, splitHighlights, type TextRun } from "@/lib/search/highlight";

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

// bm25 weights by column of "ArticleSearch": article_id (not indexed), headline, dek, body_text.
const HEADLINE_WEIGHT = 10;
const DEK_WEIGHT = 4;
const BODY_WEIGHT = 1;
const SNIPPET_TOKENS = 32;

export type SearchHit = { story: ArticleCard; headline: TextRun[]; excerpt: TextRun[] };
export type SearchResults = { hits: SearchHit[]; total: number; page: PageInfo };

export const NO_SEARCH_RESULTS: SearchResults = { hits: [], total: 0, page: { number: 1, count: 0 } };

/** FTS5's rank function with our weights by column: article_id (not indexed), headline, dek, body_text. */
const RANKING = `bm25(0.0, ${HEADLINE_WEIGHT}, ${DEK_WEIGHT}, ${BODY_WEIGHT})`;

/**
 * Published stories matching `match` (from toMatchExpression), best first:
 * bm25 with the headline weighted highest, then the dek, then the body. Each
 * hit carries its headline and an excerpt with the matches marked.
 *
 * What it costs per search: FTS5 ranks the newest RANKED_MATCHES matches
 * (ORDER BY rank is sorted inside FTS5, there is no cheaper exact top
 * 1,000), one lookup of the best 1,000 for visibility, then cards,
 * highlights and snippets for the 20 on the page only, found by rowid
 * (filtering on article_id would make FTS5 read every match).
 */
export async function searchStories(
  match: string,
  pageNumber: number,
  now: Date,
  client: PrismaClient = db,
  rankedMatches = RANKED_MATCHES,
): Promise<SearchResults> {
  // FTS5 walks a match's rowids newest first without scoring them, and takes
  // the rowid bound before it ranks: rowids follow creation (ArticleSearch_key).
  const ranked = await client.$queryRaw<{ rowid: number; id: string }[]>`
    SELECT rowid, article_id AS id FROM "ArticleSearch"
    WHERE "ArticleSearch" MATCH ${match} AND rank MATCH ${RANKING}
      AND rowid >= (
        SELECT coalesce(min(rowid), 0) FROM (
          SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
          ORDER BY rowid DESC LIMIT ${rankedMatches}))
    ORDER BY rank
    LIMIT ${MOST_SEARCH_RESULTS}`;
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
    client.$queryRaw<{ id: string; headline: string; dek: string; body: string }[]>`
      SELECT article_id AS id,
        highlight("ArticleSearch", 1, ${MARK_START}, ${MARK_END}) AS headline,
        highlight("ArticleSearch", 2, ${MARK_START}, ${MARK_END}) AS dek,
        snippet("ArticleSearch", 3, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) AS body
      FROM "ArticleSearch"
      WHERE "ArticleSearch" MATCH ${match} AND rowid IN (${Prisma.join(onPage.map((row) => row.rowid))})`,
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
