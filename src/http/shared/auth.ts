/**
 * Authentication and tenancy, resolved once at the edge. Each route says in its config what it
 * needs (`auth`): a scope (and whether it changes the organization-wide setup), the root key, an
 * operator session, or nothing. The key (`X-API-Key`, or `Authorization: Bearer`) decides the
 * organization; so does the operator behind a console session cookie, which routes under
 * /orgs/{org_id} accept in place of a key (role rights in src/core/operators/roles.ts). A route
 * under /orgs/{org_id} answers 404 for another organization's slug, so existence is never revealed.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.ts';
import { type Clock, systemClock } from '../../core/clock.ts';
import { SaldoError } from '../../core/errors.ts';
import type { StoredOperator } from '../../core/operators/operator.ts';
import { mayManageOperators, roleAllows } from '../../core/operators/roles.ts';
import {
  DEFAULT_SESSION_POLICY,
  type ResolvedSession,
  type SessionPolicy,
  resolveSession,
} from '../../core/operators/sessions.ts';
import { NOT_HELD, authenticateApiKey, authenticateHeldApiKey } from '../../core/organizations/commands.ts';
import type { ApiKey, Organization } from '../../core/organizations/organization.ts';
import type { Scope } from '../../core/scopes.ts';
import type { Store } from '../../core/store.ts';
import { crossSiteRefusal, isStateChanging, sessionCookieOf } from './session-cookie.ts';

export type RouteAuth =
  | { kind: 'public' }
  | { kind: 'root' }
  /**
   * A key with the scope, or an operator whose role opens it. `setup` marks a route that changes
   * the organization-wide setup (settings, account templates, the dunning policy, webhook
   * endpoints): for operators, admins only. Keys are judged by their scopes alone.
   */
  | { kind: 'key'; scope: Scope; organizationParam?: string; setup?: boolean }
  /** Operators only, with the right to manage operators (admins); keys are refused. */
  | { kind: 'operators-admin'; organizationParam: string }
  /** Any signed-in operator, also one that must still change a one-time password. */
  | { kind: 'session' };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    apiKey: ApiKey | undefined;
    organization: Organization | undefined;
    /** The console session the request came with, when it authenticated by one. */
    operatorSession: ResolvedSession | undefined;
  }
}

/** The credential a request presents, or undefined when it presents none in a known header. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.length > 0) return header.trim();
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  return undefined;
}

export function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export interface AuthDependencies {
  store: Store;
  rootKey: string | undefined;
  /** The clock sessions expire by; the system's by default. */
  clock?: Clock | undefined;
  sessionPolicy?: SessionPolicy | undefined;
}

