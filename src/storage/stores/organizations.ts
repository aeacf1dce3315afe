import { type Kysely, type Selectable } from 'kysely';
import type { StorageAdapter } from '../adapter.ts';
import type {
  ApiKey,
  ApiKeyStore,
  Organization,
  OrganizationStore,
  StoredApiKey,
} from '../../core/organizations/organization.ts';
import type { Scope } from '../../core/scopes.ts';
import { type OrganizationSettings, parseSettings, serializeSettings } from '../../core/organizations/settings.ts';
import { preparedQuery } from '../prepared-query.ts';
import { RecentCache } from '../recent-cache.ts';
import type { Database, OrganizationsTable, ApiKeysTable } from '../schema.ts';

// Read on every request (authentication) or every write (the ledger sequence): built once.
const organizationById = preparedQuery((db, v: { id: string }) =>
  db.selectFrom('organizations').selectAll().where('id', '=', v.id),
);
const settingsById = preparedQuery((db, v: { id: string }, shape: { forUpdate: boolean }) => {
  const query = db.selectFrom('organizations').select('settings').where('id', '=', v.id);
  return shape.forUpdate ? query.forUpdate() : query;
});
const takeEntrySequence = preparedQuery((db, v: { id: string }) =>
  db
    .updateTable('organizations')
    .set((eb) => ({ entry_sequence: eb('entry_sequence', '+', 1n) }))
    .where('id', '=', v.id)
    .returning('entry_sequence'),
);
const apiKeyById = preparedQuery((db, v: { id: string }) =>
  db.selectFrom('api_keys').selectAll().where('id', '=', v.id),
);

const toOrganization = (row: Selectable<OrganizationsTable>): Organization => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  timeZone: row.time_zone,
  createdAt: row.created_at,
});

/**
 * How long a process shows an organization or its settings as it read them (`recentOrganization`,
 * `recentSettings`): other processes' changes show within this.
 */
export const RECENT_TTL_MS = 30_000;
/** The same for an API key (`recentById`) unless set otherwise: a revocation reaches other processes within this. */
export const RECENT_KEY_TTL_MS = 5_000;

/** What the stores keep for a short while, shared by a store and the stores of its transactions. */
export interface RecentCaches {
  organizations: RecentCache<Organization>;
  settings: RecentCache<OrganizationSettings>;
  apiKeys: RecentCache<StoredApiKey>;
}

export function recentCaches(apiKeyTtlMs = RECENT_KEY_TTL_MS): RecentCaches {
  return {
    organizations: new RecentCache(RECENT_TTL_MS),
    settings: new RecentCache(RECENT_TTL_MS),
    apiKeys: new RecentCache(apiKeyTtlMs),
  };
}

export class KyselyOrganizationStore implements OrganizationStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
    private readonly caches: RecentCaches,
  ) {}

  async insert(organization: Organization): Promise<void> {
    await this.db
      .insertInto('organizations')
      .values({
        id: organization.id,
        slug: organization.slug,
        name: organization.name,
        time_zone: organization.timeZone,
        created_at: organization.createdAt,
      })
      .execute();
  }

  async findById(id: string): Promise<Organization | undefined> {
    const [row] = (await organizationById(this.db, { id })).rows;
    return row && toOrganization(row);
  }

  recentOrganization(id: string): Promise<Organization | undefined> {
    return this.caches.organizations.get(id, () => this.findById(id));
  }

  heldOrganization(id: string): Organization | undefined {
    return this.caches.organizations.peek(id);
  }

  async findBySlug(slug: string): Promise<Organization | undefined> {
    const row = await this.db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toOrganization(row);
  }

  async list(): Promise<Organization[]> {
    const rows = await this.db.selectFrom('organizations').selectAll().orderBy('slug').execute();
    return rows.map(toOrganization);
  }

  async settings(id: string, options: { forUpdate?: boolean } = {}): Promise<OrganizationSettings> {
    const [row] = (
      await settingsById(this.db, { id }, { forUpdate: options.forUpdate === true && this.adapter.locksRows })
    ).rows;
    if (!row) throw new Error(`no organization ${id}`);
    return parseSettings(row.settings);
  }

  async recentSettings(id: string): Promise<OrganizationSettings> {
    const settings = await this.caches.settings.get(id, () => this.settings(id));
    if (!settings) throw new Error(`no organization ${id}`);
    return settings;
  }

  heldSettings(id: string): OrganizationSettings | undefined {
    return this.caches.settings.peek(id);
  }

  async updateSettings(id: string, settings: OrganizationSettings): Promise<void> {
    // Forgotten before the write: should the transaction roll back, the next read is fresh anyway.
    this.caches.settings.forget(id);
    await this.db
      .updateTable('organizations')
      .set({ settings: serializeSettings(settings) })
      .where('id', '=', id)
      .execute();
  }

  async updateTimeZone(id: string, timeZone: string): Promise<void> {
    this.caches.organizations.forget(id);
    await this.db.updateTable('organizations').set({ time_zone: timeZone }).where('id', '=', id).execute();
  }

  async nextEntrySequence(id: string): Promise<bigint> {
    // The row lock taken by this update is held until commit, so on PostgreSQL sequence numbers
    // are handed out in commit order; SQLite has a single writer anyway.
    const [row] = (await takeEntrySequence(this.db, { id })).rows;
    if (!row) throw new Error(`no organization ${id}`);
    return BigInt(row.entry_sequence);
  }
}

const toApiKey = (row: Selectable<ApiKeysTable>): StoredApiKey => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  scopes: JSON.parse(row.scopes) as Scope[],
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  secretHash: row.secret_hash,
});

export class KyselyApiKeyStore implements ApiKeyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly caches: RecentCaches,
  ) {}

  async insert(key: StoredApiKey): Promise<void> {
    await this.db
      .insertInto('api_keys')
      .values({
        id: key.id,
        organization_id: key.organizationId,
        name: key.name,
        scopes: JSON.stringify(key.scopes),
        secret_hash: key.secretHash,
        created_at: key.createdAt,
        revoked_at: key.revokedAt,
      })
      .execute();
  }

  async findById(id: string): Promise<StoredApiKey | undefined> {
    const [row] = (await apiKeyById(this.db, { id })).rows;
    return row && toApiKey(row);
  }

  recentById(id: string): Promise<StoredApiKey | undefined> {
    return this.caches.apiKeys.get(id, () => this.findById(id));
  }

  heldById(id: string): StoredApiKey | undefined {
    return this.caches.apiKeys.peek(id);
  }

  async list(organizationId: string): Promise<ApiKey[]> {
    const rows = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('id')
      .execute();
    return rows.map((row) => {
      const { secretHash: _secretHash, ...key } = toApiKey(row);
      return key;
    });
  }

  async revoke(organizationId: string, id: string, at: string): Promise<boolean> {
    this.caches.apiKeys.forget(id);
    const result = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
