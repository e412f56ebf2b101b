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
  // Virtual tables (the search index) and their shadow tables are derived by triggers from the tables kept here.
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
  const selects = tables.map(({ name, columns }) => {
    const row = columns.map((column) => `quote(${quoteName(column)})`).join(" || ',' || ");
    const where = name === "AuditEvent" ? ` WHERE action NOT IN (${refusalEvents})` : "";
    return `(SELECT count(*) || ':' || coalesce(group_concat(${row}, char(10)), '') FROM (SELECT * FROM ${quoteName(name)}${where} ORDER BY rowid)) AS ${quoteName(name)}`;
  });
  const query = `SELECT ${selects.join(", ")}`;
  let last: { changes: bigint; rows: Record<string, string> } | null = null;
  return async () => {
    const [{ changes } = { changes: -1n }] = await client.$queryRawUnsafe<{ changes: bigint }[]>(
      "SELECT total_changes() AS changes",
    );
    if (last?.changes === changes) return last.rows;
    const [rows = {}] = await client.$queryRawUnsafe<Record<string, string>[]>(query);
    last = { changes, rows };
    return rows;
  };
}
