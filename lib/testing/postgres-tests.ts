import { migrationsDirFor } from "@/lib/migrations/configured";
import { applyPostgresMigrations } from "@/lib/migrations/migrate-postgres";
import { startThrowawayCluster } from "@/lib/testing/postgres-cluster";

/**
 * Vitest's global setup for the PostgreSQL pass of the unit tests
 * (`BYLINE_TEST_DATABASE=postgresql`, which `npm run test:unit` sets on its
 * second run): one throwaway cluster for the whole run, with a migrated
 * template database that each test's database is copied from.
 */
export const TEST_POSTGRES_DIR = "BYLINE_TEST_POSTGRES_DIR";
export const POSTGRES_TEMPLATE_DATABASE = "byline_template";

export function testPostgresUrl(database: string): string {
  const dir = process.env[TEST_POSTGRES_DIR];
  if (!dir) throw new Error("No test cluster: run the tests with BYLINE_TEST_DATABASE=postgresql.");
  return `postgresql://byline@localhost/${database}?host=${encodeURIComponent(dir)}`;
}

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.BYLINE_TEST_DATABASE !== "postgresql") return undefined;
  const cluster = startThrowawayCluster();
  try {
    cluster.sql("postgres", `CREATE DATABASE "${POSTGRES_TEMPLATE_DATABASE}"`);
    await applyPostgresMigrations({
      url: cluster.url(POSTGRES_TEMPLATE_DATABASE),
      migrationsDir: migrationsDirFor("postgresql"),
    });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  // Test workers start after this and inherit the environment.
  process.env[TEST_POSTGRES_DIR] = cluster.dir;
  return cluster.stop;
}
