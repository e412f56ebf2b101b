/**
 * `npm run db:migrate`: applies prisma/migrations to the configured SQLite
 * database (stands in for `prisma migrate deploy`, which cannot run here;
 * see lib/migrations/migrate.ts).
 */
import "dotenv/config";
import path from "node:path";
import { databaseFile } from "@/lib/env";
import { applyMigrations, MigrationError } from "@/lib/migrations/migrate";

const file = databaseFile();

try {
  const result = applyMigrations({
    databaseFile: file,
    migrationsDir: path.resolve("prisma/migrations"),
    log: (line) => console.log(line),
  });
  const count = result.applied.length;
  console.log(
    count === 0
      ? `No pending migrations; ${result.alreadyApplied.length} already applied to ${file}.`
      : `Applied ${count} migration${count === 1 ? "" : "s"} to ${file} (${result.alreadyApplied.length} already applied).`,
  );
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  // The message says what to do; a stack trace would only bury it.
  console.error(error.message);
  process.exitCode = 1;
}
