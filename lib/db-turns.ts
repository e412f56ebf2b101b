import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";

/**
 * Makes this process's transactions on `adapter` take turns: each holds the
 * returned mutex from its start to its commit or rollback, after `prepare`
 * (which takes the database's own write lock) has run in it. If `prepare`
 * fails, the transaction is rolled back and the turn passed on.
 */
export function transactionsTakeTurns(
  adapter: SqlDriverAdapter,
  prepare: (transaction: Transaction) => Promise<void>,
): Mutex {
  const turn = new Mutex();
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await turn.acquire();
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    try {
      await prepare(transaction);
    } catch (error) {
      await transaction.rollback();
      release();
      throw error;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
  return turn;
}
