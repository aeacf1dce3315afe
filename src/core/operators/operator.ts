/**
 * Operators: the people of an organization who sign in to the console, and their sessions. An
 * operator's role decides what the native API lets it do (see roles.ts); a session is a secret
 * token in a cookie, stored only as a hash.
 */
export const OPERATOR_ROLES = ['viewer', 'clerk', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export function isOperatorRole(value: string): value is OperatorRole {
  return (OPERATOR_ROLES as readonly string[]).includes(value);
}

export const OPERATOR_EMAIL_MAX_LENGTH = 254;
/** Long enough to resist guessing behind the sign-in rate limit; no composition rules (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
/** Bounds the work of hashing one attempt. */
export const PASSWORD_MAX_LENGTH = 256;
export const OPERATOR_PAGE_LIMIT_MAX = 100;
/** Sessions one operator may hold at once (browsers, devices); signing in past it ends the oldest. */
export const SESSIONS_PER_OPERATOR_MAX = 20;

export interface Operator {
  id: string; // opr_…
  organizationId: string;
  /** Trimmed and lower-cased: unique per organization, whatever case it is typed in. */
  email: string;
  role: OperatorRole;
  disabled: boolean;
  /** Set by a one-time password: until changed, the session only serves changing it. */
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface StoredOperator extends Operator {
  /** `scrypt$…` (password.ts); the password itself is never stored. */
  passwordHash: string;
}

export interface OperatorSession {
  /** SHA-256 of the cookie's token, hex: the token itself is never stored. */
  tokenHash: string;
  organizationId: string;
  operatorId: string;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end: no activity extends a session past it. */
  expiresAt: string;
}

export interface OperatorPage {
  data: Operator[];
  /** The email to continue after, or null on the last page. */
  nextAfterEmail: string | null;
}

export interface OperatorStore {
  /** Refuses an email the organization has already (operator_email_taken). */
  insert(operator: StoredOperator): Promise<void>;
  findById(organizationId: string, id: string): Promise<StoredOperator | undefined>;
  findByEmail(organizationId: string, email: string): Promise<StoredOperator | undefined>;
  /**
   * The operators with this email in any organization, oldest first, at most `limit`: sign-in
   * knows no organization yet (as authentication by API key does not).
   */
  findByEmailAnywhere(
    email: string,
    limit: number,
  ): Promise<Array<{ operator: StoredOperator; organizationSlug: string }>>;
  /** Ordered by email. */
  list(organizationId: string, options: { limit: number; afterEmail?: string | undefined }): Promise<OperatorPage>;
  /** Writes role, flags and password hash when the stored version is `expectedVersion`; false when it moved on. */
  update(operator: StoredOperator, expectedVersion: number): Promise<boolean>;
  /** Enabled operators with role admin, holding the organization's operators until commit on PostgreSQL. */
  countEnabledAdmins(organizationId: string): Promise<number>;
  insertSession(session: OperatorSession): Promise<void>;
  /** The session and its operator, whatever their state: the caller judges expiry and disabling. */
  findSession(tokenHash: string): Promise<{ session: OperatorSession; operator: StoredOperator } | undefined>;
  touchSession(tokenHash: string, lastSeenAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of the operator; returns how many there were. */
  deleteSessionsOf(organizationId: string, operatorId: string): Promise<number>;
  /** Ends the operator's sessions that are over, and the oldest past `keep` of those left. */
  pruneSessionsOf(
    organizationId: string,
    operatorId: string,
    options: { idleSince: string; now: string; keep: number },
  ): Promise<void>;
}
