/**
 * Group commit for SQLite. A durable commit (WAL, synchronous=FULL) costs an fsync, and SQLite
 * has one writer: one transaction per request would cap writes at the disk's fsync rate. Here,
 * transactions that arrive while another batch runs wait, and then run together inside one
 * database transaction, each in its own savepoint: a failing one rolls back alone, and every
 * caller is answered only after the shared COMMIT succeeded (or all are refused if it failed).
 */
import { type Kysely, type Transaction, sql } from 'kysely';
import type { Database } from './schema.ts';

/** Bound on one batch, so a burst cannot hold the writer for long. */
export const GROUP_COMMIT_BATCH_MAX = 256;

interface Pending<S> {
  work: (store: S) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class GroupCommit<S> {
  private readonly queue: Array<Pending<S>> = [];
  private draining = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly bind: (trx: Transaction<Database>) => S,
  ) {}

  /** Transactions waiting for the next batch (metrics: SQLite's counterpart of a pool's waiting clients). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Whether a batch holds the connection now. */
  get busy(): boolean {
    return this.draining;
  }

  submit<T>(work: (store: S) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        // Let requests already read from the sockets join this batch.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = this.queue.splice(0, GROUP_COMMIT_BATCH_MAX);
        await this.run(batch);
      }
    } finally {
      this.draining = false;
    }
  }

  private async run(batch: Array<Pending<S>>): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch as [Pending<S>];
      await this.db
        .transaction()
        .execute((trx) => only.work(this.bind(trx)))
        .then(only.resolve, only.reject);
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = await this.db.transaction().execute(async (trx) => {
        const results: Outcome[] = [];
        const store = this.bind(trx);
        for (const item of batch) {
          await sql`savepoint group_item`.execute(trx);
          try {
            const value = await item.work(store);
            await sql`release savepoint group_item`.execute(trx);
            results.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to savepoint group_item`.execute(trx);
            await sql`release savepoint group_item`.execute(trx);
            results.push({ ok: false, error });
          }
        }
        return results;
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
