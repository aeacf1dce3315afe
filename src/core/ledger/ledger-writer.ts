/**
 * Gathers an organization's concurrent booking requests and commits them together: one queue per
 * organization in this process, one batch in flight per organization. While a batch commits, the
 * requests that arrive wait in the queue (not on a pooled connection) and form the next batch, so
 * the batch grows with the load and a lone request goes at once.
 *
 * A batch is one database transaction: the ledger row, the Idempotency-Keys already used (a replay
 * or a refusal, decided in memory), the bookings (`book-in-transaction.ts`), the audit rows and the
 * replies stored under their keys, each one statement for the whole batch. Every request is
 * answered after the commit is durable. An unexpected failure (a bug, a constraint) runs the batch
 * again in halves, until the request behind it fails alone; an outage fails the batch at once.
 *
 * Audit rows of reads (`recordAudit`, v4) book nothing: they are gathered apart, from every
 * organization, and committed without the ledger lock.
 */
import type { Actor } from '../actor.ts';
import type { NewAuditEvent } from '../audit/audit-event.ts';
import type { Clock } from '../clock.ts';
import { SaldoError, assert } from '../errors.ts';
import type { DomainEvent } from '../events/domain-event.ts';
import type { IdempotencyRecord, Reply } from '../idempotency/idempotency-record.ts';
import type { Store } from '../store.ts';
import {
  type AuditNote,
  type WriteOptions,
  type WriteOutcome,
  assertIdempotencyKey,
  auditEventOf,
  hashRequest,
  replayOf,
} from '../write-pipeline.ts';
import type { BookingGroup, GroupOutcome } from './booking.ts';
import { bookInTransaction } from './book-in-transaction.ts';
import { ledgerContext } from './ledger-context.ts';

/** A write that books: its bookings, and how its outcome becomes a result, audit rows and a reply. */
export interface LedgerCommand<T> {
  group: BookingGroup;
  /**
   * The command's result from its group's outcome. Throws a SaldoError to refuse the request,
   * which it may do only when nothing of the group was booked.
   */
  result(outcome: GroupOutcome): T;
  audit(result: T): AuditNote[];
  /** The dialect's answer, stored with an Idempotency-Key for replays (absent for a write that answers nobody). */
  reply?(result: T): Reply;
  /** Events beyond the bookings' own (each booked entry records its event by itself). */
  events?(result: T): DomainEvent[];
}

/** Bounds on one batch: requests, and bookings over all of them (a request is never split). */
export const LEDGER_BATCH_REQUESTS_MAX = 512;
export const LEDGER_BATCH_BOOKINGS_MAX = 4000;

interface Pending {
  actor: Actor;
  command: LedgerCommand<unknown>;
  key: string | undefined;
  requestHash: string;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
}

type Settlement = { ok: true; outcome: WriteOutcome } | { ok: false; error: unknown };

/** What a batch reports to whoever watches (metrics). */
export interface LedgerBatchReport {
  /** The batch's organization; for a batch of audit rows, which may hold several, its first row's. */
  organizationId: string;
  requests: number;
  bookings: number;
  durationMs: number;
  failed: boolean;
}

export interface LedgerWriterOptions {
  onBatch?: ((report: LedgerBatchReport) => void) | undefined;
  /**
   * Batches of different organizations in flight at once in this process. Each holds a database
   * connection while it runs: bounded below the pool's size, so that many organizations booking at
   * once wait in their queues rather than on the pool (and reads keep connections).
   */
  batchesInFlightMax?: number | undefined;
}

export const BATCHES_IN_FLIGHT_MAX_DEFAULT = 4;

/** Audit rows in one commit, and audit commits at once (each holds a pooled connection while it runs). */
export const AUDIT_BATCH_MAX = 512;
export const AUDIT_BATCHES_IN_FLIGHT_MAX = 2;

interface PendingAudit {
  event: NewAuditEvent;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class LedgerWriter {
  private readonly queues = new Map<string, Pending[]>();
  private readonly auditQueue: PendingAudit[] = [];
  private auditBatchesInFlight = 0;
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: LedgerWriterOptions = {},
  ) {}

