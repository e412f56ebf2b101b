import type { RecordedQuery } from "@/lib/testing/query-recorder";

/**
 * Reads SQLite's EXPLAIN QUERY PLAN for the queries readers cause and says,
 * in words, what would make one slow on a newsroom of 100,000 stories:
 *
 * - `SCAN` of a big table, even of a covering index: it reads every row;
 * - a `SEARCH` of a big table on a range alone (`publishedAt<?`, or with
 *   `status=?`, which narrows nothing) that is not the first loop, or has no
 *   LIMIT: it walks all the stories in the range, once per row of the outer
 *   loop (how a story's related list took 700 ms);
 * - `USE TEMP B-TREE`: a sort of everything found, unless the rows were all
 *   found by keys that pick out one story's few rows (its bylines, tags,
 *   related stories, corrections) or stories by id, for a page at most;
 * - a full-text table read without MATCH.
 */

/**
 * Tables that grow with the stories. The others (Section, Tag, Author, Media,
 * SlugRedirect) are the newsroom's taxonomy and assets, hundreds of rows at
 * most: scanning or sorting them costs microseconds, so the rules leave them be.
 */
export const BIG_TABLES = new Set([
  "Article",
  "ArticleAuthor",
  "ArticleTag",
  "ArticleRelation",
  "Revision",
  "Correction",
]);

/** Columns whose equality finds one story, or the handful of rows one story has. */
const PER_STORY_KEYS: Record<string, readonly string[]> = {
  Article: ["id", "slug"],
  ArticleAuthor: ["articleId"],
  ArticleTag: ["articleId"],
  ArticleRelation: ["fromId"],
  Correction: ["articleId"],
  Revision: ["articleId"],
};

export type PlanRule = "scan" | "range-walk" | "temp-sort" | "text-scan";
/** A deliberate exception for one query, with the reason a reader of the test sees. */
export type PlanAllowance = { rule: PlanRule; table?: string; why: string };
export type PlanProblem = { rule: PlanRule; table: string; detail: string; sql: string };

const LOOP = /^(SCAN|SEARCH) (\S+)(?: USING (?:COVERING )?INDEX (\S+)| USING (?:INTEGER )?PRIMARY KEY)?(?: \((.*)\))?/;
const TABLE_REFERENCE = /(?:FROM|JOIN)\s+(?:[`"]?main[`"]?\.)?[`"]?(\w+)[`"]?(?:\s+AS\s+[`"]?(\w+)[`"]?)?/gi;

/** Table names by the name a plan uses for them (an alias such as `j0`, or the table itself). */
function tablesByAlias(sql: string): Map<string, string> {
  const tables = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(TABLE_REFERENCE)) {
    if (!table) continue;
    tables.set(table, table);
    if (alias) tables.set(alias, table);
  }
  return tables;
}

/** The value bound to the statement's last LIMIT (Prisma binds `LIMIT ?`, -1 meaning none), or a literal. */
function lastLimit(query: RecordedQuery): number | null {
  const at = query.sql.search(/LIMIT\s+(\?|-?\d+)(?![\s\S]*LIMIT)/i);
  if (at < 0) return null;
  const literal = /LIMIT\s+(-?\d+)/i.exec(query.sql.slice(at));
  if (literal?.[1]) return Number(literal[1]);
  const placeholder = (query.sql.slice(0, at).match(/\?/g) ?? []).length;
  const value = query.args[placeholder];
  return value === null || value === undefined ? null : Number(value);
}

export function planProblems(query: RecordedQuery, allowances: readonly PlanAllowance[] = []): PlanProblem[] {
  const tables = tablesByAlias(query.sql);
  const problems: PlanProblem[] = [];
  const report = (rule: PlanRule, table: string, detail: string) => {
    if (!allowances.some((allowed) => allowed.rule === rule && (!allowed.table || allowed.table === table)))
      problems.push({ rule, table, detail, sql: query.sql });
  };
  const limit = lastLimit(query);
  const firstLoopOf = new Map<number, number>();
  let keyedOnly = !/LIST SUBQUERY|CORRELATED/.test(query.plan.map((row) => row.detail).join("\n"));

  for (const row of query.plan) {
    const loop = LOOP.exec(row.detail);
    if (!loop) continue;
    const [, kind, name = "", , condition = ""] = loop;
    if (!firstLoopOf.has(row.parent)) firstLoopOf.set(row.parent, row.id);
    // Prisma qualifies tables with their schema ("main.Article"); aliases are bare ("j0").
    const bare = name.replace(/^main\./, "");
    const table = tables.get(bare) ?? bare;
    if (row.detail.includes("VIRTUAL TABLE")) {
      const indexPlan = /VIRTUAL TABLE INDEX \d+:(\S*)/.exec(row.detail)?.[1] ?? "";
      if (!indexPlan.includes("M")) report("text-scan", table, row.detail);
      continue;
    }
    if (!BIG_TABLES.has(table)) continue;
    if (kind === "SCAN") {
      report("scan", table, row.detail);
      keyedOnly = false;
      continue;
    }
    // Equalities on an id, a slug or a foreign key narrow the walk; one on a state such as status does not.
    const equalities = [...condition.matchAll(/(\w+)=\?/g)].map((match) => match[1] ?? "");
    const rangeOnly = !equalities.some((column) => /^(id|slug|rowid)$|Id$/.test(column));
    if (rangeOnly && (firstLoopOf.get(row.parent) !== row.id || limit === null || limit < 0))
      report("range-walk", table, row.detail);
    const [leading] = equalities;
    if (!leading || !PER_STORY_KEYS[table]?.includes(leading)) keyedOnly = false;
  }
  for (const row of query.plan)
    if (row.detail.startsWith("USE TEMP B-TREE") && !keyedOnly) report("temp-sort", "", row.detail);
  return problems;
}

export function describeProblems(problems: readonly PlanProblem[]): string {
  return problems
    .map((problem) => `${problem.rule}: ${problem.detail}\n    in: ${problem.sql.replace(/\s+/g, " ").slice(0, 400)}`)
    .join("\n");
}
