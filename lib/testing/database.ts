import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/migrations/migrate";

export type TestDatabase = { client: PrismaClient; file: string; dispose: () => Promise<void> };

/** A real SQLite file with every migration applied, for tests that touch the database. */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations({ databaseFile: file, migrationsDir: path.resolve("prisma", "migrations"), log: () => {} });
  const client = createPrismaClient(`file:${file}`);
  return {
    client,
    file,
    dispose: async () => {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
