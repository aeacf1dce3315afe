// Proves SQLite group commit: concurrent transactions share one commit, a failing one rolls back
// alone (its savepoint), and each caller gets its own result or error only after the commit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaldoError } from '../../src/core/errors.ts';
import { type KyselyStore, openStore } from '../../src/storage/kysely-store.ts';
import { newOrganization } from '../support/databases.ts';

describe('SQLite group commit', () => {
  let dir: string;
  let store: KyselyStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saldo-group-'));
    store = await openStore({ url: `sqlite:${join(dir, 'ledger.db')}` });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits every successful transaction of a burst and rolls back only the failing ones', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.organizations.insert(newOrganization(`burst${i}`));
          if (i % 10 === 3) throw new SaldoError('validation_failed', { detail: `refused ${i}` });
          return i;
        }),
      ),
    );
    const fulfilled = outcomes
      .filter((o) => o.status === 'fulfilled')
      .map((o) => (o as PromiseFulfilledResult<number>).value);
    const rejected = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    expect(fulfilled).toHaveLength(36);
    expect(rejected.map((r) => (r.reason as SaldoError).detail).sort()).toEqual([
      'refused 13',
      'refused 23',
      'refused 3',
      'refused 33',
    ]);
    const slugs = (await store.organizations.list()).map((o) => o.slug);
    expect(slugs).toHaveLength(36);
    expect(slugs).not.toContain('burst3');
    expect(slugs).toContain('burst4');
  });

  it('keeps a failed item from leaving half its writes behind', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.organizations.insert(newOrganization('halfway'));
        await tx.organizations.insert(newOrganization('halfway')); // duplicate primary key
      }),
    ).rejects.toThrow();
    expect(await store.organizations.findBySlug('halfway')).toBeUndefined();
  });
});
