import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlQueryable } from "@prisma/driver-adapter-utils";
import { transactionsTakeTurns } from "@/lib/db-turns";

/** How the app's connections are named in pg_stat_activity, for whoever watches the database. */
const APPLICATION_NAME = "byline";

/** Any constant names the lock; this one spells "byline" in hex, to be recognisable in pg_locks. */
export const WRITE_LOCK_KEY = 0x62796c696e65;

/**
 * Connections per app server. A transaction holds one while it waits for the
 * write lock, so transactions take turns for a connection in this process
 * first (see writersTakeTurns) and readers keep the rest.
 */
const POOL_SIZE = 10;

/**
 * Byline's writes were built on SQLite, where a transaction holds the one
 * write lock from its first statement: a check and the write that depends on
 * it (an upload within the quota, the last admin kept, an image in use not
 * deleted) cannot be raced. PostgreSQL's READ COMMITTED would let two such
 * transactions both pass their checks. Each transaction here first takes one
 * transaction-scoped advisory lock, shared by every server on the database,
 * so writers still take turns and the same code stays correct without
 * retries. Readers never wait for it. A newsroom's write rate (saves,
 * sign-ins, heartbeats) is far below what one lock serialises.
 *
 * lock_timeout bounds the wait as SQLite's busy_timeout did: a transaction
 * behind a stuck writer fails after 5 s with an error instead of hanging.
 */
function writersTakeTurns(adapter: SqlDriverAdapter): void {
  transactionsTakeTurns(adapter, async (transaction) => {
    sendsNoNul(transaction);
    await transaction.executeRaw(statement("SET LOCAL lock_timeout = '5s'"));
    await transaction.executeRaw(statement(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`));
  });
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * PostgreSQL's text cannot hold U+0000, which SQLite stores like any other
 * character; a NUL typed or pasted anywhere (a form, a URL, an import) would
 * make the query fail. It never means anything in a newsroom's text, so each
 * is sent as U+FFFD, the character for one that cannot be represented: the
 * write goes through as on SQLite, and a lookup by such a value finds nothing.
 */
const NUL = "\u0000";

function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.includes(NUL) ? value.replaceAll(NUL, "\uFFFD") : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  return value;
}

function sendsNoNul(queryable: SqlQueryable): void {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  const clean = (query: SqlQuery): SqlQuery => ({ ...query, args: query.args.map(withoutNul) });
  queryable.queryRaw = (query) => queryRaw(clean(query));
  queryable.executeRaw = (query) => executeRaw(clean(query));
}

export function postgresAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString: url, application_name: APPLICATION_NAME, max: POOL_SIZE });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      sendsNoNul(adapter);
      writersTakeTurns(adapter);
      return adapter;
    },
  };
}
