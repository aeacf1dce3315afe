// Proves that a PostgreSQL transaction aborted as a deadlock or serialization failure runs again
// (nothing of the failed attempt stays), and that one failing every attempt answers a conflict.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isSaldoError } from '../../src/core/errors.ts';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import { translateDriverError } from '../../src/storage/driver-errors.ts';
import { describeEachDatabase, newOrganization, openTestStore } from '../support/databases.ts';

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

describeEachDatabase('transaction retry', (kind) => {
  let store: KyselyStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore(kind));
  });
  afterAll(() => close());

  it(
    kind === 'postgres'
      ? 'runs a deadlocked transaction again, leaving nothing of the first attempt'
      : 'leaves conflicts to the single writer (no retry needed)',
    async () => {
      let attempts = 0;
      const run = store.transaction(async (tx) => {
        attempts += 1;
        await tx.organizations.insert(newOrganization(`retry-${attempts}`));
        if (attempts === 1) throw deadlock();
        return attempts;
      });
      if (kind === 'postgres') {
        expect(await run).toBe(2);
        expect(await store.organizations.findBySlug('retry-1')).toBeUndefined();
        expect(await store.organizations.findBySlug('retry-2')).toBeDefined();
      } else {
        await expect(run).rejects.toMatchObject({ code: '40P01' });
        expect(attempts).toBe(1);
      }
    },
  );

  it('gives up after three attempts with a conflict error', async () => {
    let attempts = 0;
    const error = await store
      .transaction(async () => {
        attempts += 1;
        throw deadlock();
      })
      .catch((e: unknown) => e);
    expect(attempts).toBe(kind === 'postgres' ? 3 : 1);
    const translated = translateDriverError(error);
    expect(isSaldoError(translated) && translated.code).toBe('version_mismatch');
  });
});
