/**
 * `npm run db:migrate`: applies the migrations to the configured database:
 * prisma/migrations to SQLite, prisma/postgresql/migrations to PostgreSQL
 * (stands in for `prisma migrate deploy`, which cannot run here; see
 * lib/migrations/configured.ts).
 */
import "dotenv/config";
import { migrateConfiguredDatabase } from "@/lib/migrations/configured";
import { MigrationError } from "@/lib/migrations/migrate";

try {
  const { result, target } = await migrateConfiguredDatabase((line) => console.log(line));
  const count = result.applied.length;
  console.log(
    count === 0
      ? `No pending migrations; ${result.alreadyApplied.length} already applied to ${target}.`
      : `Applied ${count} migration${count === 1 ? "" : "s"} to ${target} (${result.alreadyApplied.length} already applied).`,
  );
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  // The message says what to do; a stack trace would only bury it.
  console.error(error.message);
  process.exitCode = 1;
}
