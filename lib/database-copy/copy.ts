import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { localMigrationNames } from "@/lib/migrations/migrate";

/**
 * `npm run db:copy -- --to postgresql://…`: moves a SQLite site's data into a
 * migrated, empty PostgreSQL database, in one transaction there, and checks
 * that every table holds as many rows as it did.
 *
 * Rows go through Prisma on both sides, so each value is read and written as
 * its type (SQLite's dates and booleans become PostgreSQL's). Tables are
 * filled parents first, in the order the target's foreign keys require.
 * What the target's triggers derive is not copied but made again there: the
 * search table, "ArticleBodyImage" and the links' "visibleFrom"; stories go
 * in the order they were created, so search ranks the newest as on SQLite.
 */
export class CopyRefusal extends Error {
  override name = "CopyRefusal";
}

export type TableCount = { table: string; rows: number };

/** Made by the target's triggers from the stories themselves. */
const DERIVED_BY_TRIGGERS = new Set<string>(["ArticleBodyImage"]);

const BATCH = 500;

type Delegate = {
  count(): Promise<number>;
  findMany(args: { orderBy: Record<string, "asc">[]; skip: number; take: number }): Promise<object[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
};

function delegate(client: object, model: string): Delegate {
  return (client as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)] as Delegate;
}

const MODELS = Object.values(Prisma.ModelName);

/** Each table's primary key columns and the tables its foreign keys point at, read from PostgreSQL's catalogs. */
async function tableShapes(target: PrismaClient): Promise<Map<string, { key: string[]; parents: Set<string> }>> {
  const keys = await target.$queryRaw<{ table: string; column: string }[]>`
    SELECT t.relname AS "table", a.attname AS "column"
    FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE i.indisprimary AND t.relnamespace = 'public'::regnamespace
    ORDER BY t.relname, k.n`;
  const references = await target.$queryRaw<{ child: string; parent: string }[]>`
    SELECT child.relname AS "child", parent.relname AS "parent"
    FROM pg_constraint c
    JOIN pg_class child ON child.oid = c.conrelid
    JOIN pg_class parent ON parent.oid = c.confrelid
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`;
  const shapes = new Map(MODELS.map((model) => [model as string, { key: [] as string[], parents: new Set<string>() }]));
  for (const { table, column } of keys) shapes.get(table)?.key.push(column);
  for (const { child, parent } of references) if (child !== parent) shapes.get(child)?.parents.add(parent);
  return shapes;
}

/** Parents before children (the models form no cycle; a cycle would be refused here rather than copied wrong). */
function fillingOrder(shapes: Map<string, { parents: Set<string> }>): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < shapes.size) {
    const ready = [...shapes].filter(
      ([table, { parents }]) => !placed.has(table) && [...parents].every((parent) => placed.has(parent)),
    );
    if (ready.length === 0) throw new Error("The tables' foreign keys form a cycle; db:copy cannot order them.");
    for (const [table] of ready) {
      order.push(table);
      placed.add(table);
    }
  }
  return order;
}

async function countRows(client: object): Promise<TableCount[]> {
  return Promise.all(MODELS.map(async (table) => ({ table, rows: await delegate(client, table).count() })));
}

export type CopyOptions = {
  source: PrismaClient;
  target: PrismaClient;
  /** The source's migrations folder: it must have every one applied. */
  sourceMigrationsDir: string;
  log?: (line: string) => void;
};

export async function copyDatabase({ source, target, sourceMigrationsDir, log = () => {} }: CopyOptions) {
  const applied = new Set(
    (
      await source.$queryRaw<{ migration_name: string }[]>`
        SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`.catch(
        () => [],
      )
    ).map((row) => row.migration_name),
  );
  const pending = localMigrationNames(sourceMigrationsDir).filter((name) => !applied.has(name));
  if (pending.length > 0)
    throw new CopyRefusal(
      `The SQLite database is not up to date (pending: ${pending.join(", ")}). Run npm run db:migrate on it first.`,
    );
  const occupied = (await countRows(target)).filter(({ rows }) => rows > 0);
  if (occupied.length > 0)
    throw new CopyRefusal(
      `The PostgreSQL database is not empty (${occupied.map(({ table, rows }) => `${table}: ${rows}`).join(", ")}). ` +
        "db:copy fills a new database; nothing was copied.",
    );

  const shapes = await tableShapes(target);
  const expected = await countRows(source);
  await target.$transaction(
    async (tx) => {
      for (const table of fillingOrder(shapes)) {
        if (DERIVED_BY_TRIGGERS.has(table)) continue;
        const key = shapes.get(table)?.key ?? [];
        const orderBy = (table === "Article" ? ["createdAt", "id"] : key).map((column) => ({
          [column]: "asc" as const,
        }));
        let copied = 0;
        for (;;) {
          const rows = await delegate(source, table).findMany({ orderBy, skip: copied, take: BATCH });
          if (rows.length === 0) break;
          await delegate(tx, table).createMany({ data: rows });
          copied += rows.length;
        }
        log(`${table}: ${copied} rows`);
      }
      await checkCopy(tx as unknown as PrismaClient, expected);
    },
    // A big archive takes a while; nobody else writes to a database being filled.
    { maxWait: 10_000, timeout: 60 * 60 * 1000 },
  );
  return expected;
}

/** Every table as full as the source's, and a search row per story; otherwise the copy is rolled back. */
async function checkCopy(target: PrismaClient, expected: TableCount[]): Promise<void> {
  const actual = new Map((await countRows(target)).map(({ table, rows }) => [table, rows]));
  const problems = expected
    .filter(({ table, rows }) => actual.get(table) !== rows)
    .map(({ table, rows }) => `${table} has ${actual.get(table)} rows, not ${rows}`);
  const [search] = await target.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "ArticleSearch"`;
  const stories = actual.get("Article") ?? 0;
  if (Number(search?.n) !== stories) problems.push(`the search table has ${search?.n} rows for ${stories} stories`);
  if (problems.length > 0) throw new Error(`The copy does not match, so nothing was kept: ${problems.join("; ")}.`);
}
