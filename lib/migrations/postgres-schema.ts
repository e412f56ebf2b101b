/**
 * The PostgreSQL twin of prisma/schema.prisma. One datamodel serves both
 * databases; Prisma still needs a schema file per provider, and a client
 * generated from each (a client refuses an adapter of the other provider).
 * `npm run db:generate` writes prisma/postgresql/schema.prisma from the
 * SQLite schema, so nobody edits two copies; a test checks the committed
 * file is what this makes.
 */
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = `// Written by \`npm run db:generate\` from prisma/schema.prisma: edit that file,
// not this one. The same datamodel on PostgreSQL, with its own client in
// lib/generated/prisma-pg and its own migrations in prisma/postgresql/migrations.

`;

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`prisma/schema.prisma must contain exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function postgresSchemaText(sqliteSchema: string): string {
  let text = replaceOnce(sqliteSchema, 'provider = "sqlite"', 'provider = "postgresql"');
  text = replaceOnce(
    text,
    'output       = "../lib/generated/prisma"',
    'output       = "../../lib/generated/prisma-pg"',
  );
  return HEADER + text;
}
