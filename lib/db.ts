import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type { Database } from "better-sqlite3";
import { postgresAdapter } from "@/lib/db-postgres";
import { reusePreparedStatements } from "@/lib/db-statements";
import { transactionsTakeTurns } from "@/lib/db-turns";
import { databaseUrl, providerOf } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";

/**
 * Settings every connection needs, each chosen for what it protects against
 * (README, "Database and migrations"). journal_mode=WAL persists in the file;
 * the others are per connection, so they are set on connect.
 * - WAL: readers never wait for a writer, and a crash mid-write leaves the
 *   last committed state (the WAL is replayed or ignored as a whole).
 * - synchronous=FULL: each commit is on disk before the save is answered, so
 *   an acknowledged save survives a power cut, not just a crashed process.
 * - busy_timeout: another process (an import, a backup) holding the write
 *   lock makes a save wait up to 5 s instead of failing at once.
 * - foreign_keys: SQLite leaves them off unless asked.
 * - wal_autocheckpoint / journal_size_limit: the WAL is copied back into the
 *   database every 1,000 pages and cut back to 64 MiB after, so a busy day
 *   does not leave a WAL as large as its busiest moment.
 */
export const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = FULL;",
  "PRAGMA busy_timeout = 5000;",
  "PRAGMA foreign_keys = ON;",
  "PRAGMA wal_autocheckpoint = 1000;",
  "PRAGMA journal_size_limit = 67108864;",
].join(" ");

/**
 * Connections this process opened. Closed on exit, after Next has finished
 * the requests in flight (it calls process.exit once its server has closed on
 * SIGTERM): the last connection to close checkpoints the WAL into the
 * database and removes it, so a stopped site is one self-contained file.
 */
const openConnections = new Set<SqlDriverAdapter>();
process.once("exit", () => {
  // dispose() closes the better-sqlite3 connection synchronously; nothing async runs after "exit".
  for (const connection of openConnections) void connection.dispose();
});

/**
 * Prisma's better-sqlite3 adapter has one connection and lets a query made
 * outside a transaction run on it while another request's transaction is
 * open, so the query joins that transaction: a reader's page could render a
 * save that is then rolled back, and a write acknowledged to one request
 * (a session's last-seen time, a lock's heartbeat) would be rolled back with
 * another's failed save. Here a transaction holds the connection from BEGIN
 * to COMMIT or ROLLBACK, and every other query waits for it.
 */
function oneTransactionAtATime(adapter: SqlDriverAdapter): void {
  const turn = transactionsTakeTurns(adapter, async (transaction) => {
    // No transaction is open after this ROLLBACK: takeWriteLock begins it again with the write lock.
    await transaction.executeRaw(statement("ROLLBACK"));
    await takeWriteLock(transaction);
  });
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.queryRaw = (query) => turn.runExclusive(() => queryRaw(query));
  adapter.executeRaw = (query) => turn.runExclusive(() => executeRaw(query));
  adapter.executeScript = (script) => turn.runExclusive(() => executeScript(script));
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

const BUSY_TIMEOUT_MS = 5000;
const BUSY_RETRY_MS = 20;

function isBusy(error: unknown): boolean {
  const cause = (error as { cause?: { originalCode?: unknown } } | null)?.cause;
  return typeof cause?.originalCode === "string" && cause.originalCode.startsWith("SQLITE_BUSY");
}

/**
 * Begins the transaction with the write lock (BEGIN IMMEDIATE). The adapter
 * begins with a plain BEGIN, and a transaction that reads before it writes,
 * as every save does, then meets another process's write lock with
 * SQLITE_BUSY at once, without waiting busy_timeout. busy_timeout itself
 * waits synchronously, freezing the server (better-sqlite3 blocks the event
 * loop), so the lock is asked for without it and asked again every 20 ms,
 * for up to 5 s, while the server goes on answering.
 */
async function takeWriteLock(transaction: Transaction): Promise<void> {
  await transaction.executeRaw(statement("PRAGMA busy_timeout = 0"));
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  try {
    for (;;) {
      try {
        await transaction.executeRaw(statement("BEGIN IMMEDIATE"));
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
      }
    }
  } finally {
    await transaction.executeRaw(statement(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`));
  }
}

/** The adapter's better-sqlite3 connection (its `client`, not part of its typed interface). */
function connectionOf(adapter: SqlDriverAdapter): Database {
  const connection = (adapter as unknown as { client?: Database }).client;
  if (typeof connection?.prepare !== "function")
    throw new Error(
      "Prisma's better-sqlite3 adapter no longer keeps its connection as `client`: see lib/db-statements.ts.",
    );
  return connection;
}

export function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url, timeout: 5000 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      reusePreparedStatements(connectionOf(adapter));
      await adapter.executeScript(CONNECTION_PRAGMAS);
      oneTransactionAtATime(adapter);
      openConnections.add(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = () => {
        openConnections.delete(adapter);
        return dispose();
      };
      return adapter;
    },
  };
}

/**
 * A client for the database `url` names. PostgreSQL gets its own generated
 * client (Prisma ties each to one provider), typed as the SQLite one: the
 * two differ only in options PostgreSQL adds (such as `mode`), so code that
 * compiles against this type runs on both.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  // A transaction may wait its turn behind others and then up to 5 s for another process's write
  // lock (takeWriteLock, or PostgreSQL's advisory lock); Prisma's default of 2 s to start one would give up first.
  const transactionOptions = { maxWait: 10_000 };
  if (providerOf(url) === "postgresql")
    return new PostgresPrismaClient({ adapter: postgresAdapter(url), transactionOptions }) as unknown as PrismaClient;
  return new PrismaClient({ adapter: sqliteAdapter(url), transactionOptions });
}

const globalForPrisma = globalThis as unknown as { bylinePrisma?: PrismaClient };

/** The one Prisma client of the app (kept across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.bylinePrisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.bylinePrisma = db;
