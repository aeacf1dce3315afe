// Proves installment plans over HTTP on both databases: an exact split (100.00 in 3 → 33.33,
// 33.33, 33.34) due month by month, the balance and the charged and credited totals unchanged,
// originals flagged as in a plan, payments settling installments, dunning counting the
// installments instead of the originals, cancelling restoring what is unpaid, and the refusals.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { organizationWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('installment plans', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    const { org, account, base } = await organizationWithAccount(saldo, slug);
    const charge = async (amount: number, due_date = '2026-03-10') => {
      const answer = await saldo.request('POST', `${base}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount, due_date },
      });
      expect(answer.status).toBe(201);
      return answer.body.id as string;
    };
    const plan = (body: Record<string, unknown>) =>
      saldo.request('POST', `${base}/installment-plans`, { key: org.key, body });
    const read = async () => (await saldo.request('GET', base, { key: org.key })).body;
    const entry = async (id: string) =>
      (await saldo.request('GET', `/orgs/${slug}/entries/${id}`, { key: org.key })).body;
    return { org, accountId: account.account_id as string, base, charge, plan, read, entry };
  }

  it('splits 100.00 into 33.33, 33.33 and 33.34, month by month, leaving balance and totals unchanged', async () => {
    const s = await setup('split');
    const original = await s.charge(10_000);
    const before = await s.read();
    const created = await s.plan({ entry_ids: [original], installments: 3, first_due_date: '2026-04-01' });
    expect(created.status, created.text).toBe(201);
    expect(created.body.id).toMatch(/^ipl_/);
    expect(created.body.installments.map((i: any) => [i.amount, i.due_date])).toEqual([
      [3_333, '2026-04-01'],
      [3_333, '2026-05-01'],
      [3_334, '2026-06-01'],
    ]);
    expect(created.body.total).toBe(10_000);

    const after = await s.read();
    for (const field of ['balance', 'total_charged', 'total_credited', 'available']) {
      if (field in before) expect(after[field], field).toBe(before[field]);
    }
    expect(after.balance).toBe(-10_000);
    const originalNow = await s.entry(original);
    expect(originalNow).toMatchObject({ installment_plan: true, open_amount: 0, amount: 10_000 });
    const installment = await s.entry(created.body.installments[0].entry_id);
    expect(installment).toMatchObject({
      type: 'CHARGE',
      kind: 'INSTALLMENT',
      amount: 3_333,
      open_amount: 3_333,
      installment_plan: false,
    });

    const read = await saldo.request('GET', `/orgs/split/installment-plans/${created.body.id}`, { key: s.org.key });
    expect(read.body).toEqual(created.body);
    const listed = await saldo.request('GET', `${s.base}/installment-plans`, { key: s.org.key });
    expect(listed.body.data.map((p: any) => p.id)).toEqual([created.body.id]);

    const interval = await s.plan({
      entry_ids: [await s.charge(1_000)],
      installments: 2,
      first_due_date: '2026-01-31',
      interval_months: 3,
    });
    expect(interval.body.installments.map((i: any) => i.due_date)).toEqual(['2026-01-31', '2026-04-30']);
  });

  it('settles installments with payments, and cancelling gives the originals back what is unpaid', async () => {
    const s = await setup('cancel');
    const first = await s.charge(6_000, '2026-03-01');
    const second = await s.charge(4_000, '2026-03-05');
    const plan = (await s.plan({ entry_ids: [first, second], installments: 4, first_due_date: '2026-04-01' })).body;
    expect(plan.installments.map((i: any) => i.amount)).toEqual([2_500, 2_500, 2_500, 2_500]);

    const paid = await saldo.request('POST', `${s.base}/payments`, { key: s.org.key, body: { amount: 3_000 } });
    expect(paid.body.allocations.map((a: any) => a.entry_id)).toEqual([
      plan.installments[0].entry_id,
      plan.installments[1].entry_id,
    ]);

    const cancelled = await saldo.request('DELETE', `/orgs/cancel/installment-plans/${plan.id}`, { key: s.org.key });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    expect(cancelled.body.installments.every((i: any) => i.open_amount === 0)).toBe(true);
    // 3,000 paid stays paid: it counts against the oldest original first.
    expect(await s.entry(first)).toMatchObject({ installment_plan: false, open_amount: 3_000 });
    expect(await s.entry(second)).toMatchObject({ installment_plan: false, open_amount: 4_000 });
    expect((await s.read()).balance).toBe(-7_000);

    const twice = await saldo.request('DELETE', `/orgs/cancel/installment-plans/${plan.id}`, { key: s.org.key });
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('installment_plan_invalid');
    const missing = await saldo.request('DELETE', '/orgs/cancel/installment-plans/ipl_00000000000000000000000000', {
      key: s.org.key,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('installment_plan_not_found');
  });

  it('lets dunning count the installments, not the originals', async () => {
    const s = await setup('plan-dunning');
    await saldo.request('PUT', '/orgs/plan-dunning/dunning-policy', {
      key: s.org.key,
      body: { levels: [{ name: 'Reminder', days_past_due: 5, fee: 100 }], debt_collection_after_days: null },
    });
    const original = await s.charge(9_000, '2026-03-01');
    await s.plan({ entry_ids: [original], installments: 3, first_due_date: '2026-04-01' });
    const quiet = await saldo.request('POST', '/orgs/plan-dunning/dunning-runs', { key: s.org.key, body: {} });
    expect(quiet.body.accounts_evaluated).toBe(0);
    const late = await saldo.request('POST', '/orgs/plan-dunning/dunning-runs', {
      key: s.org.key,
      body: { as_of: '2026-04-06' },
    });
    expect(late.body.changes).toMatchObject({ escalated: 1, fees_posted: 1 });
    const detail = await saldo.request('GET', `/orgs/plan-dunning/dunning-runs/${late.body.id}`, { key: s.org.key });
    expect(detail.body.account_changes[0]).toMatchObject({
      anchor_date: '2026-04-01',
      days_past_due: 5,
      overdue_amount: 3_000,
    });
  });

  it.each([
    [
      'no entries',
      (_: string) => ({ entry_ids: [], installments: 2, first_due_date: '2026-04-01' }),
      400,
      'validation_failed',
    ],
    [
      'zero installments',
      (id: string) => ({ entry_ids: [id], installments: 0, first_due_date: '2026-04-01' }),
      400,
      'validation_failed',
    ],
    [
      'an impossible date',
      (id: string) => ({ entry_ids: [id], installments: 2, first_due_date: '2026-02-30' }),
      400,
      'validation_failed',
    ],
    [
      'an unknown entry',
      (_: string) => ({ entry_ids: ['trn_0000000000000ZZZZZZZZZZZZZ'], installments: 2, first_due_date: '2026-04-01' }),
      404,
      'entry_not_found',
    ],
    [
      'more installments than minor units',
      (id: string) => ({ entry_ids: [id], installments: 120, first_due_date: '2026-04-01' }),
      422,
      'installment_plan_invalid',
    ],
  ])('refuses %s', async (_name, body, status, code) => {
    const s = await setup(`plan-refuse-${Math.random().toString(36).slice(2, 10)}`);
    const id = await s.charge(100);
    const answer = await s.plan(body(id));
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
  });

  it('refuses credits, settled charges and charges already in a plan', async () => {
    const s = await setup('plan-refusals');
    const credit = await saldo.request('POST', `${s.base}/entries`, {
      key: s.org.key,
      body: { type: 'CREDIT', amount: 500 },
    });
    const asCredit = await s.plan({ entry_ids: [credit.body.id], installments: 2, first_due_date: '2026-04-01' });
    expect(asCredit.status).toBe(422);
    const settled = await s.charge(500); // settled at once by the credit
    expect((await s.plan({ entry_ids: [settled], installments: 2, first_due_date: '2026-04-01' })).body.code).toBe(
      'installment_plan_invalid',
    );
    const open = await s.charge(1_000);
    expect((await s.plan({ entry_ids: [open], installments: 2, first_due_date: '2026-04-01' })).status).toBe(201);
    const again = await s.plan({ entry_ids: [open], installments: 2, first_due_date: '2026-04-01' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('entry_in_installment_plan');
  });
});
