/** What every native-API write handler shares: Idempotency-Key in, replay marker and ETag out. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SaldoError } from '../../../core/errors.ts';
import type { WriteOptions, WriteOutcome } from '../../../core/write-pipeline.ts';

export function writeOptions(request: FastifyRequest): WriteOptions {
  const header = request.headers['idempotency-key'];
  return {
    idempotencyKey: typeof header === 'string' ? header : undefined,
    request: { method: request.method, path: request.url.split('?')[0], body: request.body ?? null },
  };
}

export function sendOutcome(reply: FastifyReply, outcome: WriteOutcome): FastifyReply {
  if (outcome.replayed) void reply.header('idempotency-replayed', 'true');
  const body = outcome.reply.body as { version?: unknown } | null;
  if (body && typeof body === 'object' && typeof body.version === 'number') void reply.header('etag', etagOf(body.version));
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
    throw new SaldoError('validation_failed', { detail: 'If-Match must be the ETag this API gave, like "3".', pointer: 'header.if-match' });
  }
  return Number(match[1]);
}
