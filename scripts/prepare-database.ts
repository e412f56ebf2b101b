import path from "node:path";
import { databaseFile } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/migrate";

/** Migrates the configured SQLite file and loads the demo content (both idempotent). */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  applyMigrations({ databaseFile: databaseFile(), migrationsDir: path.resolve("prisma", "migrations"), log });
  const { seedDemo } = await import("@/lib/demo/seed");
  await seedDemo(log);
}
