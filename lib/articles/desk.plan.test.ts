import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDesk } from "@/lib/articles/desk";
import type { Actor } from "@/lib/auth/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { describeProblems, planProblems } from "@/lib/perf/query-plans";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { type RecordedQuery, recordingClient } from "@/lib/testing/query-recorder";

/**
 * The desk's queries, explained by SQLite on a real migrated database, by the
 * rules the reader pages are held to (lib/perf/query-plans.ts): no full scan
 * of Article, no range walk that is not the first loop under a LIMIT, no
 * temporary B-tree to sort what was found. Checked without statistics (as
 * Byline runs: it never ANALYZEs) and with statistics from ANALYZE over a
 * newsroom where most stories are published and one writer wrote most of them.
 */

const now = new Date("2026-12-01T12:00:00.000Z");
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);

let database: TestDatabase;
let writer: Actor;
let editor: Actor;

async function explainDesk(actor: Actor): Promise<RecordedQuery[]> {
  const recorder = recordingClient(database.file);
  try {
    return await recorder.record((client) => getDesk(actor, now, client));
  } finally {
    await recorder.client.$disconnect();
  }
}

beforeAll(async () => {
  database = createTestDatabase();
  const { client } = database;
  const person = async (role: "WRITER" | "EDITOR", email: string): Promise<Actor> => {
    const user = await client.user.create({ data: { email, name: email, role, status: "ACTIVE" } });
    return { id: user.id, role };
  };
  writer = await person("WRITER", "writer@example.com");
  editor = await person("EDITOR", "editor@example.com");
  const states: [ArticleStatus, Date | null][] = [
    ["PUBLISHED", hours(-30)],
    ["PUBLISHED", hours(-3)],
    ["DRAFT", null],
    ["IN_REVIEW", null],
    ["SCHEDULED", hours(5)],
    ["SCHEDULED", hours(-1)],
    ["UNPUBLISHED", hours(-50)],
  ];
  const rows = Array.from({ length: 400 }, (_, n) => {
    const [status, publishedAt] = states[n % states.length] ?? ["DRAFT", null];
    return {
      slug: `story-${n}`,
      headline: `Story ${n}`,
      body: "{}",
      status,
      publishedAt: publishedAt && new Date(publishedAt.getTime() - n * 60_000),
      createdById: n % 4 === 0 ? editor.id : writer.id,
      submittedById: status === "IN_REVIEW" ? writer.id : null,
      submittedAt: status === "IN_REVIEW" ? hours(-n) : null,
    };
  });
  await client.article.createMany({ data: rows });
}, 30_000);

afterAll(async () => {
  await database.dispose();
});

describe.each([
  ["without statistics", () => {}],
  [
    "after ANALYZE",
    () => {
      const sqlite = new Database(database.file);
      sqlite.exec("ANALYZE");
      sqlite.close();
    },
  ],
])("the desk's queries %s", (_mode, prepare) => {
  beforeAll(prepare);

  it.each([
    ["an editor", () => editor],
    ["a writer", () => writer],
  ])("for %s: no full scan of Article, range walk per row or sort of what was found", async (_who, actor) => {
    const queries = await explainDesk(actor());
    if (process.env.SHOW_PLANS)
      for (const query of queries)
        console.log(`${query.sql.slice(0, 400)}\n    ${query.plan.map((row) => row.detail).join("\n    ")}`);
    const articleQueries = queries.filter((query) => /FROM [`"]?main[`"]?\.[`"]?Article[`"]?/.test(query.sql));
    expect(articleQueries.length, "one query per list").toBeGreaterThanOrEqual(4);
    const problems = describeProblems(queries.flatMap((query) => planProblems(query)));
    expect(problems, problems).toBe("");
  });
});
