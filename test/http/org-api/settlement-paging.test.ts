// Proves that settling reads open items a page at a time without changing the rule: a payment
// covering more open charges than one page settles them oldest due date first, leaving exactly
// one partly open, and a charge consumes many open credits in ledger order; figures agree with
// the entries after each.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPEN_ITEMS_PAGE_SIZE as SETTLE_PAGE_SIZE } from '../../../src/core/ledger/open-items.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

const ITEMS = SETTLE_PAGE_SIZE * 2 + 5;

describeEachDatabase('settlement over several pages of open items', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function entriesOf(org: { slug: string; key: string }, accountId: string): Promise<any[]> {
    const page = await saldo.request('GET', `/orgs/${org.slug}/accounts/${accountId}/entries?limit=100`, {
      key: org.key,
    });
    expect(page.status).toBe(200);
    return page.body.data;
  }

  it('settles a payment across more open charges than one page holds, oldest due date first', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('settle-charges');
    const { account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${org.slug}/accounts/${account.account_id}`;
    // Posted newest due date first, so ledger order and due-date order disagree.
    for (let i = ITEMS - 1; i >= 0; i--) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(4 + Math.floor(i / 28)).padStart(2, '0');
      const posted = await saldo.request('POST', `${base}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount: 100 + i, due_date: `2026-${month}-${day}` },
      });
      expect(posted.status).toBe(201);
    }
    const charges = (await entriesOf(org, account.account_id)).sort((a, b) => (a.due_date < b.due_date ? -1 : 1));
    const fullyPaid = SETTLE_PAGE_SIZE + 7;
    const amount = charges.slice(0, fullyPaid).reduce((sum, c) => sum + c.amount, 0) + 50;

    const paid = await saldo.request('POST', `${base}/payments`, { key: org.key, body: { amount } });
    expect(paid.status).toBe(201);
    expect(paid.body.allocations).toHaveLength(fullyPaid + 1);
    expect(paid.body.unallocated).toBe(0);

    const after = new Map((await entriesOf(org, account.account_id)).map((e) => [e.id, e]));
    charges.forEach((charge, k) => {
      const open = after.get(charge.id).open_amount;
      expect(open).toBe(k < fullyPaid ? 0 : k === fullyPaid ? charge.amount - 50 : charge.amount);
    });
    const read = await saldo.request('GET', base, { key: org.key });
    const openSum = charges.reduce((sum, c) => sum + after.get(c.id).open_amount, 0);
    expect(read.body).toMatchObject({ open_amount: openSum, unallocated: 0, balance: -openSum });
  });

  it('settles a charge against more open credits than one page holds, in ledger order', async () => {
    const org = await saldo.organization('settle-credits');
    const { account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${org.slug}/accounts/${account.account_id}`;
    const credits: any[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const paid = await saldo.request('POST', `${base}/payments`, { key: org.key, body: { amount: 10 + i } });
      expect(paid.status).toBe(201);
      credits.push(paid.body);
    }
    const consumed = SETTLE_PAGE_SIZE + 3;
    const amount = credits.slice(0, consumed).reduce((sum, c) => sum + c.amount, 0) + 4;

    const charged = await saldo.request('POST', `${base}/entries`, { key: org.key, body: { type: 'CHARGE', amount } });
    expect(charged.status).toBe(201);
    expect(charged.body.open_amount).toBe(0);
    expect(charged.body.allocations).toHaveLength(consumed + 1);

    const after = new Map((await entriesOf(org, account.account_id)).map((e) => [e.id, e]));
    credits.forEach((credit, k) => {
      const open = after.get(credit.id).open_amount;
      expect(open).toBe(k < consumed ? 0 : k === consumed ? credit.amount - 4 : credit.amount);
    });
    const unallocated = credits.reduce((sum, c) => sum + after.get(c.id).open_amount, 0);
    const read = await saldo.request('GET', base, { key: org.key });
    expect(read.body).toMatchObject({ open_amount: 0, unallocated, balance: unallocated });
  });
});
