import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import type { SearchTerms } from "@/lib/search/query";
import type { MarkedText, RankedMatch } from "@/lib/search/search";

/**
 * Search on PostgreSQL, behaving as FTS5 does on SQLite (lib/search/sqlite-search.ts):
 * "ArticleSearch"."document" is a tsvector weighing the headline A, the dek B
 * and the body D (prisma/postgresql/migrations/20261209000000_init), in the
 * "byline" configuration (English stems, accents folded, no stop words).
 */

// ts_rank_cd's weights, in its order {D, C, B, A}: body 1, dek 4, headline 10, as bm25's on SQLite.
const WEIGHTS = "{0.1,0.1,0.4,1.0}";
const WHOLE_TEXT = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const EXCERPT = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=12, MaxFragments=1`;

/** Any of the terms, each as a phrase (FTS5's `"a" OR "b"`). */
function tsquery(terms: SearchTerms): Prisma.Sql {
  return Prisma.join(
    terms.map((term) => Prisma.sql`phraseto_tsquery('byline', ${term})`),
    " || ",
  );
}

/** Ranks the newest `rankedMatches` matches (found by the GIN index, then taken newest first by rowid). */
export function rankMatches(
  client: PrismaClient,
  terms: SearchTerms,
  rankedMatches: number,
  most: number,
): Promise<RankedMatch[]> {
  return client.$queryRaw<RankedMatch[]>`
    WITH "query" AS (SELECT (${tsquery(terms)}) AS "q"),
    "newest" AS (
      SELECT "rowid", "article_id", "document" FROM "ArticleSearch", "query"
      WHERE "document" @@ "query"."q"
      ORDER BY "rowid" DESC LIMIT ${rankedMatches})
    SELECT "rowid", "article_id" AS "id" FROM "newest", "query"
    ORDER BY ts_rank_cd(${WEIGHTS}::float4[], "document", "query"."q") DESC, "rowid" DESC
    LIMIT ${most}`;
}

/** Headlines, deks and a body excerpt with the matches marked; "…" where the excerpt cuts the body, as FTS5's snippet does. */
export async function markMatches(
  client: PrismaClient,
  terms: SearchTerms,
  rowids: (number | bigint)[],
): Promise<MarkedText[]> {
  const rows = await client.$queryRaw<(MarkedText & { bodyText: string })[]>`
    WITH "query" AS (SELECT (${tsquery(terms)}) AS "q")
    SELECT "article_id" AS "id", "body_text" AS "bodyText",
      ts_headline('byline', "headline", "query"."q", ${WHOLE_TEXT}) AS "headline",
      ts_headline('byline', "dek", "query"."q", ${WHOLE_TEXT}) AS "dek",
      ts_headline('byline', "body_text", "query"."q", ${EXCERPT}) AS "body"
    FROM "ArticleSearch", "query"
    WHERE "rowid" IN (${Prisma.join(rowids)})`;
  return rows.map(({ bodyText, ...text }) => ({ ...text, body: withEllipses(text.body, bodyText) }));
}

function withEllipses(excerpt: string, whole: string): string {
  const plain = excerpt.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
  if (plain === "" || plain === whole) return excerpt;
  return `${whole.startsWith(plain) ? "" : "…"}${excerpt}${whole.endsWith(plain) ? "" : "…"}`;
}
