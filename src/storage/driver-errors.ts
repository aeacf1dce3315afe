/**
 * Turns a database driver's failure into the domain's words: unreachable (503), timed out
 * (504), a concurrent-modification conflict (409) or a uniqueness conflict the caller can name.
 * Everything else stays a bug (500).
 */
import { SaldoError } from '../core/errors.ts';

/** Node's network failures: the server cannot be reached at all. */
const UNAVAILABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * PostgreSQL SQLSTATEs that mean "not now" rather than "your request is wrong": class 08
 * (connection exception), operator intervention (57P01 admin shutdown, 57P02 crash shutdown,
 * 57P03 cannot connect now), 53300 too many connections, 3D000 the database is gone, and class
 * 28 (the role is refused) — none is the caller's fault, and each can heal without a restart.
 * (A database closed to connections, ALLOW_CONNECTIONS false, is 55000: matched by its message
 * below, since 55000 as such also names states that are the request's fault.)
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000', '28000', '28P01']);

/** 57014 statement timeout (or cancel), 55P03 lock timeout, 25P03 idle-in-transaction timeout. */
const TIMEOUT_SQLSTATES = new Set(['57014', '55P03', '25P03']);

/** SQLite: locked past busy_timeout, the file cannot be opened, read or written, or the disk is full. */
const UNAVAILABLE_SQLITE_PREFIXES = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
];

const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|Client was closed and is not queryable|database connection is not open|is not currently accepting connections/i;

interface DriverError {
  code?: unknown;
  message?: unknown;
}

export function translateDriverError(error: unknown): SaldoError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const raw = error as DriverError;
  const code = typeof raw.code === 'string' ? raw.code : undefined;
  const message = typeof raw.message === 'string' ? raw.message : '';
  // A deadlock or serialization failure that persisted through the store's retries.
  if (isTransientConflict(error)) return new SaldoError('version_mismatch', { internal: message, cause: error });
  if (code && TIMEOUT_SQLSTATES.has(code))
    return new SaldoError('database_timeout', { internal: message, cause: error });
  if (/^Query read timeout$/.test(message))
    return new SaldoError('database_timeout', { internal: message, cause: error });
  if (
    code &&
    (UNAVAILABLE_NETWORK_CODES.has(code) ||
      /^08[0-9A-Z]{3}$/.test(code) ||
      UNAVAILABLE_SQLSTATES.has(code) ||
      UNAVAILABLE_SQLITE_PREFIXES.some((prefix) => code.startsWith(prefix)))
  ) {
    return new SaldoError('database_unavailable', { internal: message, cause: error });
  }
  if (UNAVAILABLE_MESSAGES.test(message))
    return new SaldoError('database_unavailable', { internal: message, cause: error });
  return undefined;
}

/** True when the error is a unique-constraint violation (named, where the driver says which). */
export function isUniqueViolation(error: unknown, constraintHint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message = '' } = error as { code?: string; message?: string };
  const unique = code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  if (!unique || constraintHint === undefined) return unique;
  const constraint = (error as { constraint?: string }).constraint ?? '';
  return constraint.includes(constraintHint) || message.includes(constraintHint);
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply run again. */
export function isTransientConflict(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as DriverError).code : undefined;
  return code === '40P01' || code === '40001';
}
