import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseProvider } from "@/lib/testing/database";
import { POSTGRES_TEMPLATE_DATABASE, testPostgresUrl } from "@/lib/testing/postgres-tests";
import { findPostgresDrift, readSchemaFacts, type SchemaFacts } from "./postgres-drift";
import { postgresMigrationScript } from "./postgres-engine";
import { POSTGRES_SCHEMA } from "./postgres-schema";

// Prisma's history, and the search table the migrations add by hand.
const isUnmanaged = (table: string) => table === "_prisma_migrations" || table === "ArticleSearch";

const EXPECTED_DATABASE = `expected_${process.pid}`;

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl("postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(testDatabaseProvider() !== "postgresql")("prisma/postgresql/migrations against the datamodel", () => {
  let migrated: SchemaFacts;
  let expected: SchemaFacts;

  beforeAll(async () => {
    const schema = readFileSync(path.resolve(POSTGRES_SCHEMA), "utf8");
    const script = await postgresMigrationScript(testPostgresUrl("postgres"), null, schema);
    await onServer(`CREATE DATABASE "${EXPECTED_DATABASE}"`);
    const client = new pg.Client({ connectionString: testPostgresUrl(EXPECTED_DATABASE) });
    await client.connect();
    try {
      await client.query(script);
    } finally {
      await client.end();
    }
    expected = await readSchemaFacts(testPostgresUrl(EXPECTED_DATABASE));
    migrated = await readSchemaFacts(testPostgresUrl(POSTGRES_TEMPLATE_DATABASE));
  }, 60_000);

  afterAll(async () => {
    await onServer(`DROP DATABASE IF EXISTS "${EXPECTED_DATABASE}" WITH (FORCE)`);
  });

  it("build exactly the tables, columns, keys and indexes Prisma would", () => {
    expect(expected.size).toBeGreaterThan(100);
    expect(findPostgresDrift(migrated, expected, isUnmanaged)).toEqual([]);
  });

  it("names a missing index, a changed column and an extra table", () => {
    const changed = new Map(migrated);
    changed.delete("index Article.Article_slug_key");
    changed.set("column Article.headline", "integer NOT NULL");
    changed.set("table Leftover", "");
    expect(findPostgresDrift(changed, expected, isUnmanaged)).toEqual([
      "column Article.headline is integer NOT NULL; the datamodel wants text NOT NULL",
      "index Article.Article_slug_key is missing (the datamodel wants USING btree (slug))",
      "table Leftover () is not in the datamodel",
    ]);
  });

  it("keeps the search, link-visibility and body-image triggers", async () => {
    const client = new pg.Client({ connectionString: testPostgresUrl(POSTGRES_TEMPLATE_DATABASE) });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT tgrelid::regclass::text AS "table", tgname AS name FROM pg_trigger
         WHERE NOT tgisinternal ORDER BY 1, 2`,
      );
      expect(rows).toEqual([
        { table: '"Article"', name: "Article_bodyImages_insert" },
        { table: '"Article"', name: "Article_bodyImages_update" },
        { table: '"Article"', name: "Article_search_delete" },
        { table: '"Article"', name: "Article_search_insert" },
        { table: '"Article"', name: "Article_search_update" },
        { table: '"Article"', name: "Article_visibleFrom_update" },
        { table: '"ArticleAuthor"', name: "ArticleAuthor_visibleFrom_set" },
        { table: '"ArticleTag"', name: "ArticleTag_visibleFrom_set" },
      ]);
    } finally {
      await client.end();
    }
  });
});
