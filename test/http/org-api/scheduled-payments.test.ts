// Proves the native scheduled payments API over real HTTP on both databases: scheduling with its
// validation ladder and defaults, listing an account's payments by date with cursor paging,
// reading and cancelling one (only while SCHEDULED), idempotent writes, scopes and tenancy.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCHEDULED_PAYMENTS_OPEN_MAX } from '../../../src/core/scheduled-payments/scheduled-payment.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('scheduled payments', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  type Org = { slug: string; key: string; id: string };
  const schedule = (org: Org, accountId: string, body: unknown, headers?: Record<string, string>) =>
    saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/scheduled-payments`, {
      key: org.key,
      body,
      headers,
    });
  const list = (org: Org, accountId: string, query = '') =>
    saldo.request('GET', `/orgs/${org.slug}/accounts/${accountId}/scheduled-payments${query}`, { key: org.key });
  const cancel = (org: Org, id: string) =>
    saldo.request('DELETE', `/orgs/${org.slug}/scheduled-payments/${id}`, { key: org.key });

  it('schedules a payment with the account’s payment method and reads it back', async () => {
    const org = await saldo.organization('spm-create');
    const { account } = await createCustomerWithAccount(saldo, org);
    const created = await schedule(org, account.account_id, { amount: 2_500, date: '2026-04-01' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^spm_[0-9A-HJKMNP-TV-Z]{26}$/),
      account_id: account.account_id,
      amount: 2_500,
      currency: 'EUR',
      date: '2026-04-01',
      method: 'DIRECT_DEBIT',
      status: 'SCHEDULED',
      created_at: '2026-03-15T10:00:00.000Z',
      updated_at: '2026-03-15T10:00:00.000Z',
    });
    const read = await saldo.request('GET', `/orgs/${org.slug}/scheduled-payments/${created.body.id}`, {
      key: org.key,
    });
    expect(read.body).toEqual(created.body);
    const byCard = await schedule(org, account.account_id, { amount: 1, date: '2026-03-15', method: 'CREDIT_CARD' });
    expect(byCard.body).toMatchObject({ method: 'CREDIT_CARD', date: '2026-03-15' });
    // A scheduled payment is a promise, not money: the balance does not move.
    const accountNow = await saldo.request('GET', `/orgs/${org.slug}/accounts/${account.account_id}`, { key: org.key });
    expect(accountNow.body.balance).toBe(0);
  });

  it('validates amount, date and method', async () => {
    const org = await saldo.organization('spm-validate');
    const { account } = await createCustomerWithAccount(saldo, org);
    const cases: Array<[unknown, number, string, string]> = [
      [{ date: '2026-04-01' }, 400, 'validation_failed', '/amount'],
      [{ amount: 0, date: '2026-04-01' }, 400, 'validation_failed', '/amount'],
      [{ amount: -5, date: '2026-04-01' }, 400, 'validation_failed', '/amount'],
      [{ amount: 1.5, date: '2026-04-01' }, 400, 'validation_failed', '/amount'],
      [{ amount: '100', date: '2026-04-01' }, 400, 'validation_failed', '/amount'],
      [{ amount: 100 }, 400, 'validation_failed', '/date'],
      [{ amount: 100, date: '01.04.2026' }, 400, 'validation_failed', '/date'],
      [{ amount: 100, date: '2026-02-30' }, 400, 'validation_failed', '/date'],
      [{ amount: 100, date: '2026-03-14' }, 400, 'validation_failed', '/date'],
      [{ amount: 100, date: '2031-03-16' }, 400, 'validation_failed', '/date'],
      [{ amount: 100, date: '2026-04-01', method: 'CASH' }, 400, 'validation_failed', '/method'],
      [{ amount: 100, date: '2026-04-01', extra: true }, 400, 'validation_failed', '/extra'],
    ];
    for (const [body, status, code, pointer] of cases) {
      const answer = await schedule(org, account.account_id, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.code, JSON.stringify(body)).toBe(code);
      expect(answer.body.errors?.[0]?.pointer, JSON.stringify(body)).toBe(pointer);
    }
    expect((await schedule(org, account.account_id, { amount: 100, date: '2031-03-15' })).status).toBe(201);
    const unknown = await schedule(org, '00000000-0000-4000-8000-000000000000', { amount: 100, date: '2026-04-01' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('account_not_found');
  });

  it(`refuses payment ${SCHEDULED_PAYMENTS_OPEN_MAX + 1} open on one account, and counts cancelled ones out`, async () => {
    const org = await saldo.organization('spm-bound');
    const { account } = await createCustomerWithAccount(saldo, org);
    let lastId = '';
    for (let i = 0; i < SCHEDULED_PAYMENTS_OPEN_MAX; i++) {
      const answer = await schedule(org, account.account_id, { amount: 1 + i, date: '2026-05-01' });
      expect(answer.status).toBe(201);
      lastId = answer.body.id;
    }
    const refused = await schedule(org, account.account_id, { amount: 1, date: '2026-05-01' });
    expect(refused.status).toBe(400);
    expect((await cancel(org, lastId)).status).toBe(204);
    expect((await schedule(org, account.account_id, { amount: 1, date: '2026-05-01' })).status).toBe(201);
  });

  it('lists an account’s payments by date then id, page by page', async () => {
    const org = await saldo.organization('spm-list');
    const { account } = await createCustomerWithAccount(saldo, org);
    const { account: otherAccount } = await createCustomerWithAccount(saldo, org);
    await schedule(org, otherAccount.account_id, { amount: 1, date: '2026-03-20' });
    const dates = ['2026-06-01', '2026-04-01', '2026-05-01', '2026-04-01', '2026-03-15', '2026-12-31', '2026-04-01'];
    const created: Array<{ id: string; date: string }> = [];
    for (const [i, date] of dates.entries())
      created.push((await schedule(org, account.account_id, { amount: 100 + i, date })).body);
    const expected = [...created].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1)).map((p) => p.id);
    const all = await list(org, account.account_id);
    expect(all.body.data.map((p: any) => p.id)).toEqual(expected);
    expect(all.body.next_cursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await list(org, account.account_id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((p: any) => p.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(expected);
    for (const [query, status] of [
      ['?limit=0', 400],
      ['?limit=101', 400],
      ['?cursor=bogus', 400],
      ['?other=1', 400],
    ] as const) {
      expect((await list(org, account.account_id, query)).status, query).toBe(status);
    }
    expect((await list(org, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('cancels a SCHEDULED payment once; a due or cancelled one is 409', async () => {
    const org = await saldo.organization('spm-cancel');
    const { account } = await createCustomerWithAccount(saldo, org);
    const payment = (await schedule(org, account.account_id, { amount: 700, date: '2026-04-01' })).body;
    saldo.clock.set('2026-03-16T08:00:00Z');
    expect((await cancel(org, payment.id)).status).toBe(204);
    saldo.clock.set('2026-03-15T10:00:00Z');
    const read = await saldo.request('GET', `/orgs/${org.slug}/scheduled-payments/${payment.id}`, { key: org.key });
    expect(read.body).toMatchObject({ status: 'CANCELLED', updated_at: '2026-03-16T08:00:00.000Z' });
    const again = await cancel(org, payment.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'scheduled_payment_not_cancellable',
      status: 409,
      scheduled_payment_status: 'CANCELLED',
    });

    const due = (await schedule(org, account.account_id, { amount: 800, date: '2026-03-15' })).body;
    const stored = await saldo.store.scheduledPayments.findByPublicId(org.id, due.id);
    expect(
      await saldo.store.scheduledPayments.transition(
        org.id,
        stored!.id,
        'SCHEDULED',
        'DUE',
        '2026-03-15T10:00:00.000Z',
      ),
    ).toBe(true);
    const refused = await cancel(org, due.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('scheduled_payment_not_cancellable');

    const unknown = await cancel(org, 'spm_00000000000000000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('scheduled_payment_not_found');
    const trail = await saldo.request('GET', `/orgs/${org.slug}/audit-events`, { key: org.key });
    expect(trail.body.data.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['scheduled_payment.created', 'scheduled_payment.cancelled']),
    );
  });

  it('replays a schedule with the same Idempotency-Key instead of scheduling twice', async () => {
    const org = await saldo.organization('spm-idem');
    const { account } = await createCustomerWithAccount(saldo, org);
    const headers = { 'idempotency-key': 'run-2026-04' };
    const first = await schedule(org, account.account_id, { amount: 100, date: '2026-04-01' }, headers);
    const again = await schedule(org, account.account_id, { amount: 100, date: '2026-04-01' }, headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect((await list(org, account.account_id)).body.data).toHaveLength(1);
  });

  it('refuses a closed account (409) and hides other organizations (404); asks for account scopes', async () => {
    const org = await saldo.organization('spm-access');
    const other = await saldo.organization('spm-access-other');
    const { account } = await createCustomerWithAccount(saldo, org);
    const { account: foreign } = await createCustomerWithAccount(saldo, other);
    const theirs = (await schedule(other, foreign.account_id, { amount: 1, date: '2026-04-01' })).body;
    expect((await schedule(org, foreign.account_id, { amount: 1, date: '2026-04-01' })).status).toBe(404);
    expect(
      (await saldo.request('GET', `/orgs/${org.slug}/scheduled-payments/${theirs.id}`, { key: org.key })).status,
    ).toBe(404);
    expect((await cancel(org, theirs.id)).status).toBe(404);

    const reader = await saldo.issueKey('spm-access', ['CUSTOMER_ACCOUNT_READ']);
    const denied = await saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/scheduled-payments`, {
      key: reader.key,
      body: { amount: 1, date: '2026-04-01' },
    });
    expect(denied.status).toBe(403);
    expect(
      (
        await saldo.request('GET', `/orgs/${org.slug}/accounts/${account.account_id}/scheduled-payments`, {
          key: reader.key,
        })
      ).status,
    ).toBe(200);
    expect(
      (await saldo.request('GET', `/orgs/${org.slug}/accounts/${account.account_id}/scheduled-payments`)).status,
    ).toBe(401);

    await saldo.store.db
      .updateTable('accounts')
      .set({ status: 'ACCOUNT_CLOSED' })
      .where('uuid', '=', account.account_id)
      .execute();
    const closed = await schedule(org, account.account_id, { amount: 1, date: '2026-04-01' });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('account_closed');
  });
});
