import type { Database, Statement } from "better-sqlite3";

/**
 * How many distinct statements one connection keeps prepared. Prisma sends
 * a few hundred shapes of SQL (a list of n ids is its own shape), so a save or
 * a page finds its statements here after the first; beyond this the least
 * recently used is let go (better-sqlite3 finalizes it when it is collected).
 */
export const PREPARED_STATEMENT_LIMIT = 500;

type Arguments = readonly unknown[];

/**
 * One of the kept statements, with the arguments of one query. The adapter
 * binds its arguments with `bind()`, which better-sqlite3 allows once in a
 * statement's life, so each query gets this view and passes its arguments
 * at each run instead. It offers what the adapter calls, no more.
 */
class ReusedStatement {
  private rows: unknown[][] | undefined;

  constructor(
    private readonly statement: Statement,
    private readonly args: Arguments = [],
  ) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  bind(args: Arguments): ReusedStatement {
    return new ReusedStatement(this.statement, args);
  }

  run() {
    return this.statement.run(this.args);
  }

  /**
   * The result's columns. Read after the rows: a kept statement whose table
   * has changed since is prepared again by SQLite when it runs, and only then
   * describes the new columns.
   */
  columns() {
    this.rows ??= this.readRows();
    return this.statement.columns();
  }

  raw() {
    return { all: () => this.rows ?? this.readRows() };
  }

  private readRows(): unknown[][] {
    return this.statement.raw(true).all(this.args) as unknown[][];
  }
}

/**
 * Prisma's better-sqlite3 adapter prepares every query's SQL again, which
 * cost a save about a twentieth of its time (README, "Soak"). This keeps each
 * distinct SQL text prepared on the connection, in a bounded LRU. SQLite
 * prepares a kept statement again by itself when the schema changes.
 */
export function reusePreparedStatements(database: Database, limit = PREPARED_STATEMENT_LIMIT): void {
  const prepare = database.prepare.bind(database);
  const kept = new Map<string, Statement>();
  const reusing = (sql: string): ReusedStatement => {
    let statement = kept.get(sql);
    if (statement) kept.delete(sql);
    else {
      statement = prepare(sql);
      const oldest = kept.size >= limit ? kept.keys().next().value : undefined;
      if (oldest !== undefined) kept.delete(oldest);
    }
    kept.set(sql, statement);
    return new ReusedStatement(statement);
  };
  database.prepare = reusing as unknown as Database["prepare"];
}
