import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Settings every connection needs. journal_mode=WAL persists in the file, but
 * foreign_keys and busy_timeout are per connection, so they are set on connect.
 */
export const CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

export function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url, timeout: 5000 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(CONNECTION_PRAGMAS);
      return adapter;
    },
  };
}

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

const globalForPrisma = globalThis as unknown as { bylinePrisma?: PrismaClient };

/** The one Prisma client of the app (kept across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.bylinePrisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.bylinePrisma = db;