  submit<T>(actor: Actor, command: LedgerCommand<T>, options: WriteOptions): Promise<WriteOutcome> {
    const key = options.idempotencyKey;
    assertIdempotencyKey(key);
    const requestHash = key === undefined ? '' : hashRequest(options.request);
    return new Promise<WriteOutcome>((resolve, reject) => {
      const pending: Pending = { actor, command: command as LedgerCommand<unknown>, key, requestHash, resolve, reject };
      const queue = this.queues.get(actor.organizationId);
      if (queue) {
        queue.push(pending);
        return;
      }
      this.queues.set(actor.organizationId, [pending]);
      // Requests already read from the sockets join the first batch.
      setImmediate(() => void this.drain(actor.organizationId));
    });
  }

  /**
   * Records an audit row of a read the trail must show (v4's), committed with the other audit rows
   * that arrive meanwhile, of any organization: one commit per batch, not per read. Resolves once
   * durable. An audit row books nothing, so its batch takes no ledger lock and waits for no
   * organization's bookings; up to AUDIT_BATCHES_IN_FLIGHT_MAX batches commit at once, so the
   * rows that arrive while one commits go with the next instead of waiting for it (see
   * docs/performance.md, "v4's audit rows").
   */
  recordAudit(actor: Actor, note: AuditNote): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.auditQueue.push({ event: auditEventOf(actor, this.clock.now().toISOString(), note), resolve, reject });
      if (this.auditBatchesInFlight < AUDIT_BATCHES_IN_FLIGHT_MAX) {
        this.auditBatchesInFlight++;
        // Reads already taken from the sockets join the batch.
        setImmediate(() => void this.commitAudit());
      }
    });
  }

  private async commitAudit(): Promise<void> {
    try {
      while (this.auditQueue.length > 0) {
        const batch = this.auditQueue.splice(0, AUDIT_BATCH_MAX);
        const started = performance.now();
        let failed = false;
        try {
          await this.store.transaction((tx) => tx.audit.recordMany(batch.map((pending) => pending.event)));
          for (const pending of batch) pending.resolve();
        } catch (error) {
          failed = true;
          for (const pending of batch) pending.reject(error);
        }
        this.options.onBatch?.({
          organizationId: batch[0]!.event.organizationId,
          requests: batch.length,
          bookings: 0,
          durationMs: performance.now() - started,
          failed,
        });
      }
    } finally {
      this.auditBatchesInFlight--;
    }
  }

  private async drain(organizationId: string): Promise<void> {
    const queue = this.queues.get(organizationId)!;
    while (queue.length > 0) {
      await this.takeTurn();
      try {
        // Taken once this organization's turn came: what arrived while it waited joins the batch.
        await this.run(organizationId, takeBatch(queue));
      } finally {
        this.endTurn();
      }
      if (queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    this.queues.delete(organizationId);
  }

  private async takeTurn(): Promise<void> {
    if (this.inFlight < (this.options.batchesInFlightMax ?? BATCHES_IN_FLIGHT_MAX_DEFAULT)) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private endTurn(): void {
    const next = this.waiting.shift();
    // The turn passes straight to the next waiting organization.
    if (next) next();
    else this.inFlight--;
  }

  private async run(organizationId: string, batch: Pending[]): Promise<void> {
    const started = performance.now();
    const bookings = batch.reduce((sum, pending) => sum + pending.command.group.bookings.length, 0);
    let settlements: Settlement[];
    try {
      settlements = await this.store.transaction((tx) => this.book(tx, organizationId, batch));
    } catch (error) {
      this.options.onBatch?.({
        organizationId,
        requests: batch.length,
        bookings,
        durationMs: performance.now() - started,
        failed: true,
      });
      if (batch.length === 1 || this.store.isOutage(error)) {
        for (const pending of batch) pending.reject(error);
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.run(organizationId, batch.slice(0, half));
      await this.run(organizationId, batch.slice(half));
      return;
    }
    this.options.onBatch?.({
      organizationId,
      requests: batch.length,
      bookings,
      durationMs: performance.now() - started,
      failed: false,
    });
    batch.forEach((pending, index) => {
      const settlement = settlements[index]!;
      if (settlement.ok) pending.resolve(settlement.outcome);
      else pending.reject(settlement.error);
    });
  }

  private async book(tx: Store, organizationId: string, batch: Pending[]): Promise<Settlement[]> {
    const context = await ledgerContext(tx, this.clock, organizationId);
    const at = context.bookedAt;

    // The ledger row first: from here on no other batch of this organization runs, in any process,
    // so the keys read next are every key committed before.
    const lastSequence = await tx.ledger.lockLedger(organizationId);
    const keys = batch.flatMap((pending) => (pending.key === undefined ? [] : [pending.key]));
    const earlier =
      keys.length === 0 ? new Map<string, IdempotencyRecord>() : await tx.idempotency.findMany(organizationId, keys);

    const settlements: Settlement[] = new Array(batch.length);
    const booking: number[] = [];
    batch.forEach((pending, index) => {
      const record = pending.key === undefined ? undefined : earlier.get(pending.key);
      if (record === undefined) return void booking.push(index);
      try {
        settlements[index] = { ok: true, outcome: { reply: replayOf(record, pending.requestHash), replayed: true } };
      } catch (error) {
        settlements[index] = { ok: false, error };
      }
    });

    const outcomes = await bookInTransaction(
      tx,
      context,
      booking.map((index) => ({ actor: batch[index]!.actor, group: batch[index]!.command.group })),
      lastSequence,
    );
    const audit = [];
    const events: DomainEvent[] = [];
    const completed: IdempotencyRecord[] = [];
    for (const [position, index] of booking.entries()) {
      const pending = batch[index]!;
      const outcome = outcomes[position]!;
      try {
        const result = pending.command.result(outcome);
        const reply = pending.command.reply?.(result) ?? null;
        for (const note of pending.command.audit(result)) audit.push(auditEventOf(pending.actor, at, note));
        if (pending.command.events) events.push(...pending.command.events(result));
        if (pending.key !== undefined && reply !== null)
          completed.push({ organizationId, key: pending.key, requestHash: pending.requestHash, reply, createdAt: at });
        settlements[index] = { ok: true, outcome: { reply, replayed: false } };
      } catch (error) {
        if (!(error instanceof SaldoError)) throw error;
        assert(
          outcome.refused || outcome.outcomes.every((o) => !o.ok),
          'a request refused after its bookings went through',
        );
        settlements[index] = { ok: false, error };
      }
    }
    if (audit.length > 0) await tx.audit.recordMany(audit);
    await tx.events.record(organizationId, at, events);
    if (completed.length > 0) {
      const stored = await tx.idempotency.insertCompleted(completed);
      // Another kind of write took a key meanwhile: run again, and the key's record answers then.
      if (stored.length !== completed.length) throw new Error('an Idempotency-Key of the batch was claimed meanwhile');
    }
    return settlements;
  }
}

/** The next batch from the queue, within the bounds; a second request with a key already in the batch waits for the next. */
function takeBatch(queue: Pending[]): Pending[] {
  const batch: Pending[] = [];
  const keys = new Set<string>();
  let bookings = 0;
  for (let index = 0; index < queue.length && batch.length < LEDGER_BATCH_REQUESTS_MAX;) {
    const pending = queue[index]!;
    const size = pending.command.group.bookings.length;
    if (batch.length > 0 && bookings + size > LEDGER_BATCH_BOOKINGS_MAX) break;
    if (pending.key !== undefined && keys.has(pending.key)) {
      index++;
      continue;
    }
    if (pending.key !== undefined) keys.add(pending.key);
    bookings += size;
    batch.push(pending);
    queue.splice(index, 1);
  }
  return batch;
}
