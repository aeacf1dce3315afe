// Proves the prepared-query helper on both databases: one build serves any values (each run sees
// its own), a shape value changes the text (a literal row limit), it runs inside a transaction
// and sees that transaction's writes, and a missing value is NULL. On SQLite a read outside a
// transaction runs on the connection at once: not while another's transaction is open on it, whose
// writes it must not see before the commit, and its failure is the caller's rejected promise.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import { preparedQuery } from '../../src/storage/prepared-query.ts';
import { rowLimit } from '../../src/storage/literals.ts';
import { describeEachDatabase, newOrganization, openTestStore } from '../support/databases.ts';

let builds = 0;
const bySlug = preparedQuery((db, v: { slug: string }) => {
  builds += 1;
  return db.selectFrom('organizations').select(['slug', 'name']).where('slug', '=', v.slug);
});
const firstSlugs = preparedQuery((db, v: { prefix: string }, shape: { limit: number }) =>
  db
    .selectFrom('organizations')
    .select('slug')
    .where('slug', 'like', v.prefix)
    .orderBy('slug')
    .limit(rowLimit(shape.limit)),
);
const nameOrNone = preparedQuery((db, v: { slug: string; name: string | undefined }) =>
  db
    .selectFrom('organizations')
    .select(sql<string>`coalesce(${v.name}, 'none')`.as('name'))
    .where('slug', '=', v.slug),
);

describeEachDatabase('prepared queries', (kind) => {
  let store: KyselyStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore(kind));
    for (const slug of ['pq-a', 'pq-b', 'pq-c', 'pq-d'])
      await store.organizations.insert(newOrganization(slug, `Org ${slug}`));
  });
  afterAll(() => close());

  it('builds once per dialect and answers each run with its own values', async () => {
    const before = builds;
    for (const slug of ['pq-a', 'pq-c', 'pq-missing', 'pq-b']) {
      const { rows } = await bySlug(store.db, { slug });
      expect(rows).toEqual(slug === 'pq-missing' ? [] : [{ slug, name: `Org ${slug}` }]);
    }
    expect(builds - before).toBeLessThanOrEqual(1);
  });

  it('writes a shape value into the text: each limit answers its own number of rows', async () => {
    expect((await firstSlugs(store.db, { prefix: 'pq-%' }, { limit: 2 })).rows.map((r) => r.slug)).toEqual([
      'pq-a',
      'pq-b',
    ]);
    expect((await firstSlugs(store.db, { prefix: 'pq-%' }, { limit: 3 })).rows.map((r) => r.slug)).toEqual([
      'pq-a',
      'pq-b',
      'pq-c',
    ]);
    expect((await firstSlugs(store.db, { prefix: 'pq-%' }, { limit: 2 })).rows).toHaveLength(2);
    expect(() => rowLimit(1.5)).toThrow(RangeError);
    expect(() => rowLimit(-1)).toThrow(RangeError);
  });

  it('runs inside a transaction and sees its writes', async () => {
    await store.transaction(async (tx) => {
      await tx.organizations.insert(newOrganization('pq-in-tx', 'Org pq-in-tx'));
      const { rows } = await bySlug((tx as KyselyStore).db, { slug: 'pq-in-tx' });
      expect(rows).toEqual([{ slug: 'pq-in-tx', name: 'Org pq-in-tx' }]);
    });
  });

  it('binds a missing value as NULL', async () => {
    expect((await nameOrNone(store.db, { slug: 'pq-a', name: undefined })).rows).toEqual([{ name: 'none' }]);
    expect((await nameOrNone(store.db, { slug: 'pq-a', name: 'given' })).rows).toEqual([{ name: 'given' }]);
  });

  it("reads outside a transaction only what is committed, waiting for another's open transaction", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted: () => void = () => {};
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    const writing = store.transaction(async (tx) => {
      await tx.organizations.insert(newOrganization('pq-held', 'Org pq-held'));
      inserted();
      await held;
    });
    await insertedNow;
    // Asked while the transaction is open: it answers once the transaction committed, with its row.
    let answered = false;
    const reading = bySlug(store.db, { slug: 'pq-held' }).then((result) => {
      answered = true;
      return result.rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (kind === 'sqlite') expect(answered).toBe(false);
    release();
    await writing;
    expect(await reading).toEqual(kind === 'sqlite' ? [{ slug: 'pq-held', name: 'Org pq-held' }] : []);
    expect((await bySlug(store.db, { slug: 'pq-held' })).rows).toEqual([{ slug: 'pq-held', name: 'Org pq-held' }]);
  });

  it('rejects, not throws, when a read fails', async () => {
    const missingTable = preparedQuery((db) => db.selectFrom('no_such_table' as 'organizations').select('slug'));
    let thrown: unknown;
    let promise: Promise<unknown> | undefined;
    try {
      promise = missingTable(store.db, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeUndefined();
    await expect(promise).rejects.toThrow(/no_such_table/);
  });
});
