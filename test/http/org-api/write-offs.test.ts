// Proves write-offs and refunds over HTTP on both databases: the whole open amount and a part of
// it, oldest charges first; refusals beyond the open amount or the credit (409, nothing written);
// bad bodies and other organizations' accounts; reversal through the entries API; the events and
// audit rows; a written-off account closing; v1 balances, v4 and the family balance counting a
// write-off as a credit and a refund as a charge; and value_date on a single payment.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('write-offs and refunds', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization(slug);
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${slug}/accounts/${account.account_id}`;
    const post = (path: string, body: unknown) => saldo.request('POST', `${base}/${path}`, { key: org.key, body });
    const charge = async (amount: number, due_date: string) => {
      const answer = await post('entries', { type: 'CHARGE', amount, due_date });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const pay = async (amount: number) => {
      const answer = await post('payments', { amount });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const read = async () => (await saldo.request('GET', base, { key: org.key })).body;
    const entries = async () =>
      (await saldo.request('GET', `${base}/entries?limit=100`, { key: org.key })).body.data as any[];
    return { org, customer, account, base, post, charge, pay, read, entries };
  }

  it('writes off the whole open amount by default, oldest charges first, and the account can then close', async () => {
    const s = await setup('wo-whole');
    const older = await s.charge(3000, '2026-01-10');
    const newer = await s.charge(2000, '2026-02-10');
    await s.pay(1000);

    const answer = await s.post('write-offs', { reason: 'Customer insolvent' });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({
      type: 'CREDIT',
      kind: 'WRITE_OFF',
      amount: 4000,
      open_amount: 0,
      description: 'Customer insolvent',
      balance_after: 0,
    });
    expect(answer.body.allocations.map((a: any) => [a.entry_id, a.amount])).toEqual([
      [older.id, 2000],
      [newer.id, 2000],
    ]);
    expect(await s.read()).toMatchObject({ balance: 0, open_amount: 0, unallocated: 0 });

    const closed = await saldo.request('POST', `${s.base}/status`, {
      key: s.org.key,
      body: { status: 'ACCOUNT_CLOSED' },
    });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.status).toBe('ACCOUNT_CLOSED');
  });

  it('writes off a part, refuses more than is open with 409 and writes nothing', async () => {
    const s = await setup('wo-part');
    const older = await s.charge(3000, '2026-01-10');
    await s.charge(2000, '2026-02-10');
    const part = await s.post('write-offs', { amount: 3500, reason: 'Goodwill' });
    expect(part.status, part.text).toBe(201);
    expect(part.body.allocations[0]).toMatchObject({ entry_id: older.id, amount: 3000 });
    expect(part.body.allocations[1].amount).toBe(500);

    const before = await s.entries();
    const tooMuch = await s.post('write-offs', { amount: 1501, reason: 'Too much' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({ code: 'write_off_exceeds_open_amount', errors: [{ pointer: '/amount' }] });
    expect(await s.entries()).toEqual(before);
    expect(await s.read()).toMatchObject({ balance: -1500, open_amount: 1500 });

    expect((await s.post('write-offs', { reason: 'The rest' })).status).toBe(201);
    const nothing = await s.post('write-offs', { reason: 'Again' });
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('write_off_exceeds_open_amount');
  });

  it('refunds unallocated credit and refuses more than it with 409', async () => {
    const s = await setup('refund');
    await s.charge(1000, '2026-03-01');
    await s.pay(6000);
    expect(await s.read()).toMatchObject({ balance: 5000, unallocated: 5000 });

    const answer = await s.post('refunds', { amount: 3000, description: 'Paid back to IBAN' });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({
      type: 'CHARGE',
      kind: 'REFUND',
      amount: 3000,
      open_amount: 0,
      description: 'Paid back to IBAN',
      balance_after: 2000,
    });
    expect(answer.body.allocations).toHaveLength(1);
    expect(await s.read()).toMatchObject({ balance: 2000, unallocated: 2000, open_amount: 0 });

    const before = await s.entries();
    const tooMuch = await s.post('refunds', { amount: 2001 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({ code: 'refund_exceeds_credit', errors: [{ pointer: '/amount' }] });
    expect(await s.entries()).toEqual(before);
    expect((await s.post('refunds', { amount: 2000 })).status).toBe(201);
    expect(await s.read()).toMatchObject({ balance: 0, unallocated: 0, open_amount: 0 });
  });

  it('reverses a write-off and a refund through the entries API', async () => {
    const s = await setup('wo-reverse');
    await s.charge(4000, '2026-02-01');
    const written = await s.post('write-offs', { reason: 'Dispute lost' });
    const undone = await saldo.request('POST', `/orgs/${s.org.slug}/entries/${written.body.id}/reversal`, {
      key: s.org.key,
      body: {},
    });
    expect(undone.status, undone.text).toBe(201);
    expect(await s.read()).toMatchObject({ balance: -4000, open_amount: 4000 });

    await s.pay(5000);
    const refunded = await s.post('refunds', { amount: 1000 });
    expect(refunded.status).toBe(201);
    expect(await s.read()).toMatchObject({ balance: 0, unallocated: 0 });
    const back = await saldo.request('POST', `/orgs/${s.org.slug}/entries/${refunded.body.id}/reversal`, {
      key: s.org.key,
      body: {},
    });
    expect(back.status, back.text).toBe(201);
    expect(await s.read()).toMatchObject({ balance: 1000, unallocated: 1000 });
  });

  it('records entry.posted events with the kind, and audit rows', async () => {
    const s = await setup('wo-events');
    await s.charge(1000, '2026-02-01');
    const written = await s.post('write-offs', { amount: 400, reason: 'Small balance' });
    await s.pay(2000);
    const refunded = await s.post('refunds', { amount: 1400 });
    const feed = await saldo.request('GET', `/orgs/${s.org.slug}/events?types=entry.posted`, { key: s.org.key });
    expect(feed.status, feed.text).toBe(200);
    const posted = feed.body.data.map((e: any) => [e.data.id, e.data.kind]);
    expect(posted).toContainEqual([written.body.id, 'WRITE_OFF']);
    expect(posted).toContainEqual([refunded.body.id, 'REFUND']);
    const trail = await saldo.request('GET', `/orgs/${s.org.slug}/audit-events`, { key: s.org.key });
    const actions = trail.body.data.map((e: any) => e.action);
    expect(actions).toContain('entry.written_off');
    expect(actions).toContain('entry.refunded');
    const row = trail.body.data.find((e: any) => e.action === 'entry.written_off');
    expect(row).toMatchObject({ resource_id: written.body.id });
    expect(row.details).toMatchObject({ kind: 'WRITE_OFF', amount: '400', reason: 'Small balance' });
  });

  it('answers bad bodies with 400 and a pointer, other organizations’ accounts with 404, and writes nothing', async () => {
    const s = await setup('wo-bad');
    await s.charge(1000, '2026-02-01');
    await s.pay(3000);
    const cases: Array<[string, unknown, string]> = [
      ['write-offs', { amount: 0, reason: 'x' }, '/amount'],
      ['write-offs', { amount: -5, reason: 'x' }, '/amount'],
      ['write-offs', { amount: '10', reason: 'x' }, '/amount'],
      ['write-offs', { amount: 1.5, reason: 'x' }, '/amount'],
      ['write-offs', { amount: 10 }, '/reason'],
      ['write-offs', { reason: '' }, '/reason'],
      ['write-offs', { reason: 'x', extra: 1 }, '/extra'],
      ['refunds', {}, '/amount'],
      ['refunds', { amount: 0 }, '/amount'],
      ['refunds', { amount: -1 }, '/amount'],
      ['refunds', { amount: 10, description: 'x'.repeat(501) }, '/description'],
    ];
    const before = await s.entries();
    for (const [path, body, pointer] of cases) {
      const answer = await s.post(path, body);
      expect(answer.status, `${path} ${JSON.stringify(body)}: ${answer.text}`).toBe(400);
      expect(answer.body.errors?.[0]?.pointer, JSON.stringify(answer.body)).toBe(pointer);
    }
    const other = await saldo.organization('wo-bad-other');
    for (const path of ['write-offs', 'refunds']) {
      const foreign = await saldo.request('POST', `/orgs/${other.slug}/accounts/${s.account.account_id}/${path}`, {
        key: other.key,
        body: { amount: 10, reason: 'x' },
      });
      expect(foreign.status).toBe(path === 'refunds' ? 400 : 404);
      const foreignOk = await saldo.request('POST', `/orgs/${other.slug}/accounts/${s.account.account_id}/${path}`, {
        key: other.key,
        body: path === 'refunds' ? { amount: 10 } : { amount: 10, reason: 'x' },
      });
      expect(foreignOk.status).toBe(404);
      const unknown = await saldo.request(
        'POST',
        `/orgs/${s.org.slug}/accounts/00000000-0000-4000-8000-000000000000/${path}`,
        {
          key: s.org.key,
          body: path === 'refunds' ? { amount: 10 } : { amount: 10, reason: 'x' },
        },
      );
      expect(unknown.status).toBe(404);
    }
    expect(await s.entries()).toEqual(before);
  });

  it('keeps v1 balances, v4 and the family balance exact: a write-off counts as a credit, a refund as a charge', async () => {
    const s = await setup('wo-dialects');
    const family = await saldo.request('POST', `/orgs/${s.org.slug}/families`, {
      key: s.org.key,
      body: { name: 'Family', currency: 'EUR' },
    });
    expect(family.status).toBe(201);
    expect(
      (
        await saldo.request('PUT', `/orgs/${s.org.slug}/families/${family.body.id}/members/${s.customer.id}`, {
          key: s.org.key,
        })
      ).status,
    ).toBe(204);

    await s.charge(10_000, '2026-02-01');
    await s.post('write-offs', { amount: 2_500, reason: 'Partial write-off' });
    await s.pay(9_000);
    await s.post('refunds', { amount: 1_000 });
    // charged 10 000 + 1 000 (refund); credited 2 500 (write-off) + 9 000 → balance 500
    const v1 = await saldo.request('GET', `/v1/customers/${s.customer.number}/account/balances`, { key: s.org.key });
    expect(v1.status).toBe(200);
    expect(v1.body.accountBalance).toEqual({ amount: 5, currency: 'EUR' });
    const v4 = await saldo.request('GET', `/v4/customer/${s.customer.number}?auditUser=a`, { key: s.org.key });
    expect(v4.status).toBe(200);
    expect(v4.body[0].balance).toBe(5);
    const familyBalance = await saldo.request('GET', `/v1/families/${family.body.id}/balance`, { key: s.org.key });
    expect(familyBalance.status, familyBalance.text).toBe(200);
    expect(familyBalance.body).toMatchObject({ debit: 11_000, credit: 11_500, balance: 500 });
  });

  it('takes value_date on a single payment, not after today', async () => {
    const s = await setup('wo-value-date');
    await s.charge(1000, '2026-02-01');
    const paid = await s.post('payments', { amount: 1000, value_date: '2026-03-10' });
    expect(paid.status, paid.text).toBe(201);
    expect(paid.body.value_date).toBe('2026-03-10');
    const read = await saldo.request('GET', `/orgs/${s.org.slug}/entries/${paid.body.id}`, { key: s.org.key });
    expect(read.body.value_date).toBe('2026-03-10');
    const future = await s.post('payments', { amount: 10, value_date: '2026-03-16' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].pointer).toBe('/value_date');
    const malformed = await s.post('payments', { amount: 10, value_date: '2026-02-30' });
    expect(malformed.status).toBe(400);
    expect((await s.post('payments', { amount: 10 })).body.value_date).toBeNull();
  });
});
