/**
 * Errors of the v1 customers dialect (seeds 000, 001): `{errorMessage, errorCode, traceId,
 * reference?}` with the statuses those seeds list (400, 401, 403, 404, 409, 429, 500), and the
 * HTTP-level ones every dialect shares (405, 413, 503, 504).
 */
import { type ErrorCode, type SaldoError } from '../../core/errors.ts';
import type { Dialect, ErrorContext } from '../shared/dialect.ts';
import { seedReadStatusByCode } from '../shared/problem-details.ts';
import { fieldOfPointer } from '../shared/validation.ts';

export const v1CustomersStatusByCode: Record<ErrorCode, number> = seedReadStatusByCode;

export function renderV1CustomersError(error: SaldoError, _status: number, context: ErrorContext): Record<string, unknown> {
  const body: Record<string, unknown> = { errorMessage: error.detail, errorCode: error.code, traceId: context.traceId };
  if (error.pointer) body.reference = fieldOfPointer(error.pointer);
  return body;
}

export const v1CustomersDialect: Dialect = {
  name: 'v1-customers',
  statusByCode: v1CustomersStatusByCode,
  render: renderV1CustomersError,
  contentType: 'application/json',
};
