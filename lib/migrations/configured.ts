import path from "node:path";
import { type DatabaseProvider, databaseFile, databaseProvider, databaseUrl } from "@/lib/env";
import { type ApplyMigrationsResult, applyMigrations } from "@/lib/migrations/migrate";
import { applyPostgresMigrations } from "@/lib/migrations/migrate-postgres";

/** Each database's migrations, in Prisma's layout: one folder per database. */
export function migrationsDirFor(provider: DatabaseProvider): string {
  return path.resolve(
    /*turbopackIgnore: true*/ "prisma",
    ...(provider === "postgresql" ? ["postgresql"] : []),
    "migrations",
  );
}

/**
 * Applies the migrations of the database DATABASE_URL names (the data
 * folder's SQLite file by default); `target` names it for a message.
 */
export async function migrateConfiguredDatabase(
  log: (line: string) => void,
): Promise<{ result: ApplyMigrationsResult; target: string }> {
  const provider = databaseProvider();
  const migrationsDir = migrationsDirFor(provider);
  if (provider === "postgresql") {
    const url = new URL(databaseUrl());
    const result = await applyPostgresMigrations({ url: databaseUrl(), migrationsDir, log });
    return { result, target: `PostgreSQL database ${url.pathname.slice(1) || url.username}` };
  }
  const file = databaseFile();
  return { result: applyMigrations({ databaseFile: file, migrationsDir, log }), target: file };
}
