/**
 * The one path every write takes: open a transaction, claim the Idempotency-Key, run the
 * command, record the audit event and the reply, commit. A repeated key with the same request
 * replays the first reply; with a different request it is refused. Because the claim commits or
 * rolls back with the write itself, a key is never left half-used.
 */
import { createHash } from 'node:crypto';
import type { Actor } from './actor.ts';
import type { Clock } from './clock.ts';
import { SaldoError, assert } from './errors.ts';
import type { IdempotencyRecord, Reply } from './idempotency/idempotency-record.ts';
import type { NewAuditEvent } from './audit/audit-event.ts';
import type { DomainEvent } from './events/domain-event.ts';
import type { Store } from './store.ts';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export interface AuditNote {
  action: string;
  resourceType: string;
  resourceId: string | null;
  details?: Record<string, unknown>;
}

export interface WriteCommand<T> {
  /** Runs inside the transaction; throws SaldoError to refuse (everything rolls back). */
  execute(store: Store): Promise<T>;
  /** What the audit trail says of the result; null when the write found nothing to do. */
  audit(result: T): AuditNote | null;
  /**
   * The dialect's answer, stored with an Idempotency-Key for replays. Absent for a write that
   * answers nobody (a job, the command line): the core itself never answers in HTTP terms.
   */
  reply?(result: T): Reply;
  /** What other systems learn of the result (recorded in the same transaction). */
  events?(result: T): DomainEvent[];
  /**
   * False only for the write that creates the organization: every other write takes the
   * organization's ledger row first, the one lock order of all writes.
   */
  takesLedgerRow?: boolean;
}

/** A write as the core states it: what it does, what the audit trail and other systems learn. The dialect adds the reply. */
export type DomainCommand<T> = Omit<WriteCommand<T>, 'reply'>;

export interface WriteOptions {
  idempotencyKey?: string | undefined;
  /** The request as the client sent it (method, path, body): its hash guards key reuse. */
  request: unknown;
}

export interface WriteOutcome {
  /** Null only for a write given no `reply` (one that answers nobody). */
  reply: Reply | null;
  replayed: boolean;
}

export function hashRequest(request: unknown): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

class Replay {
  constructor(readonly reply: Reply) {}
}

/** An Idempotency-Key within its bounds: the dialect that took it checked it, so another is a bug. */
export function assertIdempotencyKey(key: string | undefined): void {
  assert(
    key === undefined || (key.length > 0 && key.length <= IDEMPOTENCY_KEY_MAX_LENGTH),
    'an Idempotency-Key outside its bounds reached the write pipeline',
  );
}

/** The first answer for a repeated request, or a refusal when the key came with another request or its write is still under way. */
export function replayOf(earlier: IdempotencyRecord, requestHash: string): Reply {
  if (earlier.requestHash !== requestHash) throw new SaldoError('idempotency_key_reused');
  if (earlier.reply === null) throw new SaldoError('idempotency_request_in_progress');
  return earlier.reply;
}

/** The audit trail's row for what an actor did. */
export function auditEventOf(actor: Actor, occurredAt: string, note: AuditNote): NewAuditEvent {
  return {
    organizationId: actor.organizationId,
    occurredAt,
    actorKeyId: actor.keyId,
    actorOperatorId: actor.operatorId ?? null,
    auditUser: actor.auditUser ?? null,
    action: note.action,
    resourceType: note.resourceType,
    resourceId: note.resourceId,
    traceId: actor.traceId,
    details: note.details ?? {},
  };
}

/** Runs a write that answers nobody over HTTP (a job, the command line): its result, through the pipeline. */
export async function performInternalWrite<T>(
  store: Store,
  clock: Clock,
  actor: Actor,
  command: DomainCommand<T>,
): Promise<T> {
  let result: T | undefined;
  await performWrite(
    store,
    clock,
    actor,
    { ...command, execute: async (tx) => (result = await command.execute(tx)) },
    { request: null },
  );
  return result as T;
}

