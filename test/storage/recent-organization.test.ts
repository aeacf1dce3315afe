// Proves what `recentOrganization` and `recentSettings` promise on both databases: a change made
// through the store (also inside a transaction) shows at once, while a change this process did
// not make (written straight into the database, as another process would) shows only once the
// cached copy expires.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { serializeSettings } from '../../src/core/organizations/settings.ts';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import { RECENT_TTL_MS } from '../../src/storage/stores/organizations.ts';
import { describeEachDatabase, newOrganization, openTestStore } from '../support/databases.ts';

describeEachDatabase('recent organization and settings', (kind) => {
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
});
