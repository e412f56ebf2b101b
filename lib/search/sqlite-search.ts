import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import { type SearchTerms, toMatchExpression } from "@/lib/search/query";
import type { MarkedText, RankedMatch } from "@/lib/search/search";

// bm25 weights by column of "ArticleSearch": article_id (not indexed), headline, dek, body_text.
const HEADLINE_WEIGHT = 10;
const DEK_WEIGHT = 4;
const BODY_WEIGHT = 1;
const SNIPPET_TOKENS = 32;

/** FTS5's rank function with our weights by column: article_id (not indexed), headline, dek, body_text. */
const RANKING = `bm25(0.0, ${HEADLINE_WEIGHT}, ${DEK_WEIGHT}, ${BODY_WEIGHT})`;

/**
 * FTS5 ranks the newest `rankedMatches` matches (ORDER BY rank is sorted
 * inside FTS5; there is no cheaper exact top 1,000). FTS5 walks a match's
 * rowids newest first without scoring them, and takes the rowid bound before
 * it ranks: rowids follow creation (ArticleSearch_key).
 */
export function rankMatches(
  client: PrismaClient,
  terms: SearchTerms,
  rankedMatches: number,
  most: number,
): Promise<RankedMatch[]> {
  const match = toMatchExpression(terms);
  return client.$queryRaw<RankedMatch[]>`
    SELECT rowid, article_id AS id FROM "ArticleSearch"
    WHERE "ArticleSearch" MATCH ${match} AND rank MATCH ${RANKING}
      AND rowid >= (
        SELECT coalesce(min(rowid), 0) FROM (
          SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
          ORDER BY rowid DESC LIMIT ${rankedMatches}))
    ORDER BY rank
    LIMIT ${most}`;
}

/** Headlines, deks and body snippets with the matches marked, found by rowid (filtering on article_id would make FTS5 read every match). */
export function markMatches(
  client: PrismaClient,
  terms: SearchTerms,
  rowids: (number | bigint)[],
): Promise<MarkedText[]> {
  return client.$queryRaw<MarkedText[]>`
    SELECT article_id AS id,
      highlight("ArticleSearch", 1, ${MARK_START}, ${MARK_END}) AS headline,
      highlight("ArticleSearch", 2, ${MARK_START}, ${MARK_END}) AS dek,
      snippet("ArticleSearch", 3, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) AS body
    FROM "ArticleSearch"
    WHERE "ArticleSearch" MATCH ${toMatchExpression(terms)} AND rowid IN (${Prisma.join(rowids)})`;
}
