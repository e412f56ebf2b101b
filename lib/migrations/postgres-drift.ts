import pg from "pg";

/**
 * Drift on PostgreSQL: the schema prisma/postgresql/migrations build,
 * compared with the schema Prisma's own DDL for the datamodel builds
 * (lib/migrations/postgres-engine.ts) in a second database. Prisma's drift
 * check (`migrate diff --from-migrations`) needs the native engine; this
 * compares what matters to the client, as read from PostgreSQL's catalogs:
 * tables, columns (type, nullability, default), constraints (keys, foreign
 * keys with their actions) and indexes, and enum types with their values.
 */
export type SchemaFacts = Map<string, string>;

const FACTS = `
  SELECT 'table ' || c.relname AS key, '' AS value
  FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
  UNION ALL
  SELECT 'column ' || c.relname || '.' || a.attname,
    format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END ||
    coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'constraint ' || c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
  WHERE k.connamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'index ' || c.relname || '.' || i.relname, regexp_replace(pg_get_indexdef(i.oid), '^.* USING ', 'USING ')
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
  WHERE c.relnamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'enum ' || t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE t.typnamespace = 'public'::regnamespace
  GROUP BY t.typname`;

/** What the catalogs say about a database's tables, keyed by what each fact is about. */
export async function readSchemaFacts(url: string): Promise<SchemaFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string; value: string }>(FACTS);
    return new Map(rows.map((row) => [row.key, row.value]));
  } finally {
    await client.end();
  }
}

/**
 * Every difference between the migrated schema and the expected one, in
 * words. `isUnmanaged` names the tables the migrations add on purpose
 * outside the datamodel (Prisma's history, the search table).
 */
export function findPostgresDrift(
  migrated: SchemaFacts,
  expected: SchemaFacts,
  isUnmanaged: (table: string) => boolean,
): string[] {
  const tableOf = (key: string) => key.split(" ")[1]?.split(".")[0] ?? "";
  const problems: string[] = [];
  for (const [key, value] of expected) {
    const actual = migrated.get(key);
    if (actual === undefined) problems.push(`${key} is missing (the datamodel wants ${value || "it"})`);
    else if (actual !== value) problems.push(`${key} is ${actual}; the datamodel wants ${value}`);
  }
  for (const [key, value] of migrated) {
    if (!expected.has(key) && !isUnmanaged(tableOf(key))) problems.push(`${key} (${value}) is not in the datamodel`);
  }
  return problems.sort();
}