export function makeAuthenticator(options: AuthDependencies) {
  const deps = {
    ...options,
    clock: options.clock ?? systemClock,
    sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
  };
  /** The live session of the request's cookie; 401 for a missing, forged, ended or cross-site one. */
  async function sessionOf(request: FastifyRequest): Promise<ResolvedSession> {
    const token = sessionCookieOf(request);
    if (token === undefined) throw new SaldoError('unauthenticated');
    if (isStateChanging(request)) {
      const refusal = crossSiteRefusal(request);
      if (refusal !== undefined)
        throw new SaldoError('unauthenticated', { internal: `session cookie refused: ${refusal}` });
    }
    const resolved = await resolveSession(deps.store, deps.clock, deps.sessionPolicy, token);
    if (!resolved) throw new SaldoError('unauthenticated', { internal: 'no live session for the cookie' });
    request.operatorSession = resolved;
    return resolved;
  }

  async function organizationFor(
    request: FastifyRequest,
    organizationId: string,
    organizationParam: string | undefined,
  ): Promise<void> {
    // Read through the store's short-lived cache: one lookup saved on every request.
    admitOrganization(request, await deps.store.organizations.recentOrganization(organizationId), organizationParam);
  }

  /** The request belongs to the organization, whose slug its path must name where it names one. */
  function admitOrganization(
    request: FastifyRequest,
    organization: Organization | undefined,
    organizationParam: string | undefined,
  ): void {
    if (!organization) throw new SaldoError('unauthenticated');
    if (organizationParam) {
      const slug = (request.params as Record<string, string | undefined>)[organizationParam];
      if (slug !== organization.slug) throw new SaldoError('organization_not_found');
    }
    request.organization = organization;
  }

  /** A genuine key opens the route when it has the scope. */
  function admitKey(request: FastifyRequest, apiKey: ApiKey | undefined, scope: Scope): asserts apiKey is ApiKey {
    if (!apiKey) throw new SaldoError('unauthenticated');
    request.apiKey = apiKey;
    if (!apiKey.scopes.includes(scope)) throw new SaldoError('forbidden', { internal: `missing scope ${scope}` });
  }

  /**
   * A key route whose key and organization this process already holds is decided here, without a
   * promise: true when the request is admitted (a refusal throws), false when only a read can tell.
   */
  function admittedFromHeld(request: FastifyRequest, auth: RouteAuth): boolean {
    if (auth.kind === 'public') return true;
    if (auth.kind !== 'key') return false;
    const presented = presentedKey(request);
    if (presented === undefined) return false;
    const apiKey = authenticateHeldApiKey(deps.store, presented);
    if (apiKey === NOT_HELD) return false;
    const organization = apiKey && deps.store.organizations.heldOrganization(apiKey.organizationId);
    if (apiKey && !organization) return false;
    admitKey(request, apiKey, auth.scope);
    admitOrganization(request, organization, auth.organizationParam);
    return true;
  }

  function activeOperator(resolved: ResolvedSession): StoredOperator {
    if (resolved.operator.mustChangePassword) throw new SaldoError('password_change_required');
    return resolved.operator;
  }

  async function authenticateByReading(request: FastifyRequest, auth: RouteAuth): Promise<void> {
    if (auth.kind === 'public') return;
    if (auth.kind === 'session') {
      const resolved = await sessionOf(request);
      await organizationFor(request, resolved.operator.organizationId, undefined);
      return;
    }
    if (auth.kind === 'operators-admin') {
      if (presentedKey(request) !== undefined && sessionCookieOf(request) === undefined) {
        // A valid key still has no right here: keys never manage operators.
        if (!(await authenticateApiKey(deps.store, presentedKey(request)!))) throw new SaldoError('unauthenticated');
        throw new SaldoError('forbidden', { internal: 'operators are managed by admin operators only' });
      }
      const operator = activeOperator(await sessionOf(request));
      if (!mayManageOperators(operator.role))
        throw new SaldoError('forbidden', { internal: `role ${operator.role} cannot manage operators` });
      await organizationFor(request, operator.organizationId, auth.organizationParam);
      return;
    }
    const presented = presentedKey(request);
    if (auth.kind === 'root') {
      if (presented === undefined || deps.rootKey === undefined || !sameSecret(presented, deps.rootKey))
        throw new SaldoError('unauthenticated');
      return;
    }
    if (presented === undefined) {
      // Only the native API, whose paths name the organization, takes a session in place of a key.
      if (auth.organizationParam === undefined || sessionCookieOf(request) === undefined)
        throw new SaldoError('unauthenticated');
      const operator = activeOperator(await sessionOf(request));
      if (!roleAllows(operator.role, auth)) {
        throw new SaldoError('forbidden', {
          internal: `role ${operator.role} lacks ${auth.scope}${auth.setup ? ' (setup)' : ''}`,
        });
      }
      await organizationFor(request, operator.organizationId, auth.organizationParam);
      return;
    }
    const apiKey = await authenticateApiKey(deps.store, presented);
    admitKey(request, apiKey, auth.scope);
    await organizationFor(request, apiKey.organizationId, auth.organizationParam);
  }

  // A callback hook: most requests are decided from what the process holds, and an async hook
  // would cost them a promise and its turns of the event loop (see docs/performance.md).
  return function authenticate(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
    const auth = request.routeOptions.config.auth ?? PUBLIC;
    let admitted: boolean;
    try {
      admitted = admittedFromHeld(request, auth);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (admitted) done();
    else authenticateByReading(request, auth).then(() => done(), done);
  };
}

const PUBLIC: RouteAuth = { kind: 'public' };

/** The actor of an authenticated request, for commands and the audit trail. */
export function actorOf(request: FastifyRequest, auditUser?: string): Actor {
  const organization = request.organization;
  if (!organization) throw new Error('invariant violated: actorOf on a request without an organization');
  return {
    organizationId: organization.id,
    keyId: request.apiKey?.id ?? null,
    operatorId: request.operatorSession?.operator.id ?? null,
    auditUser,
    traceId: request.id,
  };
}

export function organizationOf(request: FastifyRequest): Organization {
  const organization = request.organization;
  if (!organization) throw new Error('invariant violated: organizationOf on a request without an organization');
  return organization;
}

/** The session of a route whose auth is `session` or `operators-admin`. */
export function operatorSessionOf(request: FastifyRequest): ResolvedSession {
  const session = request.operatorSession;
  if (!session) throw new Error('invariant violated: operatorSessionOf on a request without a session');
  return session;
}
