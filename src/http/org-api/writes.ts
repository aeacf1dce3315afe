/**
 * What every native-API write handler shares: the Idempotency-Key header in, the write pipeline
 * with the request's actor, and the replay marker, ETag and status out.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { calendarDate } from '../../core/clock.ts';
import { SaldoError } from '../../core/errors.ts';
import type { LedgerCommand } from '../../core/ledger/ledger-writer.ts';
import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  type WriteCommand,
  type WriteOptions,
  type WriteOutcome,
  performWrite,
} from '../../core/write-pipeline.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES } from '../shared/schemas.ts';

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: IDEMPOTENCY_KEY_MAX_LENGTH,
      description: 'Replays the first answer for a repeated request.',
    }),
  ),
});

/** The statuses a write can answer besides its success. */
export const WRITE_ERROR_STATUSES = [...COMMON_ERROR_STATUSES, 409, 415, 422];

/** The Idempotency-Key header, checked here (the routes' schemas say so too): 1 to 255 characters. */
function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (typeof header !== 'string') return undefined;
  if (header.length === 0 || header.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    throw new SaldoError('validation_failed', {
      detail: `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
      pointer: 'header.idempotency-key',
    });
  }
  return header;
}

export function writeOptions(request: FastifyRequest): WriteOptions {
  return {
    idempotencyKey: idempotencyKeyOf(request),
    request: { method: request.method, path: request.url.split('?')[0], body: request.body ?? null },
  };
}

/** Runs a command through the write pipeline as the request's actor, with its Idempotency-Key. */
export function performRequestWrite<T>(
  deps: AppDependencies,
  request: FastifyRequest,
  command: WriteCommand<T>,
): Promise<WriteOutcome> {
  return performWrite(deps.store, deps.clock, actorOf(request), command, writeOptions(request));
}

/** Runs a booking command through the write path (gathered with the organization's other bookings). */
export function performRequestBooking<T>(
  deps: AppDependencies,
  request: FastifyRequest,
  command: LedgerCommand<T>,
): Promise<WriteOutcome> {
  return deps.ledger.submit(actorOf(request), command, writeOptions(request));
}

/** Today in the request's organization's time zone. */
export function todayOf(deps: AppDependencies, request: FastifyRequest): string {
  return calendarDate(deps.clock.now(), organizationOf(request).timeZone);
}

export function sendOutcome(reply: FastifyReply, outcome: WriteOutcome): FastifyReply {
  if (outcome.reply === null) throw new Error('a write answered over HTTP was given no reply');
  if (outcome.replayed) void reply.header('idempotency-replayed', 'true');
  const body = outcome.reply.body as { version?: unknown } | null;
  if (body && typeof body === 'object' && typeof body.version === 'number')
    void reply.header('etag', etagOf(body.version));
  if (outcome.reply.status === 204) return reply.code(204).send();
  return reply.code(outcome.reply.status).send(body);
}

export const etagOf = (version: number) => `"${version}"`;

/** The version an If-Match header names (`"3"`, `W/"3"` or `3`); 428 without one. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || header.trim() === '') {
    throw new SaldoError('precondition_required', { pointer: 'header.if-match' });
  }
  const match = /^\s*(?:W\/)?"?([0-9]{1,9})"?\s*$/.exec(header);
  if (!match) {
    throw new SaldoError('validation_failed', {
      detail: 'If-Match must be the ETag this API gave, like "3".',
      pointer: 'header.if-match',
    });
  }
  return Number(match[1]);
}
