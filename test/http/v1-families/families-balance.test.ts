// Proves GET /v1/families/{familyId}/balance (seed 004) over real HTTP on both databases: a
// family of three whose members join and leave while charges, payments and reversals are booked,
// checked after every entry against a recomputation from the entries themselves, now and
// before each transaction; point-in-time answers that never change; the next scheduled payment;
// and every documented status in the 004 error body.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer, createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { countStatements } from '../../support/statements.ts';

type Org = { slug: string; key: string; id: string };

describeEachDatabase('v1 family balance', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  const balance = (org: Org, familyId: string, query = '') =>
    saldo.request('GET', `/v1/families/${familyId}/balance${query}`, { key: org.key });
  const before = (id: string) => `?where[transactionId][lessThan]=${id}`;

  async function newFamily(org: Org, currency = 'EUR'): Promise<string> {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'Family', currency },
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  }
  async function join(org: Org, familyId: string, customerId: string) {
    expect(
      (await saldo.request('PUT', `/orgs/${org.slug}/families/${familyId}/members/${customerId}`, { key: org.key }))
        .status,
    ).toBe(204);
  }
  async function leave(org: Org, familyId: string, customerId: string) {
    expect(
      (await saldo.request('DELETE', `/orgs/${org.slug}/families/${familyId}/members/${customerId}`, { key: org.key }))
        .status,
    ).toBe(204);
  }
  async function book(org: Org, accountId: string, type: 'CHARGE' | 'CREDIT', amount: number) {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/entries`, {
      key: org.key,
      body: { type, amount },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body.id as string;
  }
  async function pay(org: Org, accountId: string, amount: number) {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/payments`, {
      key: org.key,
      body: { amount },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body.id as string;
  }
  async function reverse(org: Org, entryId: string) {
    const answer = await saldo.request('POST', `/orgs/${org.slug}/entries/${entryId}/reversal`, {
      key: org.key,
      body: {},
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body.id as string;
  }
  /** Every entry of the accounts, read through the native API. */
  async function entriesOf(
    org: Org,
    accountIds: string[],
  ): Promise<Array<{ id: string; type: string; amount: number }>> {
    const all: Array<{ id: string; type: string; amount: number }> = [];
    for (const accountId of accountIds) {
      let cursor: string | null = null;
      do {
        const query: string = `?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await saldo.request('GET', `/orgs/${org.slug}/accounts/${accountId}/entries${query}`, {
          key: org.key,
        });
        expect(page.status).toBe(200);
        all.push(...page.body.data);
        cursor = page.body.next_cursor;
      } while (cursor);
    }
    return all;
  }
  /** The 004 figures recomputed from entries: charges and credits with an id below the bound. */
  function recompute(entries: Array<{ id: string; type: string; amount: number }>, bound?: string) {
    let debit = 0;
    let credit = 0;
    for (const entry of entries) {
      if (bound !== undefined && !(entry.id < bound)) continue;
      if (entry.type === 'CHARGE') debit += entry.amount;
      else credit += entry.amount;
    }
    return { balance: credit - debit, debit, credit, totalToPay: Math.max(0, debit - credit) };
  }

  it('answers a new family with zeros, its company and no scheduled payment', async () => {
    const org = await saldo.organization('fb-empty');
    const familyId = await newFamily(org);
    const answer = await balance(org, familyId);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      companyId: org.id,
      familyId,
      balance: 0,
      debit: 0,
      credit: 0,
      totalToPay: 0,
      nextScheduledPayment: null,
      nextScheduledPaymentDate: null,
      beforeTransactionId: null,
    });
  });

  it('matches a recomputation from the entries at every point, for the members of that point', async () => {
    const org = await saldo.organization('fb-history');
    const familyId = await newFamily(org);
    const anna = await createCustomerWithAccount(saldo, org);
    const annaSecond = await createAccount(saldo, org, anna.customer.id);
    const ben = await createCustomerWithAccount(saldo, org);
    const cleo = await createCustomerWithAccount(saldo, org);
    const outsider = await createCustomerWithAccount(saldo, org);
    const accountsOf: Record<string, string[]> = {
      anna: [anna.account.account_id, annaSecond.account_id],
      ben: [ben.account.account_id],
      cleo: [cleo.account.account_id],
    };
    const customerIds: Record<string, string> = {
      anna: anna.customer.id,
      ben: ben.customer.id,
      cleo: cleo.customer.id,
    };

    // The script: membership changes between entries. `members` is who belongs after each step.
    const members = new Set<string>();
    const timeline: Array<{ entryId: string; membersBefore: string[] }> = [];
    const entryIds: string[] = [];
    const record = (entryId: string, membersBefore: string[]) => {
      timeline.push({ entryId, membersBefore });
      entryIds.push(entryId);
    };
    const step = async (action: () => Promise<string>) => {
      const membersBefore = [...members];
      record(await action(), membersBefore);
    };

    await join(org, familyId, customerIds.anna!);
    members.add('anna');
    await step(() => book(org, accountsOf.anna![0]!, 'CHARGE', 10_000));
    await step(() => book(org, accountsOf.ben![0]!, 'CHARGE', 4_000)); // before Ben joins
    await join(org, familyId, customerIds.ben!);
    members.add('ben');
    await step(() => book(org, accountsOf.anna![1]!, 'CHARGE', 2_500));
    await step(() => pay(org, accountsOf.anna![0]!, 3_000));
    await step(() => book(org, outsider.account.account_id, 'CHARGE', 99_999));
    const benCharge = await book(org, accountsOf.ben![0]!, 'CHARGE', 1_234);
    record(benCharge, [...members]);
    await join(org, familyId, customerIds.cleo!);
    members.add('cleo');
    await step(() => pay(org, accountsOf.cleo![0]!, 7_000)); // prepaid credit
    await step(() => reverse(org, benCharge));
    await step(() => pay(org, accountsOf.ben![0]!, 10_000)); // overpays
    await leave(org, familyId, customerIds.ben!);
    members.delete('ben');
    await step(() => book(org, accountsOf.ben![0]!, 'CHARGE', 500)); // after Ben left
    await step(() => book(org, accountsOf.cleo![0]!, 'CHARGE', 6_000));
    const last = await book(org, accountsOf.anna![0]!, 'CHARGE', 1);
    record(last, [...members]);

    const entriesByMember: Record<string, Array<{ id: string; type: string; amount: number }>> = {};
    for (const name of Object.keys(accountsOf)) entriesByMember[name] = await entriesOf(org, accountsOf[name]!);

    const firstAnswers = new Map<string, unknown>();
    for (const { entryId, membersBefore } of timeline) {
      const expected = { debit: 0, credit: 0 };
      for (const name of membersBefore) {
        const figures = recompute(entriesByMember[name]!, entryId);
        expected.debit += figures.debit;
        expected.credit += figures.credit;
      }
      const answer = await balance(org, familyId, before(entryId));
      expect(answer.status, entryId).toBe(200);
      expect(answer.body, entryId).toMatchObject({
        companyId: org.id,
        familyId,
        debit: expected.debit,
        credit: expected.credit,
        balance: expected.credit - expected.debit,
        totalToPay: Math.max(0, expected.debit - expected.credit),
        beforeTransactionId: entryId,
      });
      firstAnswers.set(entryId, answer.body);
    }

    // Now: Anna and Cleo, with everything they ever booked.
    const now = await balance(org, familyId);
    const expectedNow = ['anna', 'cleo'].map((name) => recompute(entriesByMember[name]!));
    const debit = expectedNow.reduce((sum, f) => sum + f.debit, 0);
    const credit = expectedNow.reduce((sum, f) => sum + f.credit, 0);
    expect(now.body).toMatchObject({
      debit,
      credit,
      balance: credit - debit,
      totalToPay: Math.max(0, debit - credit),
      beforeTransactionId: null,
    });
    expect(debit).toBe(10_000 + 2_500 + 6_000 + 1);
    expect(credit).toBe(3_000 + 7_000);

    // Later bookings and membership changes do not change an answer once given.
    await book(org, accountsOf.anna![0]!, 'CHARGE', 777);
    await join(org, familyId, customerIds.ben!);
    await leave(org, familyId, customerIds.cleo!);
    for (const entryId of entryIds) {
      expect((await balance(org, familyId, before(entryId))).body, entryId).toEqual(firstAnswers.get(entryId));
    }
  });

  it('keeps every point-in-time answer while members join and leave concurrently with bookings', async () => {
    const org = await saldo.organization('fb-race');
    const familyId = await newFamily(org);
    const steady = await createCustomerWithAccount(saldo, org);
    const mover = await createCustomerWithAccount(saldo, org);
    await join(org, familyId, steady.customer.id);
    const booked: string[] = [];
    const answers = new Map<string, unknown>();
    let done = false;
    const bookings = (async () => {
      for (let i = 0; i < 24; i++) {
        const account = i % 2 === 0 ? steady.account.account_id : mover.account.account_id;
        booked.push(await book(org, account, i % 3 === 0 ? 'CREDIT' : 'CHARGE', 100 + i));
      }
    })();
    const membership = (async () => {
      for (let i = 0; i < 6; i++) {
        await join(org, familyId, mover.customer.id);
        await leave(org, familyId, mover.customer.id);
      }
    })();
    const reads = (async () => {
      while (!done) {
        const known = [...booked];
        for (const entryId of known.slice(-3)) {
          const answer = await balance(org, familyId, before(entryId));
          expect(answer.status).toBe(200);
          if (!answers.has(entryId)) answers.set(entryId, answer.body);
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await Promise.all([bookings, membership]);
    done = true;
    await reads;
    expect(answers.size).toBeGreaterThan(0);
    for (const [entryId, first] of answers) {
      expect((await balance(org, familyId, before(entryId))).body, entryId).toEqual(first);
    }
  });

  it('counts only accounts in the family currency', async () => {
    const org = await saldo.organization('fb-currency');
    const familyId = await newFamily(org);
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    await join(org, familyId, customer.id);
    // An account opened after joining, in another currency, stays out of the family's sums.
    const kronor = await createAccount(saldo, org, customer.id, { currency: 'SEK' });
    await book(org, account.account_id, 'CHARGE', 1_000);
    const sek = await book(org, kronor.account_id, 'CHARGE', 50_000);
    expect((await balance(org, familyId)).body).toMatchObject({ debit: 1_000, credit: 0, totalToPay: 1_000 });
    expect((await balance(org, familyId, before(sek))).body).toMatchObject({ debit: 1_000 });
    // So do its scheduled payments: the next one of the family is in the family's currency.
    const scheduled = await saldo.request(
      'POST',
      `/orgs/${org.slug}/accounts/${kronor.account_id}/scheduled-payments`,
      {
        key: org.key,
        body: { amount: 700, date: '2026-04-01' },
      },
    );
    expect(scheduled.status, scheduled.text).toBe(201);
    expect((await balance(org, familyId)).body).toMatchObject({
      nextScheduledPayment: null,
      nextScheduledPaymentDate: null,
    });
  });

  it('shows the earliest scheduled payment from today on, summing that date across members', async () => {
    const org = await saldo.organization('fb-scheduled');
    const familyId = await newFamily(org);
    const a = await createCustomerWithAccount(saldo, org);
    const b = await createCustomerWithAccount(saldo, org);
    const outsider = await createCustomerWithAccount(saldo, org);
    await join(org, familyId, a.customer.id);
    await join(org, familyId, b.customer.id);
    const schedule = async (accountId: string, amount: number, date: string) => {
      const answer = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/scheduled-payments`, {
        key: org.key,
        body: { amount, date },
      });
      expect(answer.status, answer.text).toBe(201);
      return answer.body.id as string;
    };
    await schedule(outsider.account.account_id, 1, '2026-03-15');
    const today = await schedule(a.account.account_id, 900, '2026-03-15');
    await schedule(a.account.account_id, 1_000, '2026-04-01');
    await schedule(b.account.account_id, 2_000, '2026-04-01');
    await schedule(b.account.account_id, 5_000, '2026-05-01');
    expect((await balance(org, familyId)).body).toMatchObject({
      nextScheduledPayment: 900,
      nextScheduledPaymentDate: '2026-03-15',
    });

    // Tomorrow, today's payment is no longer ahead (and was not collected): the next date is April 1st.
    saldo.clock.set('2026-03-16T10:00:00Z');
    expect((await balance(org, familyId)).body).toMatchObject({
      nextScheduledPayment: 3_000,
      nextScheduledPaymentDate: '2026-04-01',
    });
    saldo.clock.set('2026-03-15T10:00:00Z');
    expect(
      (await saldo.request('DELETE', `/orgs/${org.slug}/scheduled-payments/${today}`, { key: org.key })).status,
    ).toBe(204);
    expect((await balance(org, familyId)).body).toMatchObject({
      nextScheduledPayment: 3_000,
      nextScheduledPaymentDate: '2026-04-01',
    });
    // A point-in-time answer still looks ahead from today.
    const charge = await book(org, a.account.account_id, 'CHARGE', 10);
    expect((await balance(org, familyId, before(charge))).body).toMatchObject({
      debit: 0,
      nextScheduledPayment: 3_000,
    });
  });

  it('parses the deep-object filter, percent-encoded or not, and refuses malformed ones with 400', async () => {
    const org = await saldo.organization('fb-filter');
    const familyId = await newFamily(org);
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    await join(org, familyId, customer.id);
    const first = await book(org, account.account_id, 'CHARGE', 100);
    const second = await book(org, account.account_id, 'CHARGE', 200);
    const encoded = await balance(org, familyId, `?where%5BtransactionId%5D%5BlessThan%5D=${second}`);
    expect(encoded.body).toMatchObject({ debit: 100, beforeTransactionId: second });
    expect((await balance(org, familyId, before(first))).body).toMatchObject({ debit: 0, beforeTransactionId: first });
    const cases: Array<[string, number]> = [
      [before('trn_123'), 400],
      [before(''), 400],
      [before(second.toLowerCase()), 400],
      [`?where[transactionId][greaterThan]=${first}`, 400],
      [`?where[other]=1`, 400],
      [`?where=1`, 400],
      [`?other=1`, 400],
      [`${before(first)}&where[transactionId][lessThan]=${second}`, 400],
      [`?__proto__[polluted]=1`, 400],
    ];
    for (const [query, status] of cases) {
      const answer = await balance(org, familyId, query);
      expect(answer.status, query).toBe(status);
      expect(answer.body, query).toMatchObject({ statusCode: 400, messages: [expect.any(String)] });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 404 for an unknown transaction, another organization’s transaction, and unknown or foreign families', async () => {
    const org = await saldo.organization('fb-missing');
    const other = await saldo.organization('fb-missing-other');
    const familyId = await newFamily(org);
    const theirFamily = await newFamily(other);
    const { account } = await createCustomerWithAccount(saldo, other);
    const theirEntry = await book(other, account.account_id, 'CHARGE', 100);
    const cases: Array<[string, string]> = [
      [familyId, before('trn_0000000000000ZZZZZZZZZZZZZ')],
      [familyId, before(theirEntry)],
      ['fml_00000000000000000000000000', ''],
      [theirFamily, ''],
      ['fam_123123123', ''],
    ];
    for (const [id, query] of cases) {
      const answer = await balance(org, id, query);
      expect(answer.status, `${id}${query}`).toBe(404);
      expect(answer.body).toEqual({ statusCode: 404, messages: [expect.any(String)], exception: expect.any(Object) });
    }
  });

  it('answers balances asked at once, now and at points, each as when asked alone, one statement per kind on PostgreSQL', async () => {
    const org = await saldo.organization('fb-at-once');
    const other = await saldo.organization('fb-at-once-other');
    const full = await newFamily(org);
    const empty = await newFamily(org);
    const theirs = await newFamily(other);
    const a = await createCustomerWithAccount(saldo, org);
    const b = await createCustomerWithAccount(saldo, org);
    const c = await createCustomerWithAccount(saldo, other);
    await join(org, full, a.customer.id);
    const first = await book(org, a.account.account_id, 'CHARGE', 1_000);
    await join(org, full, b.customer.id);
    const second = await book(org, b.account.account_id, 'CHARGE', 250);
    await pay(org, a.account.account_id, 400);
    await join(other, theirs, c.customer.id);
    const theirEntry = await book(other, c.account.account_id, 'CHARGE', 70);
    const scheduled = await saldo.request(
      'POST',
      `/orgs/${org.slug}/accounts/${b.account.account_id}/scheduled-payments`,
      {
        key: org.key,
        body: { amount: 300, date: '2026-04-01' },
      },
    );
    expect(scheduled.status, scheduled.text).toBe(201);
    const asked: Array<[Org, string, string]> = [
      [org, full, ''],
      [org, full, before(first)],
      [org, full, before(second)],
      [org, empty, ''],
      [org, empty, before(second)],
      [org, theirs, ''],
      [org, full, before(theirEntry)],
      [org, 'fml_00000000000000000000000000', before(first)],
      [other, theirs, ''],
      [other, theirs, before(theirEntry)],
      [org, full, ''],
    ];
    const alone = [];
    for (const [who, familyId, query] of asked) alone.push(await balance(who, familyId, query));
    const atOnce = await Promise.all(asked.map(([who, familyId, query]) => balance(who, familyId, query)));
    // Each answer but its trace id, which is the request's own.
    const answer = (a: Awaited<ReturnType<typeof balance>>) =>
      JSON.parse(JSON.stringify({ status: a.status, body: a.body }).replace(/"traceId":"[0-9a-f]+"/g, '"traceId":""'));
    expect(atOnce.map(answer)).toEqual(alone.map(answer));
    expect(alone.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 404, 404, 404, 200, 200, 200]);
    expect(alone.map((a) => (a.status === 200 ? a.body.debit : null))).toEqual([
      1_250,
      0,
      1_000,
      0,
      0,
      null,
      null,
      null,
      70,
      0,
      1_250,
    ]);
    expect(alone[0]!.body).toMatchObject({
      credit: 400,
      nextScheduledPayment: 300,
      nextScheduledPaymentDate: '2026-04-01',
    });

    // Asked in one turn of the event loop: on PostgreSQL one statement per organization and kind
    // (now, at a point); on SQLite one per read.
    const statements = countStatements(saldo);
    const fromDate = '2026-03-15';
    const found = await Promise.all([
      saldo.store.families.familyFigures(org.id, full, fromDate),
      saldo.store.families.familyFigures(org.id, empty, fromDate),
      saldo.store.families.familyFigures(org.id, theirs, fromDate),
      saldo.store.families.familyFigures(other.id, theirs, fromDate),
      saldo.store.families.familyFiguresBefore(org.id, full, second, fromDate),
      saldo.store.families.familyFiguresBefore(org.id, full, first, fromDate),
      saldo.store.families.familyFiguresBefore(org.id, full, theirEntry, fromDate),
    ]);
    expect(statements.count()).toBe(kind === 'postgres' ? 3 : found.length);
    expect(found.map((f) => f?.family.id)).toEqual([full, empty, undefined, theirs, full, full, full]);
    const totals = (f: (typeof found)[number]) => f && [f.totals.chargedMinor, f.totals.creditedMinor];
    expect(found.slice(0, 4).map(totals)).toEqual([[1_250n, 400n], [0n, 0n], undefined, [70n, 0n]]);
    expect(found.slice(4).map((f) => f && 'pointFound' in f && [f.pointFound, ...totals(f)!])).toEqual([
      [true, 1_000n, 0n],
      [true, 0n, 0n],
      [false, 0n, 0n],
    ]);
  });

  it('answers 403 "Not authorized" without a key, with a bad key, or without FAMILY_READ', async () => {
    const org = await saldo.organization('fb-auth');
    const familyId = await newFamily(org);
    const limited = await saldo.issueKey('fb-auth', ['CUSTOMER_ACCOUNT_READ']);
    const none = await saldo.request('GET', `/v1/families/${familyId}/balance`);
    const wrong = await saldo.request('GET', `/v1/families/${familyId}/balance`, { key: 'sk_nonsense' });
    const noScope = await saldo.request('GET', `/v1/families/${familyId}/balance`, { key: limited.key });
    for (const answer of [none, wrong, noScope]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ statusCode: 403, messages: ['Not authorized'] });
    }
    const reader = await saldo.issueKey('fb-auth', ['FAMILY_READ']);
    expect((await saldo.request('GET', `/v1/families/${familyId}/balance`, { key: reader.key })).status).toBe(200);
  });

  it('adds nothing for a member without accounts', async () => {
    const org = await saldo.organization('fb-lonely');
    const familyId = await newFamily(org);
    const customer = await createCustomer(saldo, org);
    await join(org, familyId, customer.id);
    expect((await balance(org, familyId)).body).toMatchObject({ debit: 0, credit: 0, balance: 0, totalToPay: 0 });
  });
});
