// Proves interest on overdue charges over HTTP on both databases, against worked cases (see
// docs/interest.md): the brief's 10 000 for 73 days at 10 % → 200, a leap year, a partial
// payment with a value date mid-period, grace days, rate 0 leaving days open, a rate change
// between runs, re-runs and concurrent runs and a past as_of never charging a day twice, MONTHLY
// posting, a template's own interest, and the policy's validation (400 with a pointer).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer, createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

type Interest = { annual_rate_percent: unknown; grace_days?: number; posting?: string };

describeEachDatabase('interest', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string, interest: Interest | null, today: string) {
    saldo.clock.set(`${today}T10:00:00Z`);
    const org = await saldo.organization(slug);
    const policy = (body: Interest | null) =>
      saldo.request('PUT', `/orgs/${slug}/dunning-policy`, { key: org.key, body: { levels: [], interest: body } });
    const put = await policy(interest);
    expect(put.status, put.text).toBe(200);
    const { account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${slug}/accounts/${account.account_id}`;
    const charge = async (amount: number, due_date: string) => {
      const answer = await saldo.request('POST', `${base}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount, due_date },
      });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const pay = async (amount: number, value_date?: string) => {
      const answer = await saldo.request('POST', `${base}/payments`, {
        key: org.key,
        body: { amount, ...(value_date ? { value_date } : {}) },
      });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const run = async (as_of: string) => {
      const answer = await saldo.request('POST', `/orgs/${slug}/dunning-runs`, { key: org.key, body: { as_of } });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const interestEntries = async (accountBase = base) => {
      const page = await saldo.request('GET', `${accountBase}/entries?limit=100`, { key: org.key });
      return (page.body.data as any[])
        .filter((e) => e.kind === 'INTEREST')
        .map((e) => ({ amount: e.amount, due_date: e.due_date }));
    };
    return { org, account, base, policy, charge, pay, run, interestEntries };
  }

  it("books the brief's example: 10 000 overdue for 73 days at 10 % is 200, due on as_of", async () => {
    const s = await setup('int-brief', { annual_rate_percent: 10 }, '2026-03-15');
    await s.charge(10_000, '2026-01-01');
    const run = await s.run('2026-03-15');
    expect(run.changes).toMatchObject({ interest_posted: 1, interest_amount: 200 });
    expect(await s.interestEntries()).toEqual([{ amount: 200, due_date: '2026-03-15' }]);
    const entries = (await saldo.request('GET', `${s.base}/entries?limit=100`, { key: s.org.key })).body.data;
    expect(entries.find((e: any) => e.kind === 'INTEREST')).toMatchObject({
      type: 'CHARGE',
      description: 'Interest at 10 % a year through 2026-03-15',
    });
  });

  it('counts 29 days in a leap February at 1/365 each', async () => {
    const s = await setup('int-leap', { annual_rate_percent: 10 }, '2028-03-01');
    await s.charge(36_500, '2028-02-01'); // 10 a day at 10 %
    await s.run('2028-03-01');
    expect(await s.interestEntries()).toEqual([{ amount: 290, due_date: '2028-03-01' }]);
  });

  it('stops charging the paid part from the value date of a partial payment', async () => {
    const s = await setup('int-partial', { annual_rate_percent: 10 }, '2026-02-15');
    await s.charge(36_500, '2026-01-31');
    await s.pay(18_250, '2026-02-10'); // booked on the 15th, paid on the 10th
    saldo.clock.set('2026-02-28T10:00:00Z');
    await s.run('2026-02-28');
    // 1–9 February on 36 500 (10 a day) + 10–28 February on 18 250 (5 a day) = 90 + 95
    expect(await s.interestEntries()).toEqual([{ amount: 185, due_date: '2026-02-28' }]);
  });

  it('charges a charge paid late for the days it stood open', async () => {
    const s = await setup('int-late', { annual_rate_percent: 10 }, '2026-02-21');
    await s.charge(36_500, '2026-01-31');
    await s.pay(36_500, '2026-02-21');
    await s.run('2026-02-28');
    expect(await s.interestEntries()).toEqual([{ amount: 200, due_date: '2026-02-28' }]); // 1–20 February
  });

  it('starts after the grace days', async () => {
    const s = await setup('int-grace', { annual_rate_percent: 10, grace_days: 10 }, '2026-02-28');
    await s.charge(36_500, '2026-01-31');
    await s.run('2026-02-28');
    expect(await s.interestEntries()).toEqual([{ amount: 180, due_date: '2026-02-28' }]); // 11–28 February
  });

  it('books nothing at rate 0 and leaves the days open for a later rate', async () => {
    const s = await setup('int-zero', { annual_rate_percent: 0, posting: 'EACH_RUN' }, '2026-02-28');
    await s.charge(36_500, '2026-01-31');
    expect((await s.run('2026-02-28')).changes.interest_posted).toBe(0);
    expect(await s.interestEntries()).toEqual([]);
    expect((await s.policy({ annual_rate_percent: 10, posting: 'EACH_RUN' })).status).toBe(200);
    await s.run('2026-02-28');
    expect(await s.interestEntries()).toEqual([{ amount: 280, due_date: '2026-02-28' }]);
  });

  it('charges each day once at the rate in force when its run books it', async () => {
    const s = await setup('int-rate-change', { annual_rate_percent: 10, posting: 'EACH_RUN' }, '2026-03-15');
    await s.charge(36_500, '2026-01-31');
    await s.run('2026-02-28');
    expect((await s.policy({ annual_rate_percent: 5, posting: 'EACH_RUN' })).status).toBe(200);
    await s.run('2026-03-15');
    expect(await s.interestEntries()).toEqual([
      { amount: 280, due_date: '2026-02-28' }, // 28 days at 10 a day
      { amount: 75, due_date: '2026-03-15' }, // 1–15 March at 5 %: 5 a day
    ]);
  });

  it('never charges a day twice: a re-run, a past as_of, concurrent runs', async () => {
    const s = await setup('int-twice', { annual_rate_percent: 10, posting: 'EACH_RUN' }, '2026-03-15');
    await s.charge(36_500, '2026-01-31');
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        saldo.request('POST', '/orgs/int-twice/dunning-runs', { key: s.org.key, body: { as_of: '2026-02-28' } }),
      ),
    );
    for (const answer of runs) expect([201, 409]).toContain(answer.status);
    expect(await s.interestEntries()).toEqual([{ amount: 280, due_date: '2026-02-28' }]);
    expect((await s.run('2026-02-28')).changes.interest_posted).toBe(0);
    expect((await s.run('2026-02-10')).changes.interest_posted).toBe(0);
    await s.run('2026-03-10');
    expect(await s.interestEntries()).toEqual([
      { amount: 280, due_date: '2026-02-28' },
      { amount: 100, due_date: '2026-03-10' },
    ]);
  });

  it('posts MONTHLY by default: the first run of a month books, later runs in that month do not', async () => {
    const s = await setup('int-monthly', { annual_rate_percent: 10 }, '2026-04-15');
    await s.charge(36_500, '2026-01-31');
    await s.run('2026-02-10');
    await s.run('2026-02-20');
    await s.run('2026-03-05');
    expect(await s.interestEntries()).toEqual([
      { amount: 100, due_date: '2026-02-10' },
      { amount: 230, due_date: '2026-03-05' }, // 11 February – 5 March
    ]);
  });

  it('books on a closed account that owes again (a returned payment)', async () => {
    const s = await setup('int-closed', { annual_rate_percent: 10 }, '2026-02-21');
    await s.charge(36_500, '2026-01-31');
    const paid = await s.pay(36_500, '2026-02-21');
    const closed = await saldo.request('POST', `${s.base}/status`, {
      key: s.org.key,
      body: { status: 'ACCOUNT_CLOSED' },
    });
    expect(closed.status, closed.text).toBe(200);
    const returned = await saldo.request('POST', `/orgs/int-closed/entries/${paid.id}/reversal`, {
      key: s.org.key,
      body: {},
    });
    expect(returned.status, returned.text).toBe(201);
    await s.run('2026-02-28');
    // The returned payment never settled anything: 1–28 February on the whole amount.
    expect(await s.interestEntries()).toEqual([{ amount: 280, due_date: '2026-02-28' }]);
  });

  it("follows a template's own interest", async () => {
    const s = await setup('int-template', null, '2026-03-15');
    const template = await saldo.request('POST', '/orgs/int-template/account-templates', {
      key: s.org.key,
      body: { name: 'late', currency: 'EUR' },
    });
    expect(template.status, template.text).toBe(201);
    const own = await saldo.request('PUT', '/orgs/int-template/account-templates/late/dunning-policy', {
      key: s.org.key,
      body: { levels: [], interest: { annual_rate_percent: 10, posting: 'EACH_RUN' } },
    });
    expect(own.status, own.text).toBe(200);
    expect(own.body.interest).toEqual({ annual_rate_percent: 10, grace_days: 0, posting: 'EACH_RUN' });
    const customer = await createCustomer(saldo, s.org);
    const account = await createAccount(saldo, s.org, customer.id, { template: 'late' });
    const base = `/orgs/int-template/accounts/${account.account_id}`;
    expect(
      (
        await saldo.request('POST', `${base}/entries`, {
          key: s.org.key,
          body: { type: 'CHARGE', amount: 36_500, due_date: '2026-01-31' },
        })
      ).status,
    ).toBe(201);
    await s.charge(36_500, '2026-01-31'); // the organization's account: no interest
    await s.run('2026-02-28');
    expect(await s.interestEntries(base)).toEqual([{ amount: 280, due_date: '2026-02-28' }]);
    expect(await s.interestEntries()).toEqual([]);
  });

  it.each([
    ['above 100', { annual_rate_percent: 100.0001 }, '/interest/annual_rate_percent'],
    ['five decimals', { annual_rate_percent: 7.12345 }, '/interest/annual_rate_percent'],
    ['negative', { annual_rate_percent: -1 }, '/interest/annual_rate_percent'],
    ['text', { annual_rate_percent: '7' }, '/interest/annual_rate_percent'],
    ['missing rate', { grace_days: 3 }, '/interest/annual_rate_percent'],
    ['negative grace', { annual_rate_percent: 5, grace_days: -1 }, '/interest/grace_days'],
    ['unknown posting', { annual_rate_percent: 5, posting: 'WEEKLY' }, '/interest/posting'],
  ])('refuses an interest policy with %s (400, pointer, nothing changed)', async (_name, interest, pointer) => {
    const slug = `int-bad-${Math.random().toString(36).slice(2, 8)}`;
    const s = await setup(slug, { annual_rate_percent: 7.25, grace_days: 3 }, '2026-03-15');
    const answer = await s.policy(interest as Interest);
    expect(answer.status, answer.text).toBe(400);
    expect(answer.body.errors[0].pointer).toBe(pointer);
    const read = await saldo.request('GET', `/orgs/${slug}/dunning-policy`, { key: s.org.key });
    expect(read.body.interest).toEqual({ annual_rate_percent: 7.25, grace_days: 3, posting: 'MONTHLY' });
  });
});
