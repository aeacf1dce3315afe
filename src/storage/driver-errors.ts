/**
 * Turns a database driver's failure into the domain's words: unreachable (503), timed out
 * (504) or a uniqueness conflict the caller can name. Everything else stays a bug (500).
 */
import { SaldoError } from '../core/errors.ts';

const UNAVAILABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

interface DriverError {
  code?: string;
  message?: string;
}

export function translateDriverError(error: unknown): SaldoError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message = '' } = error as DriverError;
  if (code === '57014') return new SaldoError('database_timeout', { internal: message, cause: error });
  if (code && (UNAVAILABLE_NETWORK_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P03' || code === '53300')) {
    return new SaldoError('database_unavailable', { internal: message, cause: error });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR') {
    return new SaldoError('database_unavailable', { internal: message, cause: error });
  }
  if (/timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/i.test(message)) {
    return new SaldoError('database_unavailable', { internal: message, cause: error });
  }
  return undefined;
}

/** True when the error is a unique-constraint violation (named, where the driver says which). */
export function isUniqueViolation(error: unknown, constraintHint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message = '' } = error as DriverError & { constraint?: string };
  const unique = code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  if (!unique || constraintHint === undefined) return unique;
  const constraint = (error as { constraint?: string }).constraint ?? '';
  return constraint.includes(constraintHint) || message.includes(constraintHint);
}
