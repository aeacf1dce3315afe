/**
 * Counts the statements a Saldo runs, to check which look-ups share one. On PostgreSQL every
 * statement is a call of Kysely's `executeQuery`. On SQLite a read outside a transaction runs on
 * the connection without Kysely (`readAtOnce`, src/storage/database.ts), so there the count is of
 * better-sqlite3's statement runs, whichever way they came. The spies end with the test
 * (`restoreMocks`).
 */
import SqliteDatabase from 'better-sqlite3';
import { vi } from 'vitest';
import type { TestSaldo } from './harness.ts';

export interface StatementCount {
  /** Statements run since the count began (or since `reset`). */
  count(): number;
  reset(): void;
}

const STATEMENT_RUNS = ['all', 'get', 'run', 'iterate'] as const;

export function countStatements(saldo: Pick<TestSaldo, 'kind' | 'store'>): StatementCount {
  if (saldo.kind === 'postgres') {
    const spy = vi.spyOn(saldo.store.db, 'executeQuery');
    return { count: () => spy.mock.calls.length, reset: () => spy.mockClear() };
  }
  // Every statement of every connection shares one prototype.
  const probe = new SqliteDatabase(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('select 1')) as SqliteDatabase.Statement;
  probe.close();
  const spies = STATEMENT_RUNS.map((name) => vi.spyOn(prototype, name));
  return {
    count: () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
    reset: () => spies.forEach((spy) => spy.mockClear()),
  };
}
