/**
 * Errors of the v1 families dialect (seed 004): `{statusCode, messages, exception}`. The seed
 * documents 403 and 404 only, so a failed authentication answers 403 "Not authorized" here.
 */
import { type ErrorCode, type SaldoError } from '../../core/errors.ts';
import type { Dialect, ErrorContext } from '../shared/dialect.ts';
import { seedReadStatusByCode } from '../shared/problem-details.ts';
import { fieldOfPointer } from '../shared/validation.ts';

export const v1FamiliesStatusByCode: Record<ErrorCode, number> = {
  ...seedReadStatusByCode,
  unauthenticated: 403,
  sign_in_failed: 403,
};

export function renderV1FamiliesError(error: SaldoError, status: number, context: ErrorContext): Record<string, unknown> {
  const message = error.code === 'unauthenticated' || error.code === 'forbidden' ? 'Not authorized' : error.detail;
  const exception: Record<string, unknown> = { code: error.code, traceId: context.traceId };
  if (error.pointer) exception.reference = fieldOfPointer(error.pointer);
  return { statusCode: status, messages: [message], exception };
}

export const v1FamiliesDialect: Dialect = {
  name: 'v1-families',
  statusByCode: v1FamiliesStatusByCode,
  render: renderV1FamiliesError,
  contentType: 'application/json',
};
