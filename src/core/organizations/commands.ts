/** Organizations and their API keys: what the root key manages under /admin. */
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { performInternalWrite } from '../write-pipeline.ts';
import { SaldoError } from '../errors.ts';
import { organizationId } from '../ids.ts';
import type { Scope } from '../scopes.ts';
import type { Store } from '../store.ts';
import { VerifiedSecrets, newApiKeyMaterial, parseApiKey } from './api-key-secret.ts';
import type { ApiKey, Organization, StoredApiKey } from './organization.ts';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * Who runs an administrative write: the root key over HTTP (with the request's trace id) or the
 * command line. The audit trail records it as its `audit_user`; there is no API key behind it.
 */
export interface AdministrativeOrigin {
  by: 'root key' | 'command line';
  traceId: string;
}

const administrator = (organizationId: string, origin: AdministrativeOrigin): Actor => ({
  organizationId,
  keyId: null,
  auditUser: origin.by,
  traceId: origin.traceId,
});

export async function createOrganization(
  store: Store,
  clock: Clock,
  input: { slug: string; name: string; timeZone?: string | undefined },
  origin: AdministrativeOrigin,
): Promise<Organization> {
  const now = clock.now();
  const organization: Organization = {
    id: organizationId(now),
    slug: input.slug,
    name: input.name,
    timeZone: input.timeZone ?? 'UTC',
    createdAt: now.toISOString(),
  };
  return performInternalWrite(store, clock, administrator(organization.id, origin), {
    // Its ledger row is what this write creates.
    takesLedgerRow: false,
    async execute(tx) {
      if (await tx.organizations.findBySlug(input.slug)) throw new SaldoError('organization_slug_taken');
      await tx.organizations.insert(organization);
      return organization;
    },
    audit: () => ({
      action: 'organization.created',
      resourceType: 'organization',
      resourceId: organization.id,
      details: { slug: organization.slug },
    }),
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
  origin: AdministrativeOrigin,
): Promise<{ apiKey: ApiKey; key: string }> {
  const now = clock.now();
  const material = newApiKeyMaterial(now);
  const organization = await organizationBySlug(store, organizationSlug);
  return performInternalWrite(store, clock, administrator(organization.id, origin), {
    async execute(tx) {
      const apiKey: ApiKey = {
        id: material.id,
        organizationId: organization.id,
        name: input.name,
        scopes: [...new Set(input.scopes)],
        createdAt: now.toISOString(),
        revokedAt: null,
      };
      await tx.apiKeys.insert({ ...apiKey, secretHash: material.secretHash });
      return { apiKey, key: material.key };
    },
    audit: ({ apiKey }) => ({
      action: 'api_key.issued',
      resourceType: 'api_key',
      resourceId: apiKey.id,
      details: { name: apiKey.name, scopes: apiKey.scopes },
    }),
  });
}

export async function revokeApiKey(
  store: Store,
  clock: Clock,
  organizationSlug: string,
  keyId: string,
  origin: AdministrativeOrigin,
): Promise<void> {
  const organization = await organizationBySlug(store, organizationSlug);
  await performInternalWrite(store, clock, administrator(organization.id, origin), {
    async execute(tx) {
      if (!(await tx.apiKeys.revoke(organization.id, keyId, clock.now().toISOString())))
        throw new SaldoError('api_key_not_found');
    },
    audit: () => ({ action: 'api_key.revoked', resourceType: 'api_key', resourceId: keyId, details: {} }),
  });
}

export async function listApiKeys(store: Store, organizationSlug: string): Promise<ApiKey[]> {
  const organization = await organizationBySlug(store, organizationSlug);
  return store.apiKeys.list(organization.id);
}

const verifiedSecrets = new VerifiedSecrets();

/** The key's record when the presented key is genuine and not revoked; otherwise undefined. */
export async function authenticateApiKey(store: Store, presented: string): Promise<ApiKey | undefined> {
  const parsed = parseApiKey(presented);
  if (!parsed) return undefined;
  // Read through the store's short-lived cache: one lookup saved on every request.
  return genuineKey(await store.apiKeys.recentById(parsed.id), parsed.secret);
}

/** `authenticateApiKey` answered from what this process holds, without waiting; see NOT_HELD. */
export function authenticateHeldApiKey(store: Store, presented: string): ApiKey | undefined | typeof NOT_HELD {
  const parsed = parseApiKey(presented);
  if (!parsed) return undefined;
  const stored = store.apiKeys.heldById(parsed.id);
  return stored === undefined ? NOT_HELD : genuineKey(stored, parsed.secret);
}

/** The process holds nothing fresh for the key: only `authenticateApiKey`, which reads, can tell. */
export const NOT_HELD = Symbol('not held');

function genuineKey(stored: StoredApiKey | undefined, secret: string): ApiKey | undefined {
  if (!stored || stored.revokedAt !== null) return undefined;
  if (!verifiedSecrets.matches(stored, secret)) return undefined;
  const { secretHash: _secretHash, ...apiKey } = stored;
  return apiKey;
}
