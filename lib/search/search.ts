import { type ArticleCard, listPublishedCards } from "@/lib/articles/queries";
import { readerVisible } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { type PageInfo, pageCount, pageOffset, STORIES_PER_PAGE } from "@/lib/pagination/pages";
import { hasHighlight, MARK_END, MARK_START, splitHighlights, type TextRun } from "@/lib/search/highlight";

/** Only the best matches are paged through; nobody reads page 51 of a search. */
export const MOST_SEARCH_RESULTS = 1000;

// bm25 weights by column of "ArticleSearch": article_id (not indexed), headline, dek, body_text.
const HEADLINE_WEIGHT = 10;
const DEK_WEIGHT = 4;
const BODY_WEIGHT = 1;
const SNIPPET_TOKENS = 32;

export type SearchHit = { story: ArticleCard; headline: TextRun[]; excerpt: TextRun[] };
export type SearchResults = { hits: SearchHit[]; total: number; page: PageInfo };

export const NO_SEARCH_RESULTS: SearchResults = { hits: [], total: 0, page: { number: 1, count: 0 } };

/**
 * Published stories matching `match` (from toMatchExpression), best first:
 * bm25 with the headline weighted highest, then the dek, then the body. Each
 * hit carries its headline and an excerpt with the matches marked.
 */
export async function searchStories(
  match: string,
  pageNumber: number,
  now: Date,
  client: PrismaClient = db,
): Promise<SearchResults> {
  const ranked = await client.$queryRaw<{ id: string }[]>`
    SELECT article_id AS id FROM "ArticleSearch"
    WHERE "ArticleSearch" MATCH ${match}
    ORDER BY bm25("ArticleSearch", 0.0, ${HEADLINE_WEIGHT}, ${DEK_WEIGHT}, ${BODY_WEIGHT})
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
  const ids = ranked.map((row) => row.id).filter((id) => visible.has(id));
  const page = { number: pageNumber, count: pageCount(ids.length) };
  const pageIds = pageNumber >= 1 ? ids.slice(pageOffset(pageNumber), pageOffset(pageNumber) + STORIES_PER_PAGE) : [];
  if (pageIds.length === 0) return { hits: [], total: ids.length, page };

  const [stories, marked] = await Promise.all([
    listPublishedCards({ where: { id: { in: pageIds } }, take: STORIES_PER_PAGE, now }, client),
    client.$queryRaw<{ id: string; headline: string; dek: string; body: string }[]>`
      SELECT article_id AS id,
        highlight("ArticleSearch", 1, ${MARK_START}, ${MARK_END}) AS headline,
        highlight("ArticleSearch", 2, ${MARK_START}, ${MARK_END}) AS dek,
        snippet("ArticleSearch", 3, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) AS body
      FROM "ArticleSearch"
      WHERE "ArticleSearch" MATCH ${match} AND article_id IN (${Prisma.join(pageIds)})`,
  ]);
  const storiesById = new Map(stories.map((story) => [story.id, story]));
  const markedById = new Map(marked.map((row) => [row.id, row]));
  const hits = pageIds.flatMap((id) => {
    const story = storiesById.get(id);
    const text = markedById.get(id);
    return story && text
      ? [{ story, headline: splitHighlights(text.headline), excerpt: chooseExcerpt(text.body, text.dek) }]
      : [];
  });
  return { hits, total: ids.length, page };
}

/** The body passage with the matches, else the dek if it has them, else the body's opening. */
function chooseExcerpt(body: string, dek: string): TextRun[] {
  const bodyRuns = splitHighlights(body);
  if (hasHighlight(bodyRuns)) return bodyRuns;
  const dekRuns = splitHighlights(dek);
  return hasHighlight(dekRuns) ? dekRuns : bodyRuns;
}
