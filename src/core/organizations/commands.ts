/** Organizations and their API keys: what the root key manages under /admin. */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { organizationId } from '../ids.ts';
import type { Scope } from '../scopes.ts';
import type { Store } from '../store.ts';
import { newApiKeyMaterial, parseApiKey, secretsMatch } from './api-key-secret.ts';
import type { ApiKey, Organization } from './organization.ts';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export async function createOrganization(
  store: Store,
  clock: Clock,
  input: { slug: string; name: string; timeZone?: string | undefined },
): Promise<Organization> {
  const now = clock.now();
  const organization: Organization = {
    id: organizationId(now),
    slug: input.slug,
    name: input.name,
    timeZone: input.timeZone ?? 'UTC',
    createdAt: now.toISOString(),
  };
  return store.transaction(async (tx) => {
    if (await tx.organizations.findBySlug(input.slug)) throw new SaldoError('organization_slug_taken');
    await tx.organizations.insert(organization);
    await tx.audit.record({
      organizationId: organization.id,
      occurredAt: organization.createdAt,
      actorKeyId: null,
      auditUser: null,
      action: 'organization.created',
      resourceType: 'organization',
      resourceId: organization.id,
      traceId: null,
      details: { slug: organization.slug },
    });
    return organization;
  });
}

export async function organizationBySlug(store: Store, slug: string): Promise<Organization> {
  const organization = await store.organizations.findBySlug(slug);
  if (!organization) throw new SaldoError('organization_not_found');
  return organization;
}

export async function issueApiKey(
  store: Store,
  clock: Clock,
  organizationSlug: string,
  input: { name: string; scopes: Scope[] },
): Promise<{ apiKey: ApiKey; key: string }> {
  const now = clock.now();
  const material = newApiKeyMaterial(now);
  return store.transaction(async (tx) => {
    const organization = await organizationBySlug(tx, organizationSlug);
    const apiKey: ApiKey = {
      id: material.id,
      organizationId: organization.id,
      name: input.name,
      scopes: [...new Set(input.scopes)],
      createdAt: now.toISOString(),
      revokedAt: null,
    };
    await tx.apiKeys.insert({ ...apiKey, secretHash: material.secretHash });
    await tx.audit.record({
      organizationId: organization.id,
      occurredAt: apiKey.createdAt,
      actorKeyId: null,
      auditUser: null,
      action: 'api_key.issued',
      resourceType: 'api_key',
      resourceId: apiKey.id,
      traceId: null,
      details: { name: apiKey.name, scopes: apiKey.scopes },
    });
    return { apiKey, key: material.key };
  });
}

export async function revokeApiKey(store: Store, clock: Clock, organizationSlug: string, keyId: string): Promise<void> {
  const at = clock.now().toISOString();
  await store.transaction(async (tx) => {
    const organization = await organizationBySlug(tx, organizationSlug);
    if (!(await tx.apiKeys.revoke(organization.id, keyId, at))) throw new SaldoError('api_key_not_found');
    await tx.audit.record({
      organizationId: organization.id,
      occurredAt: at,
      actorKeyId: null,
      auditUser: null,
      action: 'api_key.revoked',
      resourceType: 'api_key',
      resourceId: keyId,
      traceId: null,
      details: {},
    });
  });
}

export async function listApiKeys(store: Store, organizationSlug: string): Promise<ApiKey[]> {
  const organization = await organizationBySlug(store, organizationSlug);
  return store.apiKeys.list(organization.id);
}

/** The key's record when the presented key is genuine and not revoked; otherwise undefined. */
export async function authenticateApiKey(store: Store, presented: string): Promise<ApiKey | undefined> {
  const parsed = parseApiKey(presented);
  if (!parsed) return undefined;
  // Read through the store's short-lived cache: one lookup saved on every request.
  const stored = await store.apiKeys.recentById(parsed.id);
  if (!stored || stored.revokedAt !== null) return undefined;
  if (!secretsMatch(parsed.secret, stored.secretHash)) return undefined;
  const { secretHash: _secretHash, ...apiKey } = stored;
  return apiKey;
}
