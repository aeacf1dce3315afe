// Proves payments over HTTP on both databases: payment by reference (matched, spaced, unmatched,
// another organization's), and that 50 concurrent payments and charges on one account end with
// figures equal to the sums, every entry's running figures consistent and no amount lost.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('payments', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function allEntries(org: { slug: string; key: string }, accountId: string) {
    const entries: any[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = await saldo.request('GET', `/orgs/${org.slug}/accounts/${accountId}/entries?limit=100${query}`, {
        key: org.key,
      });
      expect(page.status).toBe(200);
      entries.push(...page.body.data);
      cursor = page.body.next_cursor;
    } while (cursor !== null);
    return entries;
  }

  it('matches a payment to its account by payment reference, spaces or not', async () => {
    const org = await saldo.organization('by-reference');
    const { account } = await createCustomerWithAccount(saldo, org, { payment_reference: { type: 'MOD10' } });
    const reference: string = account.payment_reference!.number;
    expect(reference).toMatch(/^\d+$/);
    await saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 4000 },
    });

    const paid = await saldo.request('POST', `/orgs/${org.slug}/payments`, {
      key: org.key,
      body: { reference, amount: 2500 },
    });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({
      account_id: account.account_id,
      kind: 'PAYMENT',
      type: 'CREDIT',
      amount: 2500,
      unallocated: 0,
    });
    expect(paid.body.allocations).toHaveLength(1);
    expect(paid.body.allocations[0].amount).toBe(2500);

    const spaced = reference.replace(/(.{3})/g, '$1 ').trim();
    const again = await saldo.request('POST', `/orgs/${org.slug}/payments`, {
      key: org.key,
      body: { reference: spaced, amount: 2000 },
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ account_id: account.account_id, unallocated: 500, balance_after: 500 });
    const read = await saldo.request('GET', `/orgs/${org.slug}/accounts/${account.account_id}`, { key: org.key });
    expect(read.body).toMatchObject({ balance: 500, open_amount: 0, unallocated: 500 });
  });

  it('answers 422 payment_reference_unmatched when no account of the organization has the reference', async () => {
    const org = await saldo.organization('unmatched');
    const other = await saldo.organization('unmatched-other');
    const { account } = await createCustomerWithAccount(saldo, other, { payment_reference: { type: 'MOD10' } });
    const unknown = await saldo.request('POST', `/orgs/${org.slug}/payments`, {
      key: org.key,
      body: { reference: '1234566', amount: 100 },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('payment_reference_unmatched');
    const theirs = await saldo.request('POST', `/orgs/${org.slug}/payments`, {
      key: org.key,
      body: { reference: account.payment_reference!.number, amount: 100 },
    });
    expect(theirs.status).toBe(422);
    expect(theirs.body.code).toBe('payment_reference_unmatched');
    const missing = await saldo.request('POST', `/orgs/${org.slug}/payments`, { key: org.key, body: { amount: 100 } });
    expect(missing.status).toBe(400);
    const otherAccount = await saldo.request('GET', `/orgs/${other.slug}/accounts/${account.account_id}`, {
      key: other.key,
    });
    expect(otherAccount.body.balance).toBe(0);
  });

  it('ends exactly right after 50 concurrent payments and charges on one account', async () => {
    const org = await saldo.organization('concurrent');
    const { account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${org.slug}/accounts/${account.account_id}`;
    const charges = Array.from({ length: 10 }, (_, i) =>
      saldo.request('POST', `${base}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount: 1000 + i, due_date: `2026-04-${String(10 + i)}` },
      }),
    );
    const payments = Array.from({ length: 50 }, (_, i) =>
      saldo.request('POST', `${base}/payments`, { key: org.key, body: { amount: 200 + i } }),
    );
    const answers = await Promise.all([...charges, ...payments]);
    for (const answer of answers) expect(answer.status).toBe(201);

    const charged = 10 * 1000 + 45;
    const credited = 50 * 200 + 1225;
    const read = await saldo.request('GET', base, { key: org.key });
    expect(read.body).toMatchObject({ balance: credited - charged, open_amount: 0, unallocated: credited - charged });

    const entries = await allEntries(org, account.account_id);
    expect(entries).toHaveLength(60);
    const ids = entries.map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
    let balance = 0;
    for (const entry of entries) {
      balance += entry.type === 'CREDIT' ? entry.amount : -entry.amount;
      expect(entry.balance_after).toBe(balance);
      const allocated = entry.allocations
        .filter((a: any) => a.released_by === null)
        .reduce((sum: number, a: any) => sum + a.amount, 0);
      expect(entry.open_amount + allocated).toBe(entry.amount);
    }
    expect(entries.filter((e) => e.type === 'CHARGE').every((e) => e.open_amount === 0)).toBe(true);
  });
});
