// Proves what `recentOrganization`, `recentSettings` and the API keys' `recentById` (and what
// `heldOrganization` and `heldById` answer without reading) promise on
// both databases: a change made through the store (also inside a transaction) shows at once,
// while a change this process did not make (written straight into the database, as another
// process would) shows only once the cached copy expires.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { serializeSettings } from '../../src/core/organizations/settings.ts';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import { RecentCache } from '../../src/storage/recent-cache.ts';
import { RECENT_KEY_TTL_MS, RECENT_TTL_MS } from '../../src/storage/stores/organizations.ts';
import { describeEachDatabase, newOrganization, openTestStore } from '../support/databases.ts';

describeEachDatabase('recent organization, settings and API keys', (kind) => {
  let store: KyselyStore;
  let close: () => Promise<void>;
  const organization = newOrganization('recent');
  const id = organization.id;
  beforeAll(async () => {
    ({ store, close } = await openTestStore(kind));
    await store.organizations.insert(organization);
  });
  afterAll(async () => {
    vi.useRealTimers();
    await close();
  });

  it('shows a change made through the store at once, also from a transaction', async () => {
    const before = await store.organizations.recentSettings(id);
    expect(before.v1SunsetDate).toBeNull();
    await store.transaction((tx) => tx.organizations.updateSettings(id, { ...before, v1SunsetDate: '2027-01-31' }));
    expect((await store.organizations.recentSettings(id)).v1SunsetDate).toBe('2027-01-31');

    expect((await store.organizations.recentOrganization(id))?.timeZone).toBe('UTC');
    await store.transaction((tx) => tx.organizations.updateTimeZone(id, 'Europe/Zurich'));
    expect((await store.organizations.recentOrganization(id))?.timeZone).toBe('Europe/Zurich');
  });

  it("shows another process's change once the cached copy expires", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cached = await store.organizations.recentSettings(id);
    const cachedOrganization = await store.organizations.recentOrganization(id);
    await store.db
      .updateTable('organizations')
      .set({ settings: serializeSettings({ ...cached, v1SunsetDate: '2027-06-30' }), time_zone: 'America/New_York' })
      .where('id', '=', id)
      .execute();
    expect((await store.organizations.recentSettings(id)).v1SunsetDate).toBe(cached.v1SunsetDate);
    expect((await store.organizations.recentOrganization(id))?.timeZone).toBe(cachedOrganization?.timeZone);
    expect((await store.organizations.settings(id)).v1SunsetDate).toBe('2027-06-30');
    vi.advanceTimersByTime(RECENT_TTL_MS + 1);
    expect((await store.organizations.recentSettings(id)).v1SunsetDate).toBe('2027-06-30');
    expect((await store.organizations.recentOrganization(id))?.timeZone).toBe('America/New_York');
    vi.useRealTimers();
  });

  it('keeps no answer for an organization that does not exist', async () => {
    const later = newOrganization('recent-later');
    expect(await store.organizations.recentOrganization(later.id)).toBeUndefined();
    await store.organizations.insert(later);
    expect((await store.organizations.recentOrganization(later.id))?.slug).toBe('recent-later');
  });

  const newKey = (id: string) => ({
    id,
    organizationId: organization.id,
    name: id,
    scopes: [],
    createdAt: new Date().toISOString(),
    revokedAt: null,
    secretHash: 'ab',
  });

  it('forgets a key revoked through the store at once', async () => {
    await store.apiKeys.insert(newKey('k_one'));
    expect(store.apiKeys.heldById('k_one')).toBeUndefined();
    expect((await store.apiKeys.recentById('k_one'))?.revokedAt).toBeNull();
    expect(store.apiKeys.heldById('k_one')?.revokedAt).toBeNull();
    await store.transaction((tx) => tx.apiKeys.revoke(organization.id, 'k_one', '2026-03-01T00:00:00.000Z'));
    expect(store.apiKeys.heldById('k_one')).toBeUndefined();
    expect((await store.apiKeys.recentById('k_one'))?.revokedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('holds only what a read put there, and only while it is fresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const held = newOrganization('recent-held');
    await store.organizations.insert(held);
    await store.apiKeys.insert(newKey('k_held'));
    expect(store.organizations.heldOrganization(held.id)).toBeUndefined();
    expect((await store.organizations.recentOrganization(held.id))?.slug).toBe('recent-held');
    expect((await store.apiKeys.recentById('k_held'))?.id).toBe('k_held');
    expect(store.organizations.heldOrganization(held.id)?.slug).toBe('recent-held');
    expect(store.apiKeys.heldById('k_held')?.id).toBe('k_held');
    vi.advanceTimersByTime(RECENT_KEY_TTL_MS + 1);
    expect(store.apiKeys.heldById('k_held')).toBeUndefined();
    expect(store.organizations.heldOrganization(held.id)?.slug).toBe('recent-held');
    vi.advanceTimersByTime(RECENT_TTL_MS);
    expect(store.organizations.heldOrganization(held.id)).toBeUndefined();
    vi.useRealTimers();
  });

  it("shows another process's revocation of a key within seconds", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await store.apiKeys.insert(newKey('k_two'));
    expect((await store.apiKeys.recentById('k_two'))?.revokedAt).toBeNull();
    await store.db
      .updateTable('api_keys')
      .set({ revoked_at: '2026-03-02T00:00:00.000Z' })
      .where('id', '=', 'k_two')
      .execute();
    expect((await store.apiKeys.recentById('k_two'))?.revokedAt).toBeNull();
    vi.advanceTimersByTime(RECENT_KEY_TTL_MS + 1);
    expect((await store.apiKeys.recentById('k_two'))?.revokedAt).toBe('2026-03-02T00:00:00.000Z');
    vi.useRealTimers();
  });

  it('keeps nothing with a lifetime of 0 (API_KEY_CACHE_SECONDS=0)', async () => {
    const cache = new RecentCache<string>(0);
    let reads = 0;
    const load = async () => `read ${++reads}`;
    expect(await cache.get('k', load)).toBe('read 1');
    expect(await cache.get('k', load)).toBe('read 2');
  });
});
