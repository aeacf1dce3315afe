/**
 * Everything thrown while serving a request becomes a SaldoError here, once, before a dialect
 * renders it: domain errors pass through; framework, validation and driver failures get their
 * code; anything else is a bug, logged in full and answered as `internal` without details.
 */
import type { FastifyError } from 'fastify';
import { SaldoError, isSaldoError } from '../../core/errors.ts';
import { translateDriverError } from '../../storage/driver-errors.ts';
import { validationError } from './validation.ts';

const FRAMEWORK_CODES: Record<string, SaldoError['code']> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
};

export function toSaldoError(error: unknown): SaldoError {
  if (isSaldoError(error)) return error;
  const driver = translateDriverError(error);
  if (driver) return driver;
  // PostgreSQL text holds no NUL character (22021) nor characters outside its encoding (22P05):
  // the request carried one, so it is the request's fault, not Saldo's.
  const sqlState = (error as { code?: unknown }).code;
  if (sqlState === '22021' || sqlState === '22P05') {
    return new SaldoError('validation_failed', {
      detail: 'The request contains a character that cannot be stored (such as NUL).',
      internal: String((error as Error).message),
    });
  }
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (fastifyError.validation)
    return validationError(fastifyError.validation as never, fastifyError.validationContext ?? 'body');
  const mapped = fastifyError.code ? FRAMEWORK_CODES[fastifyError.code] : undefined;
  if (mapped) return new SaldoError(mapped, { internal: fastifyError.message });
  // A JSON syntax error thrown by the body parser (secure-json-parse) carries status 400.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400)
    return new SaldoError('malformed_json', { internal: error.message });
  if (fastifyError.statusCode === 413) return new SaldoError('payload_too_large');
  if (fastifyError.statusCode === 415) return new SaldoError('unsupported_media_type');
  if (fastifyError.statusCode !== undefined && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new SaldoError('validation_failed', { internal: fastifyError.message });
  }
  return new SaldoError('internal', {
    internal: error instanceof Error ? (error.stack ?? error.message) : String(error),
    cause: error,
  });
}
