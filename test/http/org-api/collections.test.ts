// Proves debt collection over HTTP on both databases: a dunning run hands an account over at
// debt_collection_after_days (status ACCOUNT_COLLECTION, dunning stops), a recall brings it back
// to ACCOUNT_BLOCKED or ACCOUNT_OK per the policy without an immediate new hand-over, hand-over by
// hand with its refusals, and the export in JSON and CSV with the open items.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

const POLICY = {
  levels: [
    { name: 'Reminder', days_past_due: 7, fee: 300 },
    { name: 'Final notice', days_past_due: 30, block_account: true },
  ],
  debt_collection_after_days: 60,
};

describeEachDatabase('debt collection', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string, policy: unknown = POLICY) {
    saldo.clock.set('2026-03-01T09:00:00Z');
    const org = await saldo.organization(slug);
    await saldo.request('PUT', `/orgs/${slug}/dunning-policy`, { key: org.key, body: policy });
    const { account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${slug}/accounts/${account.account_id}`;
    const run = async () =>
      (await saldo.request('POST', `/orgs/${slug}/dunning-runs`, { key: org.key, body: {} })).body;
    const read = async () => (await saldo.request('GET', base, { key: org.key })).body;
    const charge = (amount: number, due_date: string, description?: string) =>
      saldo.request('POST', `${base}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount, due_date, ...(description ? { description } : {}) },
      });
    return { org, accountId: account.account_id as string, base, run, read, charge };
  }

  it('hands an account over at debt_collection_after_days, stops dunning it, and recalls it blocked', async () => {
    const s = await setup('handover');
    await s.charge(10_000, '2026-03-01');
    saldo.clock.set('2026-04-29T09:00:00Z'); // 59 days
    expect((await s.run()).changes).toMatchObject({ handed_over: 0, fees_posted: 1, blocked: 1 });
    saldo.clock.set('2026-04-30T09:00:00Z'); // 60 days
    const run = await s.run();
    expect(run.changes).toMatchObject({ handed_over: 1, fees_posted: 0 });
    const account = await s.read();
    expect(account.status).toBe('ACCOUNT_COLLECTION');
    const detail = await saldo.request('GET', `/orgs/handover/dunning-runs/${run.id}`, { key: s.org.key });
    expect(detail.body.account_changes[0]).toMatchObject({
      handed_over: true,
      status_from: 'ACCOUNT_BLOCKED',
      status_to: 'ACCOUNT_COLLECTION',
      to_level: 1,
    });

    saldo.clock.set('2026-05-10T09:00:00Z');
    const later = await s.run();
    expect(later.accounts_evaluated).toBe(0);

    const recalled = await saldo.request('DELETE', `${s.base}/debt-collection`, { key: s.org.key });
    expect(recalled.status).toBe(200);
    expect(recalled.body).toMatchObject({ status: 'ACCOUNT_BLOCKED', debt_collection: { active: false, since: null } });
    // The same overdue charge does not send it straight back.
    const after = await s.run();
    expect(after.changes.handed_over).toBe(0);
    expect((await s.read()).status).toBe('ACCOUNT_BLOCKED');

    const twice = await saldo.request('DELETE', `${s.base}/debt-collection`, { key: s.org.key });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('debt_collection_state_invalid');
  });

  it('hands over by hand, refuses what cannot be handed over, and recalls to ACCOUNT_OK below a blocking level', async () => {
    const s = await setup('by-hand');
    const nothingOwed = await saldo.request('POST', `${s.base}/debt-collection`, { key: s.org.key });
    expect(nothingOwed.status).toBe(409);
    expect(nothingOwed.body.code).toBe('debt_collection_state_invalid');
    await s.charge(2_500, '2026-03-20');
    const handed = await saldo.request('POST', `${s.base}/debt-collection`, { key: s.org.key });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ status: 'ACCOUNT_COLLECTION', debt_collection: { active: true } });
    expect(handed.body.version).toBeGreaterThan(1);
    const again = await saldo.request('POST', `${s.base}/debt-collection`, { key: s.org.key });
    expect(again.status).toBe(409);
    const statusRefused = await saldo.request('POST', `${s.base}/status`, {
      key: s.org.key,
      body: { status: 'ACCOUNT_OK' },
    });
    expect(statusRefused.status).toBe(409);
    expect(statusRefused.body.allowed).toEqual([]);
    const recalled = await saldo.request('DELETE', `${s.base}/debt-collection`, { key: s.org.key });
    expect(recalled.body.status).toBe('ACCOUNT_OK');
    const unknown = await saldo.request(
      'POST',
      '/orgs/by-hand/accounts/6b1f6a9e-1d2c-4d7e-9a43-2f1f0c8e5b11/debt-collection',
      { key: s.org.key },
    );
    expect(unknown.status).toBe(404);
  });

  it('exports the accounts handed over with their open items, in JSON and CSV', async () => {
    const s = await setup('export');
    await s.charge(4_000, '2026-03-01', 'March, "water"');
    await s.charge(1_500, '2026-03-05', '=cmd');
    await saldo.request('POST', `${s.base}/payments`, { key: s.org.key, body: { amount: 1_000 } });
    await saldo.request('POST', `${s.base}/debt-collection`, { key: s.org.key });
    await createCustomerWithAccount(saldo, s.org); // not handed over: not exported

    const json = await saldo.request('GET', '/orgs/export/debt-collection/export', { key: s.org.key });
    expect(json.status).toBe(200);
    expect(json.body.data).toHaveLength(1);
    expect(json.body.data[0]).toMatchObject({
      account_id: s.accountId,
      status: 'ACCOUNT_COLLECTION',
      open_amount: 4_500,
      balance: -4_500,
    });
    expect(json.body.data[0].open_items.map((i: any) => [i.amount, i.open_amount, i.due_date])).toEqual([
      [4_000, 3_000, '2026-03-01'],
      [1_500, 1_500, '2026-03-05'],
    ]);
    expect(json.body.next_cursor).toBeNull();

    const csv = await saldo.request('GET', '/orgs/export/debt-collection/export?format=csv', { key: s.org.key });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'account_id,account_number,customer_id,currency,debt_collection_since,entry_id,kind,due_date,amount,open_amount,description',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',2026-03-01,4000,3000,"March, ""water"""');
    expect(lines[2]).toMatch(/,1500,1500,'=cmd$/);

    const bad = await saldo.request('GET', '/orgs/export/debt-collection/export?format=xml', { key: s.org.key });
    expect(bad.status).toBe(400);
  });
});
