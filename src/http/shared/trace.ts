/**
 * The trace id of a request: taken from a W3C `traceparent` header when the caller sends a valid
 * one, otherwise generated. It is the request id in the logs, the `traceId` in error bodies and
 * the `X-Trace-Id` response header.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;
const INVALID_TRACE_ID = '0'.repeat(32);

export function traceIdOf(request: IncomingMessage): string {
  const header = request.headers.traceparent;
  const match = typeof header === 'string' ? TRACEPARENT.exec(header.trim().toLowerCase()) : null;
  if (match && match[1] !== INVALID_TRACE_ID) return match[1]!;
  return randomBytes(16).toString('hex');
}

export const TRACE_HEADER = 'x-trace-id';
