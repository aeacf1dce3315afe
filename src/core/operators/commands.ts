/**
 * Operators' commands: create, change role, disable, set a one-time password, change one's own
 * password, list. Writes are WriteCommands for the write pipeline (audit, idempotency); the slow
 * password hash is computed before, never inside a database transaction.
 */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { newPublicId } from '../ids.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import {
  OPERATOR_EMAIL_MAX_LENGTH,
  OPERATOR_PAGE_LIMIT_MAX,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Operator,
  type OperatorPage,
  type OperatorRole,
  type StoredOperator,
} from './operator.ts';
import { hashPassword, verifyPassword } from './password.ts';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

/** Trimmed and lower-cased, so one address is one operator however it is typed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function assertEmail(email: string, field = 'email'): string {
  const normalized = normalizeEmail(email);
  if (normalized.length === 0 || normalized.length > OPERATOR_EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(normalized)) {
    throw new SaldoError('validation_failed', { detail: 'The email is not an email address.', field });
  }
  return normalized;
}

export function assertPassword(password: string, field = 'password'): string {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new SaldoError('password_too_short', {
      detail: `A password has at least ${PASSWORD_MIN_LENGTH} characters.`,
      field,
    });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new SaldoError('validation_failed', {
      detail: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
      field,
    });
  }
  return password;
}

/** The operator as it may be shown: never the hash. */
export function publicOperator(operator: StoredOperator): Operator {
  const { passwordHash: _passwordHash, ...shown } = operator;
  return shown;
}

const audit = (action: string, operator: Operator, details: Record<string, unknown> = {}) => ({
  action,
  resourceType: 'operator',
  resourceId: operator.id,
  details: { email: operator.email, ...details },
});

export interface NewOperatorInput {
  email: string;
  role: OperatorRole;
  password: string;
  /** True when someone else chose the password: the operator must change it at first sign-in. */
  oneTimePassword?: boolean | undefined;
}

/** Creates an operator of the organization; 409 operator_email_taken when the email has one. */
export async function createOperator(
  clock: Clock,
  organizationId: string,
  input: NewOperatorInput,
): Promise<DomainCommand<Operator>> {
  const email = assertEmail(input.email);
  const passwordHash = await hashPassword(assertPassword(input.password));
  return {
    async execute(tx) {
      const now = clock.now();
      const operator: StoredOperator = {
        id: newPublicId('opr_', now),
        organizationId,
        email,
        role: input.role,
        disabled: false,
        mustChangePassword: input.oneTimePassword === true,
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        passwordHash,
      };
      await tx.operators.insert(operator);
      return publicOperator(operator);
    },
    audit: (operator) => audit('operator.created', operator, { role: operator.role }),
  };
}

export async function getOperator(store: Store, organizationId: string, operatorId: string): Promise<Operator> {
  const operator = await store.operators.findById(organizationId, operatorId);
  if (!operator) throw new SaldoError('operator_not_found');
  return publicOperator(operator);
}

export function listOperators(
  store: Store,
  organizationId: string,
  options: { limit: number; afterEmail?: string | undefined },
): Promise<OperatorPage> {
  return store.operators.list(organizationId, { ...options, limit: Math.min(options.limit, OPERATOR_PAGE_LIMIT_MAX) });
}

export interface OperatorChanges {
  role?: OperatorRole | undefined;
  disabled?: boolean | undefined;
}

/**
 * Changes an operator's role or disables (enables) it. A disabled operator's sessions end in the
 * same transaction. The organization keeps at least one enabled admin (409 operator_last_admin),
 * so it can never lock itself out of its own console.
 */
export function changeOperator(
  clock: Clock,
  organizationId: string,
  operatorId: string,
  changes: OperatorChanges,
): DomainCommand<Operator> {
  return {
    async execute(tx) {
      const current = await tx.operators.findById(organizationId, operatorId);
      if (!current) throw new SaldoError('operator_not_found');
      const next: StoredOperator = {
        ...current,
        role: changes.role ?? current.role,
        disabled: changes.disabled ?? current.disabled,
        version: current.version + 1,
        updatedAt: clock.now().toISOString(),
      };
      const wasAdmin = current.role === 'admin' && !current.disabled;
      const staysAdmin = next.role === 'admin' && !next.disabled;
      if (wasAdmin && !staysAdmin && (await tx.operators.countEnabledAdmins(organizationId)) <= 1) {
        throw new SaldoError('operator_last_admin');
      }
      if (!(await tx.operators.update(next, current.version))) throw new SaldoError('version_mismatch');
      if (next.disabled && !current.disabled) await tx.operators.deleteSessionsOf(organizationId, operatorId);
      return publicOperator(next);
    },
    audit: (operator) => audit('operator.updated', operator, { role: operator.role, disabled: operator.disabled }),
  };
}

/**
 * An admin sets a new one-time password: the operator's sessions end, and the next sign-in can
 * only change it.
 */
export async function setOneTimePassword(
  clock: Clock,
  organizationId: string,
  operatorId: string,
  password: string,
): Promise<DomainCommand<Operator>> {
  const passwordHash = await hashPassword(assertPassword(password));
  return {
    async execute(tx) {
      const current = await tx.operators.findById(organizationId, operatorId);
      if (!current) throw new SaldoError('operator_not_found');
      const next: StoredOperator = {
        ...current,
        passwordHash,
        mustChangePassword: true,
        version: current.version + 1,
        updatedAt: clock.now().toISOString(),
      };
      if (!(await tx.operators.update(next, current.version))) throw new SaldoError('version_mismatch');
      await tx.operators.deleteSessionsOf(organizationId, operatorId);
      return publicOperator(next);
    },
    audit: (operator) => audit('operator.password_reset', operator),
  };
}

/**
 * An operator changes its own password, proving the current one (401 sign_in_failed otherwise).
 * Its other sessions end; the one it acts through stays.
 */
export async function changeOwnPassword(
  clock: Clock,
  operator: StoredOperator,
  input: { currentPassword: string; newPassword: string; keepSessionHash: string },
): Promise<DomainCommand<Operator>> {
  assertPassword(input.newPassword, 'newPassword');
  if (!(await verifyPassword(input.currentPassword, operator.passwordHash))) {
    throw new SaldoError('sign_in_failed', { detail: 'The current password is not right.', field: 'currentPassword' });
  }
  if (input.currentPassword === input.newPassword) {
    throw new SaldoError('validation_failed', {
      detail: 'The new password must differ from the current one.',
      field: 'newPassword',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return {
    async execute(tx) {
      const current = await tx.operators.findById(operator.organizationId, operator.id);
      if (!current || current.disabled) throw new SaldoError('unauthenticated');
      const next: StoredOperator = {
        ...current,
        passwordHash,
        mustChangePassword: false,
        version: current.version + 1,
        updatedAt: clock.now().toISOString(),
      };
      if (!(await tx.operators.update(next, current.version))) throw new SaldoError('version_mismatch');
      const session = await tx.operators.findSession(input.keepSessionHash);
      await tx.operators.deleteSessionsOf(operator.organizationId, operator.id);
      if (session) await tx.operators.insertSession(session.session);
      return publicOperator(next);
    },
    audit: (changed) => audit('operator.password_changed', changed),
  };
}
