import { providerOfClient } from "@/lib/db-provider";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What a refused request may still write: the record of the refusal (an audit
 * event, a failed sign-in counted by the throttle). Nothing else may change.
 */
export const REFUSAL_AUDIT_EVENTS = [
  "access.denied",
  "article.denied",
  "auth.signin_failed",
  "auth.signin_refused",
  "auth.lockout",
  "auth.password_change_failed",
  "auth.2fa_failed",
] as const;
const REFUSAL_BOOKKEEPING_TABLES = ["SignInThrottle"];

type TableInfo = { name: string; columns: string[] };

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function contentTables(client: PrismaClient): Promise<TableInfo[]> {
  // The search table (and on SQLite its shadow tables) is derived by triggers from the tables kept here.
  if (providerOfClient(client) === "postgresql") {
    const tables = await client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT LIKE '%Search%' AND table_name NOT LIKE '\\_%'
       ORDER BY table_name`,
    );
    return tables
      .filter(({ name }) => !REFUSAL_BOOKKEEPING_TABLES.includes(name))
      .map(({ name }) => ({ name, columns: [] }));
  }
  const tables = await client.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search%' AND name NOT LIKE '\\_%' ESCAPE '\\'
     ORDER BY name`,
  );
  return Promise.all(
    tables
      .filter(({ name }) => !REFUSAL_BOOKKEEPING_TABLES.includes(name))
      .map(async ({ name }) => ({
        name,
        columns: (await client.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info(${quoteName(name)})`)).map(
          (column) => column.name,
        ),
      })),
  );
}

/**
 * Reads every row of every table in one query, for comparing a database
 * before and after a request: equal fingerprints mean no row was added,
 * changed or removed (bar the refusal's own record, see above). While
 * SQLite's count of changed rows on the client's one connection stands
 * still, the last reading is still true and is answered without a read.
 */
export async function databaseFingerprint(client: PrismaClient): Promise<() => Promise<Record<string, string>>> {
  const tables = await contentTables(client);
  const refusalEvents = REFUSAL_AUDIT_EVENTS.map((event) => `'${event}'`).join(", ");
  const where = (name: string) => (name === "AuditEvent" ? ` WHERE action NOT IN (${refusalEvents})` : "");
  if (providerOfClient(client) === "postgresql") {
    // Each row as PostgreSQL's text for a row value, sorted. Any write moves the WAL forward (writes to
    // other databases of the cluster too, which only cost a needless read).
    const selects = tables.map(
      ({ name }) =>
        `(SELECT count(*) || ':' || coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM (SELECT * FROM ${quoteName(name)}${where(name)}) AS t) AS ${quoteName(name)}`,
    );
    return remembered(client, "SELECT pg_current_wal_insert_lsn()::text AS changes", `SELECT ${selects.join(", ")}`);
  }
  const selects = tables.map(({ name, columns }) => {
    const row = columns.map((column) => `quote(${quoteName(column)})`).join(" || ',' || ");
    return `(SELECT count(*) || ':' || coalesce(group_concat(${row}, char(10)), '') FROM (SELECT * FROM ${quoteName(name)}${where(name)} ORDER BY rowid)) AS ${quoteName(name)}`;
  });
  return remembered(client, "SELECT total_changes() AS changes", `SELECT ${selects.join(", ")}`);
}

/** Reads `query` again only when `changesQuery` (a count or position that moves with every write) has moved. */
function remembered(client: PrismaClient, changesQuery: string, query: string): () => Promise<Record<string, string>> {
  let last: { changes: unknown; rows: Record<string, string> } | null = null;
  return async () => {
    const [{ changes } = { changes: null }] = await client.$queryRawUnsafe<{ changes: unknown }[]>(changesQuery);
    if (last !== null && changes !== null && last.changes === changes) return last.rows;
    const [rows = {}] = await client.$queryRawUnsafe<Record<string, string>[]>(query);
    last = { changes, rows };
    return rows;
  };
}
