import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { databaseFile } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/migrate";

/**
 * Migrates the configured SQLite file and loads the demo content and demo
 * accounts (all idempotent). Also makes sure AUTH_SECRET is set (made once and
 * kept in the data folder when missing), so the server started next inherits it.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  ensureAuthSecret();
  applyMigrations({ databaseFile: databaseFile(), migrationsDir: path.resolve("prisma", "migrations"), log });
  const { seedDemo } = await import("@/lib/demo/seed");
  await seedDemo(log);
  const { seedDemoAccounts } = await import("@/lib/demo/accounts");
  await seedDemoAccounts(log);
}
