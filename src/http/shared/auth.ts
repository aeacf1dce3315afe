/**
 * Authentication and tenancy, resolved once at the edge. Each route says in its config what it
 * needs (`auth`): a scope, the root key, or nothing. The key (`X-API-Key`, or
 * `Authorization: Bearer`) decides the organization; a route under /orgs/{org_id} answers 404 for
 * another organization's slug, so existence is never revealed.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.ts';
import { SaldoError } from '../../core/errors.ts';
import { authenticateApiKey } from '../../core/organizations/commands.ts';
import type { ApiKey, Organization } from '../../core/organizations/organization.ts';
import type { Scope } from '../../core/scopes.ts';
import type { Store } from '../../core/store.ts';

export type RouteAuth =
  | { kind: 'public' }
  | { kind: 'root' }
  | { kind: 'key'; scope: Scope; organizationParam?: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    apiKey: ApiKey | undefined;
    organization: Organization | undefined;
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

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export interface AuthDependencies {
  store: Store;
  rootKey: string | undefined;
}

export function makeAuthenticator(deps: AuthDependencies) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    const auth = request.routeOptions.config.auth ?? { kind: 'public' };
    if (auth.kind === 'public') return;
    const presented = presentedKey(request);
    if (presented === undefined) throw new SaldoError('unauthenticated');
    if (auth.kind === 'root') {
      if (deps.rootKey === undefined || !sameSecret(presented, deps.rootKey)) throw new SaldoError('unauthenticated');
      return;
    }
    const apiKey = await authenticateApiKey(deps.store, presented);
    if (!apiKey) throw new SaldoError('unauthenticated');
    request.apiKey = apiKey;
    if (!apiKey.scopes.includes(auth.scope)) throw new SaldoError('forbidden', { internal: `missing scope ${auth.scope}` });
    // Read through the store's short-lived cache: one lookup saved on every request.
    const organization = await deps.store.organizations.recentOrganization(apiKey.organizationId);
    if (!organization) throw new SaldoError('unauthenticated');
    if (auth.organizationParam) {
      const slug = (request.params as Record<string, string | undefined>)[auth.organizationParam];
      if (slug !== organization.slug) throw new SaldoError('organization_not_found');
    }
    request.organization = organization;
  };
}

/** The actor of an authenticated request, for commands and the audit trail. */
export function actorOf(request: FastifyRequest, auditUser?: string): Actor {
  const organization = request.organization;
  if (!organization) throw new Error('invariant violated: actorOf on a request without an organization');
  return { organizationId: organization.id, keyId: request.apiKey?.id ?? null, auditUser, traceId: request.id };
}

export function organizationOf(request: FastifyRequest): Organization {
  const organization = request.organization;
  if (!organization) throw new Error('invariant violated: organizationOf on a request without an organization');
  return organization;
}
