/**
 * Signing in and out, and finding the operator behind a session cookie. A session ends after
 * `idleMinutes` without a request or `absoluteHours` after sign-in, whichever comes first; a
 * disabled operator's sessions are deleted when it is disabled and refused should one remain.
 */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import type { Organization } from '../organizations/organization.ts';
import type { Store } from '../store.ts';
import { assertEmail } from './commands.ts';
import {
  SESSIONS_PER_OPERATOR_MAX,
  PASSWORD_MAX_LENGTH,
  type OperatorSession,
  type StoredOperator,
} from './operator.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { hashSessionToken, isSessionToken, newSessionToken } from './session-token.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** A working morning may pause for a meeting; an unattended screen should not stay signed in for long. */
export const SESSION_IDLE_MINUTES_DEFAULT = 30;
/** One working day: everyone signs in afresh each morning, whatever they did. */
export const SESSION_ABSOLUTE_HOURS_DEFAULT = 12;
export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMinutes: SESSION_IDLE_MINUTES_DEFAULT,
  absoluteHours: SESSION_ABSOLUTE_HOURS_DEFAULT,
};
/** `last_seen_at` is written at most this often: a write on every request would cost more than it tells. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;
/** One email may be an operator of this many organizations at most for sign-in to try them. */
export const ORGANIZATIONS_PER_EMAIL_MAX = 10;

const MINUTE_MS = 60_000;

export interface SignedIn {
  /** For the cookie, and only there. */
  token: string;
  session: OperatorSession;
  operator: StoredOperator;
}

export interface ResolvedSession {
  session: OperatorSession;
  operator: StoredOperator;
}

/** When the session ends if nothing else happens: the earlier of idle and absolute expiry. */
export function sessionEndsAt(session: OperatorSession, policy: SessionPolicy): string {
  const idleEnd = Date.parse(session.lastSeenAt) + policy.idleMinutes * MINUTE_MS;
  return new Date(Math.min(idleEnd, Date.parse(session.expiresAt))).toISOString();
}

const signInFailed = () => new SaldoError('sign_in_failed');

/**
 * Signs an operator in by email and password. A wrong password, an unknown email and a disabled
 * operator answer alike (401 sign_in_failed), and an unknown email still costs one password hash.
 * The email may name operators of several organizations; `organizationSlug` picks one, else the
 * password decides.
 */
export async function signIn(
  store: Store,
  clock: Clock,
  policy: SessionPolicy,
  input: { email: string; password: string; organizationSlug?: string | undefined; traceId: string },
): Promise<SignedIn> {
  let email: string;
  try {
    email = assertEmail(input.email);
  } catch {
    await verifyPassword(input.password, await decoyHash());
    throw signInFailed();
  }
  if (input.password.length > PASSWORD_MAX_LENGTH) throw signInFailed();
  const candidates = (await store.operators.findByEmailAnywhere(email, ORGANIZATIONS_PER_EMAIL_MAX)).filter(
    (candidate) => input.organizationSlug === undefined || candidate.organizationSlug === input.organizationSlug,
  );
  let operator: StoredOperator | undefined;
  for (const candidate of candidates) {
    if (await verifyPassword(input.password, candidate.operator.passwordHash)) {
      operator = candidate.operator;
      break;
    }
  }
  if (candidates.length === 0) await verifyPassword(input.password, await decoyHash());
  if (!operator || operator.disabled) throw signInFailed();
  const signedIn = operator;
  const now = clock.now();
  const { token, tokenHash } = newSessionToken();
  const session: OperatorSession = {
    tokenHash,
    organizationId: signedIn.organizationId,
    operatorId: signedIn.id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 60 * MINUTE_MS).toISOString(),
  };
  await store.transaction(async (tx) => {
    await tx.operators.pruneSessionsOf(signedIn.organizationId, signedIn.id, {
      idleSince: new Date(now.getTime() - policy.idleMinutes * MINUTE_MS).toISOString(),
      now: now.toISOString(),
      keep: SESSIONS_PER_OPERATOR_MAX - 1,
    });
    await tx.operators.insertSession(session);
    await tx.audit.record({
      organizationId: signedIn.organizationId,
      occurredAt: now.toISOString(),
      actorKeyId: null,
      actorOperatorId: signedIn.id,
      auditUser: null,
      action: 'operator.signed_in',
      resourceType: 'operator',
      resourceId: signedIn.id,
      traceId: input.traceId,
      details: {},
    });
  });
  return { token, session, operator: signedIn };
}

/**
 * The live session a cookie's token names, or undefined for a forged, ended or expired one (an
 * expired session is deleted on sight). Marks the session as seen, at most once a minute.
 */
export async function resolveSession(
  store: Store,
  clock: Clock,
  policy: SessionPolicy,
  token: string,
): Promise<ResolvedSession | undefined> {
  if (!isSessionToken(token)) return undefined;
  const tokenHash = hashSessionToken(token);
  const found = await store.operators.findSession(tokenHash);
  if (!found) return undefined;
  const now = clock.now();
  if (now.toISOString() >= sessionEndsAt(found.session, policy)) {
    await store.operators.deleteSession(tokenHash);
    return undefined;
  }
  if (found.operator.disabled || found.operator.organizationId !== found.session.organizationId) return undefined;
  if (now.getTime() - Date.parse(found.session.lastSeenAt) >= SESSION_TOUCH_INTERVAL_MS) {
    const lastSeenAt = now.toISOString();
    await store.operators.touchSession(tokenHash, lastSeenAt);
    return { session: { ...found.session, lastSeenAt }, operator: found.operator };
  }
  return found;
}

/** Ends the session; recorded in the audit trail as the operator's. */
export async function signOut(store: Store, clock: Clock, resolved: ResolvedSession, traceId: string): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.operators.deleteSession(resolved.session.tokenHash);
    await tx.audit.record({
      organizationId: resolved.operator.organizationId,
      occurredAt: clock.now().toISOString(),
      actorKeyId: null,
      actorOperatorId: resolved.operator.id,
      auditUser: null,
      action: 'operator.signed_out',
      resourceType: 'operator',
      resourceId: resolved.operator.id,
      traceId,
      details: {},
    });
  });
}

/** For the session's answer: which organization the operator signed in to. */
export async function sessionOrganization(store: Store, resolved: ResolvedSession): Promise<Organization> {
  const organization = await store.organizations.recentOrganization(resolved.operator.organizationId);
  if (!organization) throw new SaldoError('unauthenticated');
  return organization;
}
