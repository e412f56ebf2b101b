import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { sqliteAdapter } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type PlanRow = { id: number; parent: number; detail: string };
export type RecordedQuery = { sql: string; args: unknown[]; plan: PlanRow[] };

/**
 * A Prisma client on `file` that remembers every query it sends, exactly as
 * the driver adapter receives it (SQL and arguments), and can ask SQLite for
 * each one's query plan on the same connection, with the same arguments.
 */
export function recordingClient(file: string) {
  let queries: SqlQuery[] = [];
  let connection: SqlDriverAdapter | undefined;
  const factory = sqliteAdapter(`file:${file}`);
  const recording: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      connection = adapter;
      // A Proxy keeps the adapter's own methods (and `this`) and notes each read on the way.
      return new Proxy(adapter, {
        get(target, property, receiver) {
          if (property === "queryRaw")
            return (query: SqlQuery) => {
              queries.push(query);
              return target.queryRaw(query);
            };
          const value = Reflect.get(target, property, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  };
  const client = new PrismaClient({ adapter: recording });

  return {
    client,
    /** Runs `work` and returns the plan of every query it sent. */
    async record(work: (client: PrismaClient) => Promise<unknown>): Promise<RecordedQuery[]> {
      queries = [];
      await work(client);
      const sent = queries;
      queries = [];
      if (!connection) throw new Error("The client has not connected.");
      const explain = connection;
      return Promise.all(
        sent.map(async (query) => {
          const result = await explain.queryRaw({ ...query, sql: `EXPLAIN QUERY PLAN ${query.sql}` });
          const column = (name: string) => result.columnNames.indexOf(name);
          const plan = result.rows.map((row) => ({
            id: Number(row[column("id")]),
            parent: Number(row[column("parent")]),
            detail: String(row[column("detail")]),
          }));
          return { sql: query.sql, args: query.args, plan };
        }),
      );
    },
  };
}
