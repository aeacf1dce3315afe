// Proves the v1 customers dialect (seeds 000, 001) over real HTTP on both databases: balances of
// the default account after charges, partial payments and reversals; the upcoming window, its
// filters and keyset paging to the end; every documented status with the v1 error body; and the
// Deprecation, Link and Sunset headers on successes and errors alike.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer, createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { countStatements } from '../../support/statements.ts';

type Org = { slug: string; key: string; id: string };

describeEachDatabase('v1 customers', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function entry(org: Org, accountId: string, body: Record<string, unknown>) {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/entries`, {
      key: org.key,
      body,
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body;
  }
  async function pay(org: Org, accountId: string, amount: number) {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/payments`, {
      key: org.key,
      body: { amount },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body;
  }
  async function reverse(org: Org, entryId: string) {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/entries/${entryId}/reversal`, {
      key: org.key,
      body: {},
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body;
  }
  const balances = (org: Org, number: string | number) =>
    saldo.request('GET', `/v1/customers/${number}/account/balances`, { key: org.key });
  const upcoming = (org: Org, number: string | number, query = '') =>
    saldo.request('GET', `/v1/customers/${number}/account/transactions/upcoming${query}`, { key: org.key });

  it('answers the balance of a new default account as zeros, not in dunning', async () => {
    const org = await saldo.organization('v1-empty');
    const { customer } = await createCustomerWithAccount(saldo, org);
    const answer = await balances(org, customer.number);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      accountBalance: { amount: 0, currency: 'EUR' },
      consumptionCredit: { amount: 0, currency: 'EUR' },
      inDebtCollection: false,
    });
  });

  it('follows charges, partial payments, overpayment and reversals in major units', async () => {
    const org = await saldo.organization('v1-ledger');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const charge = await entry(org, account.account_id, { type: 'CHARGE', amount: 12_345, due_date: '2026-04-01' });
    await entry(org, account.account_id, { type: 'CHARGE', amount: 5_000, due_date: '2026-05-01' });
    expect((await balances(org, customer.number)).body.accountBalance).toEqual({ amount: -173.45, currency: 'EUR' });

    await pay(org, account.account_id, 10_000);
    let answer = await balances(org, customer.number);
    expect(answer.body.accountBalance.amount).toBe(-73.45);
    expect(answer.body.consumptionCredit.amount).toBe(0);

    await pay(org, account.account_id, 10_000);
    answer = await balances(org, customer.number);
    expect(answer.body.accountBalance.amount).toBe(26.55);
    expect(answer.body.consumptionCredit.amount).toBe(26.55);

    await reverse(org, charge.id);
    answer = await balances(org, customer.number);
    expect(answer.body.accountBalance.amount).toBe(150);
    expect(answer.body.consumptionCredit.amount).toBe(150);
  });

  it('shows major units by the currency exponent (JPY 0, BHD 3)', async () => {
    const org = await saldo.organization('v1-exponents');
    for (const [currency, amount, major] of [
      ['JPY', 1_500, -1500],
      ['BHD', 1_234, -1.234],
    ] as const) {
      const { customer, account } = await createCustomerWithAccount(saldo, org, { currency });
      await entry(org, account.account_id, { type: 'CHARGE', amount });
      const answer = await balances(org, customer.number);
      expect(answer.body.accountBalance).toEqual({ amount: major, currency });
    }
  });

  it('answers for the default (first) account of a customer with several', async () => {
    const org = await saldo.organization('v1-several');
    const customer = await createCustomer(saldo, org);
    const first = await createAccount(saldo, org, customer.id);
    const second = await createAccount(saldo, org, customer.id, { currency: 'SEK' });
    await entry(org, first.account_id, { type: 'CHARGE', amount: 100, due_date: '2026-03-20' });
    await entry(org, second.account_id, { type: 'CHARGE', amount: 999, due_date: '2026-03-20' });
    const answer = await balances(org, customer.number);
    expect(answer.body.accountBalance).toEqual({ amount: -1, currency: 'EUR' });
    expect(answer.headers.get('link')).toContain(
      `</orgs/${org.slug}/accounts/${first.account_id}>; rel="successor-version"`,
    );
    const slice = await upcoming(org, customer.number);
    expect(slice.body.result.map((e: any) => e.amount)).toEqual([{ amount: 1, currency: 'EUR' }]);
  });

  it('names the dunning level from the policy and tells debt collection', async () => {
    const org = await saldo.organization('v1-dunning');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const settings = await saldo.store.organizations.settings(org.id);
    await saldo.store.organizations.updateSettings(org.id, {
      ...settings,
      dunningPolicy: {
        levels: [
          { name: 'Reminder', daysPastDue: 7 },
          { name: 'Dunning Level 2', daysPastDue: 21 },
        ],
        debtCollectionAfterDays: 60,
      },
    });
    // Dunning runs set these columns; the read only has to show them.
    await saldo.store.db
      .updateTable('accounts')
      .set({ dunning_level: 1, in_debt_collection: 1 })
      .where('uuid', '=', account.account_id)
      .execute();
    const answer = await balances(org, customer.number);
    expect(answer.body).toMatchObject({ dunningLevel: 'Dunning Level 2', inDebtCollection: true });
    await saldo.store.db
      .updateTable('accounts')
      .set({ dunning_level: 0, in_debt_collection: 0 })
      .where('uuid', '=', account.account_id)
      .execute();
    expect((await balances(org, customer.number)).body).toMatchObject({
      dunningLevel: 'Reminder',
      inDebtCollection: false,
    });
  });

  it('refuses malformed customer ids with 400 and reference customerId', async () => {
    const org = await saldo.organization('v1-ids');
    for (const bad of ['abc', '-1', '1.5', '9223372036854775808', '99999999999999999999', '%20']) {
      for (const path of ['balances', 'transactions/upcoming']) {
        const answer = await saldo.request('GET', `/v1/customers/${bad}/account/${path}`, { key: org.key });
        expect(answer.status, `${bad} ${path}`).toBe(400);
        expect(answer.body).toMatchObject({ errorCode: 'validation_failed', reference: 'customerId' });
        expect(typeof answer.body.errorMessage).toBe('string');
        expect(answer.body.traceId).toBe(answer.headers.get('x-trace-id'));
      }
    }
    const largest = await balances(org, '9223372036854775807');
    expect(largest.status).toBe(404);
  });

  it('answers 404 for an unknown customer, a customer without account, and another organization’s customer', async () => {
    const org = await saldo.organization('v1-missing');
    const other = await saldo.organization('v1-missing-other');
    const lonely = await createCustomer(saldo, org);
    const { customer: foreign } = await createCustomerWithAccount(saldo, other);
    for (const path of ['balances', 'transactions/upcoming']) {
      const unknown = await saldo.request('GET', `/v1/customers/424242424242/account/${path}`, { key: org.key });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ errorCode: 'customer_not_found' });
      const noAccount = await saldo.request('GET', `/v1/customers/${lonely.number}/account/${path}`, { key: org.key });
      expect(noAccount.status).toBe(404);
      expect(noAccount.body).toMatchObject({ errorCode: 'account_not_found' });
      const crossTenant = await saldo.request('GET', `/v1/customers/${foreign.number}/account/${path}`, {
        key: org.key,
      });
      expect(crossTenant.status).toBe(404);
    }
  });

  it('answers balances and upcoming slices asked at once, each as when asked alone, sharing statements on PostgreSQL', async () => {
    const org = await saldo.organization('v1-at-once');
    const other = await saldo.organization('v1-at-once-other');
    const owing = await createCustomerWithAccount(saldo, org);
    await entry(org, owing.account.account_id, { type: 'CHARGE', amount: 1234, due_date: '2026-04-01' });
    const paid = await createCustomerWithAccount(saldo, org);
    await pay(org, paid.account.account_id, 500);
    // Two accounts, the second made the default: the read must follow is_default, not the first id.
    const two = await createCustomerWithAccount(saldo, org);
    const second = await createAccount(saldo, org, two.customer.id, { currency: 'USD' });
    await entry(org, second.account_id, { type: 'CHARGE', amount: 99, due_date: '2026-04-01' });
    await saldo.store.db
      .updateTable('accounts')
      .set({ is_default: 0 })
      .where('uuid', '=', two.account.account_id)
      .execute();
    await saldo.store.db.updateTable('accounts').set({ is_default: 1 }).where('uuid', '=', second.account_id).execute();
    const lonely = await createCustomer(saldo, org);
    const foreign = await createCustomerWithAccount(saldo, other);
    await entry(other, foreign.account.account_id, { type: 'CHARGE', amount: 777, due_date: '2026-04-01' });
    const asked: Array<[Org, string | number]> = [
      [org, owing.customer.number],
      [org, paid.customer.number],
      [org, two.customer.number],
      [org, lonely.number],
      [org, 424242424242],
      // Numbers are per organization: the other one has a single customer, so not this one.
      [other, two.customer.number],
      [other, foreign.customer.number],
      [org, owing.customer.number],
    ];
    const alone = [];
    for (const [who, number] of asked) alone.push(await balances(who, number));
    const atOnce = await Promise.all(asked.map(([who, number]) => balances(who, number)));
    const answer = (a: Awaited<ReturnType<typeof balances>>) => ({
      status: a.status,
      body: { ...(a.body as Record<string, unknown>), traceId: undefined },
    });
    expect(atOnce.map(answer)).toEqual(alone.map(answer));
    expect(alone.map((a) => a.status)).toEqual([200, 200, 200, 404, 404, 404, 200, 200]);
    expect(alone[0]!.body.accountBalance).toEqual({ amount: -12.34, currency: 'EUR' });
    expect(alone[2]!.body.accountBalance).toEqual({ amount: -0.99, currency: 'USD' });
    expect(alone[3]!.body).toMatchObject({ errorCode: 'account_not_found' });
    expect(alone[6]!.body.accountBalance).toEqual({ amount: -7.77, currency: 'EUR' });

    // Upcoming slices too, in sizes and from positions of their own (each size its own statement).
    await entry(org, owing.account.account_id, { type: 'CHARGE', amount: 50, due_date: '2026-05-01' });
    await entry(org, owing.account.account_id, { type: 'CHARGE', amount: 60, due_date: '2026-06-01' });
    const firstOfOwing = (await upcoming(org, owing.customer.number, '?sliceSize=1')).body.offset;
    const slices: Array<[Org, string | number, string]> = [
      ...asked.map(([who, number]): [Org, string | number, string] => [who, number, '']),
      [org, owing.customer.number, '?sliceSize=1'],
      [org, owing.customer.number, `?sliceSize=1&offset=${firstOfOwing}`],
      [org, owing.customer.number, `?offset=${firstOfOwing}`],
      [org, two.customer.number, '?sliceSize=1'],
    ];
    const slicesAlone = [];
    for (const [who, number, query] of slices) slicesAlone.push(await upcoming(who, number, query));
    const slicesAtOnce = await Promise.all(slices.map(([who, number, query]) => upcoming(who, number, query)));
    expect(slicesAtOnce.map(answer)).toEqual(slicesAlone.map(answer));
    expect(slicesAlone.map((a) => a.status)).toEqual([200, 200, 200, 404, 404, 404, 200, 200, 200, 200, 200, 200]);
    expect(slicesAlone[0]!.body.result.map((charge: { amount: { amount: number } }) => charge.amount.amount)).toEqual([
      12.34, 0.5, 0.6,
    ]);
    expect(slicesAlone[9]!.body.result.map((charge: { amount: { amount: number } }) => charge.amount.amount)).toEqual([
      0.5,
    ]);
    expect(slicesAlone[10]!.body.result.map((charge: { amount: { amount: number } }) => charge.amount.amount)).toEqual([
      0.5, 0.6,
    ]);

    // Asked in one turn of the event loop: one statement per organization on PostgreSQL (a round
    // trip each), one per look-up on SQLite (in the process, nothing to share).
    const statements = countStatements(saldo);
    const found = await Promise.all(
      asked.map(([who, number]) => saldo.store.customerOverview.customerWithDefaultAccount(who.id, BigInt(number))),
    );
    expect(statements.count()).toBe(kind === 'postgres' ? 2 : asked.length);
    statements.reset();
    const window = { dueFrom: '2026-03-15', dueTo: '2027-03-15', afterId: 0n, limit: 11 };
    const upcomingFound = await Promise.all([
      saldo.store.customerOverview.defaultAccountUpcoming(org.id, BigInt(owing.customer.number), window),
      saldo.store.customerOverview.defaultAccountUpcoming(org.id, BigInt(two.customer.number), window),
      saldo.store.customerOverview.defaultAccountUpcoming(org.id, 424242424242n, window),
      saldo.store.customerOverview.defaultAccountUpcoming(org.id, BigInt(owing.customer.number), {
        ...window,
        limit: 2,
      }),
    ]);
    expect(statements.count()).toBe(kind === 'postgres' ? 2 : 4);
    expect(upcomingFound.map((slice) => slice?.entries.map((charge) => charge.amountMinor))).toEqual([
      [1234n, 50n, 60n],
      [99n],
      undefined,
      [1234n, 50n],
    ]);
    expect(found.map((f) => f?.account?.publicId ?? (f ? 'no account' : 'not found'))).toEqual([
      owing.account.account_id,
      paid.account.account_id,
      second.account_id,
      'no account',
      'not found',
      'not found',
      foreign.account.account_id,
      owing.account.account_id,
    ]);
  });

  it('answers 401 without a key and 403 without CUSTOMER_ACCOUNT_READ, in the v1 body', async () => {
    const org = await saldo.organization('v1-auth');
    const limited = await saldo.issueKey('v1-auth', ['CUSTOMER_READ', 'FAMILY_READ']);
    const { customer } = await createCustomerWithAccount(saldo, org);
    for (const path of ['balances', 'transactions/upcoming']) {
      const none = await saldo.request('GET', `/v1/customers/${customer.number}/account/${path}`);
      expect(none.status).toBe(401);
      expect(none.body).toMatchObject({ errorCode: 'unauthenticated' });
      expect(none.headers.get('content-type')).toContain('application/json');
      const forbidden = await saldo.request('GET', `/v1/customers/${customer.number}/account/${path}`, {
        key: limited.key,
      });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body).toMatchObject({ errorCode: 'forbidden' });
    }
  });

  it('lists upcoming charges due from today through a year ahead, without reversals, reversed charges or credits', async () => {
    const org = await saldo.organization('v1-window');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    saldo.clock.set('2026-03-15T10:00:00Z');
    const yesterday = await entry(org, account.account_id, { type: 'CHARGE', amount: 100, due_date: '2026-03-14' });
    const today = await entry(org, account.account_id, {
      type: 'CHARGE',
      amount: 200,
      due_date: '2026-03-15',
      description: 'Today',
    });
    const lastDay = await entry(org, account.account_id, { type: 'CHARGE', amount: 300, due_date: '2027-03-15' });
    const beyond = await entry(org, account.account_id, { type: 'CHARGE', amount: 400, due_date: '2027-03-16' });
    const reversed = await entry(org, account.account_id, { type: 'CHARGE', amount: 500, due_date: '2026-06-01' });
    await reverse(org, reversed.id);
    await entry(org, account.account_id, { type: 'CREDIT', amount: 50, due_date: '2026-06-01' });
    const partly = await entry(org, account.account_id, { type: 'CHARGE', amount: 1_000, due_date: '2026-07-01' });
    expect([yesterday, beyond].length).toBe(2);

    const answer = await upcoming(org, customer.number);
    expect(answer.status).toBe(200);
    // The credit of 0.50 settled the oldest open charge (yesterday's) first.
    expect(answer.body).toEqual({
      result: [
        {
          id: Number(today.numeric_id),
          dueDate: '2026-03-15',
          description: 'Today',
          amount: { amount: 2, currency: 'EUR' },
          openAmount: { amount: 2, currency: 'EUR' },
          installmentPlan: false,
        },
        {
          id: Number(lastDay.numeric_id),
          dueDate: '2027-03-15',
          amount: { amount: 3, currency: 'EUR' },
          openAmount: { amount: 3, currency: 'EUR' },
          installmentPlan: false,
        },
        {
          id: Number(partly.numeric_id),
          dueDate: '2026-07-01',
          amount: { amount: 10, currency: 'EUR' },
          openAmount: { amount: 10, currency: 'EUR' },
          installmentPlan: false,
        },
      ],
      hasNext: false,
      offset: partly.numeric_id,
    });

    // A day later, today's charge is yesterday's; the year ahead reaches one day further.
    saldo.clock.set('2026-03-16T10:00:00Z');
    const later = await upcoming(org, customer.number);
    expect(later.body.result.map((e: any) => e.dueDate)).toEqual(['2027-03-15', '2027-03-16', '2026-07-01']);
    saldo.clock.set('2026-03-15T10:00:00Z');
  });

  it('reads "today" in the organization’s time zone', async () => {
    const created = await saldo.request('POST', '/admin/organizations', {
      key: 'test-root-key-0123456789abcdef',
      body: { slug: 'v1-tokyo', name: 'Tokyo', time_zone: 'Asia/Tokyo' },
    });
    expect(created.status).toBe(201);
    const { key } = await saldo.issueKey('v1-tokyo', [
      'CUSTOMER_WRITE',
      'CUSTOMER_READ',
      'CUSTOMER_ACCOUNT_WRITE',
      'CUSTOMER_ACCOUNT_READ',
    ]);
    const org = { slug: 'v1-tokyo', key, id: created.body.id };
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    await entry(org, account.account_id, { type: 'CHARGE', amount: 100, due_date: '2026-03-15' });
    // 20:00 UTC on the 15th is already the 16th in Tokyo.
    saldo.clock.set('2026-03-15T20:00:00Z');
    expect((await upcoming(org, customer.number)).body.result).toEqual([]);
    saldo.clock.set('2026-03-15T10:00:00Z');
    expect((await upcoming(org, customer.number)).body.result).toHaveLength(1);
  });

  it('pages through every upcoming charge by id, each once, with hasNext right', async () => {
    const org = await saldo.organization('v1-paging');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) {
      const due = `2026-${String(4 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      ids.push(
        Number((await entry(org, account.account_id, { type: 'CHARGE', amount: 100 + i, due_date: due })).numeric_id),
      );
    }
    for (const sliceSize of [1, 5, 10, 23, 100]) {
      const seen: number[] = [];
      let offset = '0';
      for (let round = 0; round < 30; round++) {
        const answer = await upcoming(org, customer.number, `?sliceSize=${sliceSize}&offset=${offset}`);
        expect(answer.status).toBe(200);
        expect(answer.body.result.length).toBeLessThanOrEqual(sliceSize);
        seen.push(...answer.body.result.map((e: any) => e.id));
        expect(answer.body.hasNext).toBe(seen.length < ids.length);
        offset = answer.body.offset;
        if (!answer.body.hasNext) break;
      }
      expect(seen).toEqual(ids);
    }
    // Past the end: an empty slice echoes the offset it was given.
    const end = await upcoming(org, customer.number, `?offset=${ids[ids.length - 1]}`);
    expect(end.body).toEqual({ result: [], hasNext: false, offset: String(ids[ids.length - 1]) });
    const defaults = await upcoming(org, customer.number);
    expect(defaults.body.result).toHaveLength(10);
    expect(defaults.body.hasNext).toBe(true);
    expect(defaults.body.offset).toBe(String(ids[9]));
  });

  it('validates sliceSize and offset with their reference', async () => {
    const org = await saldo.organization('v1-query');
    const { customer } = await createCustomerWithAccount(saldo, org);
    const cases: Array<[string, number, string | undefined]> = [
      ['?sliceSize=0', 400, 'sliceSize'],
      ['?sliceSize=101', 400, 'sliceSize'],
      ['?sliceSize=-3', 400, 'sliceSize'],
      ['?sliceSize=ten', 400, 'sliceSize'],
      ['?sliceSize=2.5', 400, 'sliceSize'],
      ['?offset=abc', 400, 'offset'],
      ['?offset=-1', 400, 'offset'],
      ['?offset=', 400, 'offset'],
      ['?offset=9223372036854775808', 400, 'offset'],
      ['?unknown=1', 400, 'unknown'],
      ['?sliceSize=1', 200, undefined],
      ['?sliceSize=100', 200, undefined],
      ['?offset=9223372036854775807', 200, undefined],
    ];
    for (const [query, status, reference] of cases) {
      const answer = await upcoming(org, customer.number, query);
      expect(answer.status, query).toBe(status);
      if (reference) expect(answer.body, query).toMatchObject({ errorCode: 'validation_failed', reference });
    }
  });

  it('marks entries moved into an installment plan', async () => {
    const org = await saldo.organization('v1-plan');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const charge = await entry(org, account.account_id, { type: 'CHARGE', amount: 700, due_date: '2026-05-01' });
    // Installment plans set this column; the read only has to show it.
    await saldo.store.db
      .updateTable('entries')
      .set({ installment_plan_id: 1 })
      .where('public_id', '=', charge.id)
      .execute();
    const answer = await upcoming(org, customer.number);
    expect(answer.body.result[0]).toMatchObject({ id: Number(charge.numeric_id), installmentPlan: true });
  });

  it('sends Deprecation and Link on every answer, and Sunset once the organization set a date', async () => {
    const org = await saldo.organization('v1-deprecation');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const ok = await balances(org, customer.number);
    const okUpcoming = await upcoming(org, customer.number);
    const notFound = await balances(org, 777);
    const invalid = await upcoming(org, customer.number, '?sliceSize=0');
    const unauthenticated = await saldo.request('GET', `/v1/customers/${customer.number}/account/balances`);
    for (const answer of [ok, okUpcoming, notFound, invalid, unauthenticated]) {
      expect(answer.headers.get('deprecation')).toBe('@1767225600');
      expect(answer.headers.get('link')).toContain('</docs>; rel="deprecation"');
      expect(answer.headers.get('sunset')).toBeNull();
    }
    expect(ok.headers.get('link')).toBe(
      `</docs>; rel="deprecation", </orgs/${org.slug}/accounts/${account.account_id}>; rel="successor-version"`,
    );
    expect(okUpcoming.headers.get('link')).toBe(
      `</docs>; rel="deprecation", </orgs/${org.slug}/accounts/${account.account_id}/entries>; rel="successor-version"`,
    );
    expect(notFound.headers.get('link')).toBe('</docs>; rel="deprecation"');

    const settings = await saldo.store.organizations.settings(org.id);
    await saldo.store.organizations.updateSettings(org.id, { ...settings, v1SunsetDate: '2026-12-31' });
    for (const answer of [
      await balances(org, customer.number),
      await upcoming(org, customer.number),
      await balances(org, 777),
    ]) {
      expect(answer.headers.get('sunset')).toBe('Thu, 31 Dec 2026 00:00:00 GMT');
      expect(answer.headers.get('deprecation')).toBe('@1767225600');
    }
  });

  it('answers a wrong method with 405 and Allow, in the v1 body, deprecated too', async () => {
    const org = await saldo.organization('v1-method');
    const answer = await saldo.request('POST', '/v1/customers/1/account/balances', { key: org.key, body: {} });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
    expect(answer.body).toMatchObject({ errorCode: 'method_not_allowed' });
    expect(answer.headers.get('deprecation')).toBe('@1767225600');
  });

  it('marks both operations deprecated in the OpenAPI document', async () => {
    const doc = (await saldo.request('GET', '/openapi.json')).body;
    expect(doc.paths['/v1/customers/{customerId}/account/balances'].get.deprecated).toBe(true);
    expect(doc.paths['/v1/customers/{customerId}/account/transactions/upcoming'].get.deprecated).toBe(true);
  });
});
