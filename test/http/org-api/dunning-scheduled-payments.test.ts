// Proves scheduled-payment processing and the daily job on both databases: a scheduled payment
// becomes DUE when its date comes (with an audit event for the payment integration), COLLECTED
// books it as a payment that settles open charges, FAILED books nothing, results out of turn are
// refused; and the daily job runs each organization once a day however many processes tick.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDueOrganizations } from '../../../src/core/dunning/scheduler.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { organizationWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('scheduled payments due and the daily job', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    const { org, base } = await organizationWithAccount(saldo, slug);
    const schedule = async (amount: number, date: string) => {
      const answer = await saldo.request('POST', `${base}/scheduled-payments`, {
        key: org.key,
        body: { amount, date },
      });
      expect(answer.status, answer.text).toBe(201);
      return answer.body.id as string;
    };
    const result = (id: string, status: string) =>
      saldo.request('POST', `/orgs/${slug}/scheduled-payments/${id}/result`, { key: org.key, body: { status } });
    const payment = async (id: string) =>
      (await saldo.request('GET', `/orgs/${slug}/scheduled-payments/${id}`, { key: org.key })).body;
    return { org, base, schedule, result, payment };
  }

  it('marks a scheduled payment due on its date, then books it when collected', async () => {
    const s = await setup('collect');
    await saldo.request('POST', `${s.base}/entries`, {
      key: s.org.key,
      body: { type: 'CHARGE', amount: 8_000, due_date: '2026-03-20' },
    });
    const id = await s.schedule(5_000, '2026-03-20');
    const early = await s.result(id, 'COLLECTED');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('scheduled_payment_state_invalid');

    saldo.clock.set('2026-03-19T10:00:00Z');
    expect(
      (await saldo.request('POST', '/orgs/collect/dunning-runs', { key: s.org.key, body: {} })).body.changes
        .scheduled_payments_due,
    ).toBe(0);
    expect((await s.payment(id)).status).toBe('SCHEDULED');
    saldo.clock.set('2026-03-20T10:00:00Z');
    const run = await saldo.request('POST', '/orgs/collect/dunning-runs', { key: s.org.key, body: {} });
    expect(run.body.changes.scheduled_payments_due).toBe(1);
    expect((await s.payment(id)).status).toBe('DUE');
    const audit = await saldo.request('GET', '/orgs/collect/audit-events', { key: s.org.key });
    const due = audit.body.data.find((e: any) => e.action === 'scheduled_payment.due');
    expect(due).toMatchObject({ resource_type: 'scheduled_payment', resource_id: id, details: { amount: '5000' } });

    const collected = await s.result(id, 'COLLECTED');
    expect(collected.status).toBe(200);
    expect(collected.body).toMatchObject({ id, status: 'COLLECTED' });
    expect(collected.body.payment_entry_id).toMatch(/^trn_/);
    const entry = await saldo.request('GET', `/orgs/collect/entries/${collected.body.payment_entry_id}`, {
      key: s.org.key,
    });
    expect(entry.body).toMatchObject({ type: 'CREDIT', kind: 'PAYMENT', amount: 5_000 });
    const account = await saldo.request('GET', s.base, { key: s.org.key });
    expect(account.body.balance).toBe(-3_000);
    const again = await s.result(id, 'COLLECTED');
    expect(again.status).toBe(409);
  });

  it('books nothing for a failed collection', async () => {
    const s = await setup('fail');
    const id = await s.schedule(2_000, '2026-03-15');
    const failed = await s.result(id, 'FAILED'); // due today, before any run marked it
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ status: 'FAILED', payment_entry_id: null });
    expect((await saldo.request('GET', s.base, { key: s.org.key })).body.balance).toBe(0);
    const bad = await saldo.request('POST', `/orgs/fail/scheduled-payments/${id}/result`, {
      key: s.org.key,
      body: { status: 'CANCELLED' },
    });
    expect(bad.status).toBe(400);
    const unknown = await s.result('spm_00000000000000000000000000', 'FAILED');
    expect(unknown.status).toBe(404);
  });

  it('runs each organization once a day, whichever process ticks first', async () => {
    const s = await setup('daily');
    await saldo.request('PUT', '/orgs/daily/dunning-policy', {
      key: s.org.key,
      body: { levels: [{ name: 'Reminder', days_past_due: 3, fee: 200 }], debt_collection_after_days: null },
    });
    await saldo.request('POST', `${s.base}/entries`, {
      key: s.org.key,
      body: { type: 'CHARGE', amount: 1_000, due_date: '2026-03-10' },
    });
    const id = await s.schedule(700, '2026-03-16');
    saldo.clock.set('2026-03-16T06:00:00Z');
    const [a, b] = await Promise.all([
      runDueOrganizations(saldo.store, saldo.clock, 'process-a'),
      runDueOrganizations(saldo.store, saldo.clock, 'process-b'),
    ]);
    const again = await runDueOrganizations(saldo.store, saldo.clock, 'process-a');
    const runs = (await saldo.request('GET', '/orgs/daily/dunning-runs', { key: s.org.key })).body.data.filter(
      (r: any) => r.trigger === 'SCHEDULE',
    );
    expect(runs).toHaveLength(1);
    expect([...a, ...b, ...again].filter((r) => r === runs[0].id)).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      as_of: '2026-03-16',
      status: 'COMPLETED',
      changes: { fees_posted: 1, scheduled_payments_due: 1 },
    });
    expect((await s.payment(id)).status).toBe('DUE');

    saldo.clock.set('2026-03-17T06:00:00Z');
    await runDueOrganizations(saldo.store, saldo.clock, 'process-b');
    const next = (await saldo.request('GET', '/orgs/daily/dunning-runs', { key: s.org.key })).body.data.filter(
      (r: any) => r.trigger === 'SCHEDULE',
    );
    expect(next.map((r: any) => r.as_of)).toEqual(['2026-03-17', '2026-03-16']);
    expect(next[0].changes.fees_posted).toBe(0);
  });
});