export async function performWrite<T>(
  store: Store,
  clock: Clock,
  actor: Actor,
  command: WriteCommand<T>,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const key = options.idempotencyKey;
  assertIdempotencyKey(key);
  const requestHash = key === undefined ? '' : hashRequest(options.request);
  try {
    const reply = await store.transaction(async (tx) => {
      // The organization's ledger row first, as every write takes it: one lock order for all.
      if (command.takesLedgerRow !== false) await tx.ledger.lockLedger(actor.organizationId);
      const at = clock.now().toISOString();
      if (key !== undefined) {
        const earlier = await tx.idempotency.claim(actor.organizationId, key, requestHash, at);
        if (earlier) throw new Replay(replayOf(earlier, requestHash));
      }
      const result = await command.execute(tx);
      const note = command.audit(result);
      if (note !== null) await tx.audit.record(auditEventOf(actor, at, note));
      if (command.events) await tx.events.record(actor.organizationId, at, command.events(result));
      const reply = command.reply?.(result) ?? null;
      if (key !== undefined && reply !== null) await tx.idempotency.complete(actor.organizationId, key, reply);
      return reply;
    });
    return { reply, replayed: false };
  } catch (error) {
    if (error instanceof Replay) return { reply: error.reply, replayed: true };
    throw error;
  }
}

/**
 * A write too long for one transaction (a dunning run over a million accounts): it records that it
 * started, then works in transactions of its own, then records its result.
 */
export interface LongWriteCommand<S, R> {
  /** First transaction, with the key's claim: what says the write is under way (a RUNNING run). */
  start(tx: Store): Promise<S>;
  /** The long part, outside the pipeline's transactions. */
  run(started: S): Promise<R>;
  /** Last transaction, with the audit row and the stored reply. */
  complete(tx: Store, result: R): Promise<R>;
  /** When `run` failed: records the failure (the key is released, so the write may be asked again). */
  fail(tx: Store, started: S, error: unknown): Promise<void>;
  audit(result: R): AuditNote;
  /** The dialect's answer (see WriteCommand.reply); absent for a run nobody asked for over HTTP. */
  reply?(result: R): Reply;
  /** What other systems learn when the write completes. */
  events?(result: R): DomainEvent[];
}

/** A claim older than this whose write never finished (its process died) is given to the next request. */
export const LONG_WRITE_STALE_AFTER_MS = 60 * 60_000;

/**
 * The pipeline for a long write: the key is claimed and committed with `start`, so a repeat of the
 * request while it runs answers 409 idempotency_request_in_progress instead of running twice, and a
 * repeat afterwards replays the stored reply.
 */
export async function performLongWrite<S, R>(
  store: Store,
  clock: Clock,
  actor: Actor,
  command: LongWriteCommand<S, R>,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const key = options.idempotencyKey;
  assertIdempotencyKey(key);
  const requestHash = key === undefined ? '' : hashRequest(options.request);
  let started: S;
  try {
    started = await store.transaction(async (tx) => {
      await tx.ledger.lockLedger(actor.organizationId);
      const at = clock.now();
      if (key !== undefined) {
        const earlier = await tx.idempotency.claim(actor.organizationId, key, requestHash, at.toISOString());
        if (earlier) {
          const abandoned =
            earlier.reply === null && Date.parse(earlier.createdAt) < at.getTime() - LONG_WRITE_STALE_AFTER_MS;
          if (!abandoned) throw new Replay(replayOf(earlier, requestHash));
          await tx.idempotency.takeOver(actor.organizationId, key, requestHash, at.toISOString());
        }
      }
      return command.start(tx);
    });
  } catch (error) {
    if (error instanceof Replay) return { reply: error.reply, replayed: true };
    throw error;
  }
  let result: R;
  try {
    result = await command.run(started);
  } catch (error) {
    await store.transaction(async (tx) => {
      await command.fail(tx, started, error);
      if (key !== undefined) await tx.idempotency.release(actor.organizationId, key);
    });
    throw error;
  }
  const reply = await store.transaction(async (tx) => {
    await tx.ledger.lockLedger(actor.organizationId);
    const completed = await command.complete(tx, result);
    const at = clock.now().toISOString();
    await tx.audit.record(auditEventOf(actor, at, command.audit(completed)));
    if (command.events) await tx.events.record(actor.organizationId, at, command.events(completed));
    const reply = command.reply?.(completed) ?? null;
    if (key !== undefined && reply !== null) await tx.idempotency.complete(actor.organizationId, key, reply);
    return reply;
  });
  return { reply, replayed: false };
}
