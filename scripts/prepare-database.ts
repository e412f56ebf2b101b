import { ensureAuthSecret } from "@/lib/auth/secret";
import { migrateConfiguredDatabase } from "@/lib/migrations/configured";

/**
 * Migrates the configured database (the data folder's SQLite file unless
 * DATABASE_URL names another, or PostgreSQL) and loads the demo content and demo
 * accounts (all idempotent). Also makes sure AUTH_SECRET is set (made once and
 * kept in the data folder when missing), so the server started next inherits it.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  ensureAuthSecret();
  await migrateConfiguredDatabase(log);
  const { seedDemo } = await import("@/lib/demo/seed");
  await seedDemo(log);
  const { seedDemoAccounts } = await import("@/lib/demo/accounts");
  await seedDemoAccounts(log);
}
