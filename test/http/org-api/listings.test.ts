// Proves the reads the console lists with, on SQLite and PostgreSQL: the organization's accounts by
// dunning level and status with cursors, a customer's family (or none), and an account's entries
// that are open, newest first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('listings for the console', (kind) => {
  let saldo: TestSaldo;
  let org: { slug: string; key: string };
  let overdue: any;
  let current: any;
  let member: any;
  let loner: any;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
    saldo.clock.set('2026-03-15T10:00:00Z');
    org = await saldo.organization('acme');
    member = await createCustomer(saldo, org, { name: 'Member' });
    loner = await createCustomer(saldo, org, { name: 'Loner' });
    overdue = await createAccount(saldo, org, member.id);
    current = await createAccount(saldo, org, loner.id);
    const post = (account: string, body: object) =>
      saldo.request('POST', `/orgs/acme/accounts/${account}/entries`, { key: org.key, body });
    await post(overdue.account_id, { type: 'CHARGE', amount: 1000, due_date: '2026-01-01', description: 'old' });
    await post(overdue.account_id, { type: 'CHARGE', amount: 2000, due_date: '2026-04-01', description: 'new' });
    await saldo.request('POST', `/orgs/acme/accounts/${overdue.account_id}/payments`, {
      key: org.key,
      body: { amount: 1000 },
    });
    await post(current.account_id, { type: 'CHARGE', amount: 500, due_date: '2026-04-01' });
    await saldo.request('PUT', '/orgs/acme/dunning-policy', {
      key: org.key,
      body: {
        levels: [
          { name: 'Reminder', days_past_due: 7 },
          { name: 'Final', days_past_due: 60 },
        ],
      },
    });
    expect(
      (await saldo.request('POST', '/orgs/acme/dunning-runs', { key: org.key, body: { as_of: '2026-03-15' } })).status,
    ).toBe(201);
    await post(overdue.account_id, { type: 'CHARGE', amount: 300, due_date: '2026-01-02', description: 'late' });
    expect(
      (await saldo.request('POST', '/orgs/acme/dunning-runs', { key: org.key, body: { as_of: '2026-03-15' } })).status,
    ).toBe(201);
    const family = await saldo.request('POST', '/orgs/acme/families', {
      key: org.key,
      body: { name: 'Household', currency: 'EUR' },
    });
    await saldo.request('PUT', `/orgs/acme/families/${family.body.id}/members/${member.id}`, { key: org.key });
  });
  afterAll(async () => saldo?.close());

  it('lists accounts by dunning level and status, a page at a time', async () => {
    const atFinal = await saldo.request('GET', '/orgs/acme/accounts?dunning_level=1', { key: org.key });
    expect(atFinal.status).toBe(200);
    expect(atFinal.body.data.map((a: any) => a.id)).toEqual([overdue.account_id]);
    expect(atFinal.body.data[0].dunning_level).toBe(1);
    const none = await saldo.request('GET', '/orgs/acme/accounts?dunning_level=none', { key: org.key });
    expect(none.body.data.map((a: any) => a.id)).toEqual([current.account_id]);
    const first = await saldo.request('GET', '/orgs/acme/accounts?limit=1&status=ACCOUNT_OK', { key: org.key });
    expect(first.body.data).toHaveLength(1);
    const second = await saldo.request(
      'GET',
      `/orgs/acme/accounts?limit=1&status=ACCOUNT_OK&cursor=${first.body.next_cursor}`,
      { key: org.key },
    );
    expect([first.body.data[0].id, second.body.data[0].id]).toEqual([overdue.account_id, current.account_id]);
    expect(second.body.next_cursor).toBeNull();
    expect(
      (await saldo.request('GET', '/orgs/acme/accounts?status=ACCOUNT_CLOSED', { key: org.key })).body.data,
    ).toEqual([]);
    expect((await saldo.request('GET', '/orgs/acme/accounts?cursor=abc', { key: org.key })).status).toBe(400);
  });

  it("says a customer's family, or none, and 404 for an unknown customer", async () => {
    const family = await saldo.request('GET', `/orgs/acme/customers/${member.id}/family`, { key: org.key });
    expect(family.body.family).toMatchObject({ name: 'Household', currency: 'EUR' });
    expect((await saldo.request('GET', `/orgs/acme/customers/${loner.id}/family`, { key: org.key })).body).toEqual({
      family: null,
    });
    expect(
      (await saldo.request('GET', '/orgs/acme/customers/00000000-0000-4000-8000-000000000000/family', { key: org.key }))
        .status,
    ).toBe(404);
  });

  it('lists the open charges of an account, and its entries newest first with cursors', async () => {
    const open = await saldo.request('GET', `/orgs/acme/accounts/${overdue.account_id}/entries?open=true&type=CHARGE`, {
      key: org.key,
    });
    expect(open.body.data.map((e: any) => [e.description, e.open_amount])).toEqual([
      ['new', 2000],
      ['late', 300],
    ]);
    const newest = await saldo.request('GET', `/orgs/acme/accounts/${overdue.account_id}/entries?order=desc&limit=2`, {
      key: org.key,
    });
    expect(newest.body.data.map((e: any) => e.description)).toEqual(['late', null]);
    const older = await saldo.request(
      'GET',
      `/orgs/acme/accounts/${overdue.account_id}/entries?order=desc&limit=2&cursor=${newest.body.next_cursor}`,
      { key: org.key },
    );
    expect(older.body.data.map((e: any) => e.description)).toEqual(['new', 'old']);
    expect(older.body.next_cursor).toBeNull();
    expect(newest.body.data[0].balance_after).toBe(-2300);
  });
});
