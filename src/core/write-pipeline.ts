/**
 * The one path every write takes: open a transaction, claim the Idempotency-Key, run the
 * command, record the audit event and the reply, commit. A repeated key with the same request
 * replays the first reply; with a different request it is refused. Because the claim commits or
 * rolls back with the write itself, a key is never left half-used.
 */
import { createHash } from 'node:crypto';
import type { Actor } from './actor.ts';
import type { Clock } from './clock.ts';
import { SaldoError } from './errors.ts';
import type { Reply } from './idempotency/idempotency-record.ts';
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
  /** What the audit trail says of the result. */
  audit(result: T): AuditNote;
  /** The reply to send and, with an Idempotency-Key, to store for replays. */
  reply(result: T): Reply;
}

export interface WriteOptions {
  idempotencyKey?: string | undefined;
  /** The request as the client sent it (method, path, body): its hash guards key reuse. */
  request: unknown;
}

export interface WriteOutcome {
  reply: Reply;
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

export async function performWrite<T>(
  store: Store,
  clock: Clock,
  actor: Actor,
  command: WriteCommand<T>,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const key = options.idempotencyKey;
  if (key !== undefined && (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH)) {
    throw new SaldoError('validation_failed', {
      detail: `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
      pointer: 'header.idempotency-key',
    });
  }
  const requestHash = key === undefined ? '' : hashRequest(options.request);
  try {
    const reply = await store.transaction(async (tx) => {
      const at = clock.now().toISOString();
      if (key !== undefined) {
        const earlier = await tx.idempotency.claim(actor.organizationId, key, requestHash, at);
        if (earlier) {
          if (earlier.requestHash !== requestHash) throw new SaldoError('idempotency_key_reused');
          throw new Replay(earlier.reply);
        }
      }
      const result = await command.execute(tx);
      const note = command.audit(result);
      await tx.audit.record({
        organizationId: actor.organizationId,
        occurredAt: at,
        actorKeyId: actor.keyId,
        actorOperatorId: actor.operatorId ?? null,
        auditUser: actor.auditUser ?? null,
        action: note.action,
        resourceType: note.resourceType,
        resourceId: note.resourceId,
        traceId: actor.traceId,
        details: note.details ?? {},
      });
      const reply = command.reply(result);
      if (key !== undefined) await tx.idempotency.complete(actor.organizationId, key, reply);
      return reply;
    });
    return { reply, replayed: false };
  } catch (error) {
    if (error instanceof Replay) return { reply: error.reply, replayed: true };
    throw error;
  }
}
