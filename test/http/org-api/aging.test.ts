// Proves GET /orgs/{org_id}/reports/aging over HTTP on both databases against a model: over
// several days the clock moves while charges, payments, a returned payment, a write-off, a
// reversed charge, an installment plan and its cancel are booked; at the end of each day the
// model records every charge's open amount as the entries API shows it then. Afterwards the
// report for each of those days (and days in between) must equal the model's bucketing of that
// record: a past as_of is exact, whatever was booked later. Also paging, CSV parsed back, and
// bad input.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

type Charge = {
  accountId: string;
  customerNumber: string;
  customerName: string;
  currency: string;
  dueDate: string;
  open: number;
};
const BUCKETS = ['current', 'days_1_30', 'days_31_60', 'days_61_90', 'days_over_90'] as const;

/** The model's own bucketing: days past due by UTC calendar arithmetic. */
function bucketOf(dueDate: string, asOf: string): (typeof BUCKETS)[number] {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return 'current';
  if (days <= 30) return 'days_1_30';
  if (days <= 60) return 'days_31_60';
  if (days <= 90) return 'days_61_90';
  return 'days_over_90';
}

function expectedReport(charges: Charge[], asOf: string) {
  const zero = () => Object.fromEntries([...BUCKETS, 'total'].map((b) => [b, 0])) as Record<string, number>;
  const totals = new Map<string, Record<string, number>>();
  const accounts = new Map<string, Record<string, unknown>>();
  for (const charge of charges) {
    if (charge.open === 0) continue;
    const bucket = bucketOf(charge.dueDate, asOf);
    const total = totals.get(charge.currency) ?? ({ currency: charge.currency, ...zero() } as any);
    total[bucket] += charge.open;
    total.total += charge.open;
    totals.set(charge.currency, total);
    const row = (accounts.get(charge.accountId) ?? {
      account_id: charge.accountId,
      customer_number: charge.customerNumber,
      customer_name: charge.customerName,
      currency: charge.currency,
      ...zero(),
    }) as any;
    row[bucket] += charge.open;
    row.total += charge.open;
    accounts.set(charge.accountId, row);
  }
  return {
    as_of: asOf,
    totals: [...totals.values()].sort((a: any, b: any) => (a.currency < b.currency ? -1 : 1)),
    accounts: [...accounts.values()],
  };
}

describeEachDatabase('aging report', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('answers past days exactly as the books stood at their end, against the model', async () => {
    saldo.clock.set('2026-01-05T10:00:00Z');
    const org = await saldo.organization('aging-model');
    const people = [
      await createCustomer(saldo, org, { name: 'Aino Aaltonen' }),
      await createCustomer(saldo, org, { name: '=Bertta, "B" Bäck' }),
      await createCustomer(saldo, org, { name: 'Cecilia Carlsson' }),
    ] as const;
    const [a, b, c] = [
      await createAccount(saldo, org, people[0].id),
      await createAccount(saldo, org, people[1].id),
      await createAccount(saldo, org, people[2].id, { currency: 'USD' }),
    ];
    const accounts = [a, b, c];
    const owner = new Map(accounts.map((account, index) => [account.account_id, people[index]]));
    const post = async (path: string, body: unknown) => {
      const answer = await saldo.request('POST', `/orgs/aging-model/${path}`, { key: org.key, body });
      expect(answer.status, `${path}: ${answer.text}`).toBeLessThan(300);
      return answer.body;
    };
    const charge = (account: any, amount: number, due_date: string) =>
      post(`accounts/${account.account_id}/entries`, { type: 'CHARGE', amount, due_date });
    const pay = (account: any, amount: number) => post(`accounts/${account.account_id}/payments`, { amount });

    /** The model's record of a day: every charge's open amount as the entries API shows it. */
    const snapshots: Array<{ day: string; charges: Charge[] }> = [];
    const snapshot = async (day: string) => {
      const charges: Charge[] = [];
      for (const account of accounts) {
        const page = await saldo.request(
          'GET',
          `/orgs/aging-model/accounts/${account.account_id}/entries?limit=100&type=CHARGE`,
          { key: org.key },
        );
        const person = owner.get(account.account_id)!;
        for (const entry of page.body.data) {
          charges.push({
            accountId: account.account_id,
            customerNumber: String(person.number),
            customerName: person.name,
            currency: entry.currency,
            dueDate: entry.due_date,
            open: entry.open_amount,
          });
        }
      }
      snapshots.push({ day, charges });
    };
    const day = async (date: string, work: () => Promise<void>) => {
      saldo.clock.set(`${date}T10:00:00Z`);
      await work();
      await snapshot(date);
    };

    let paymentA = '';
    let chargeB = '';
    let chargesA: string[] = [];
    let plan = '';
    await day('2026-01-05', async () => {
      chargesA = [(await charge(a, 10_000, '2026-01-10')).id, (await charge(a, 5_000, '2026-01-20')).id];
      chargeB = (await charge(b, 7_000, '2026-01-05')).id;
      await charge(c, 3_000, '2026-01-31');
    });
    await day('2026-01-15', async () => {
      paymentA = (await pay(a, 12_000)).id;
      await charge(b, 1_000, '2026-02-01');
    });
    await day('2026-02-01', async () => {
      await post(`entries/${paymentA}/reversal`, {}); // the payment came back
      await post(`accounts/${b.account_id}/write-offs`, { amount: 3_000, reason: 'Settlement' });
    });
    await day('2026-02-20', async () => {
      plan = (
        await post(`accounts/${a.account_id}/installment-plans`, {
          entry_ids: chargesA,
          installments: 3,
          first_due_date: '2026-03-01',
        })
      ).id;
    });
    await day('2026-03-05', async () => {
      await pay(a, 6_000);
      await post(`entries/${chargeB}/reversal`, {});
    });
    await day('2026-03-20', async () => {
      const cancelled = await saldo.request('DELETE', `/orgs/aging-model/installment-plans/${plan}`, { key: org.key });
      expect(cancelled.status, cancelled.text).toBe(200);
      await pay(c, 1_000);
    });
    await day('2026-04-10', async () => {
      await charge(c, 2_500, '2026-05-01');
      await charge(b, 400, '2026-04-01');
    });

    const days = ['2026-01-04', ...snapshots.map((s) => s.day), '2026-01-25', '2026-02-28', '2026-03-31'];
    for (const asOf of days) {
      const record = [...snapshots].reverse().find((s) => s.day <= asOf);
      const expected = expectedReport(record?.charges ?? [], asOf);
      const answer = await saldo.request('GET', `/orgs/aging-model/reports/aging?as_of=${asOf}&limit=1000`, {
        key: org.key,
      });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body, asOf).toEqual({ ...expected, next_cursor: null });
    }
    // Today by default: the maintained figures.
    const today = await saldo.request('GET', '/orgs/aging-model/reports/aging', { key: org.key });
    expect(today.body).toEqual({ ...expectedReport(snapshots.at(-1)!.charges, '2026-04-10'), next_cursor: null });

    // Paged one account at a time: the same rows, the same totals on every page.
    for (const asOf of ['2026-02-01', '2026-04-10']) {
      const whole = (await saldo.request('GET', `/orgs/aging-model/reports/aging?as_of=${asOf}`, { key: org.key }))
        .body;
      const rows: unknown[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '' : `&cursor=${cursor}`;
        const page = await saldo.request('GET', `/orgs/aging-model/reports/aging?as_of=${asOf}&limit=1${query}`, {
          key: org.key,
        });
        expect(page.status).toBe(200);
        expect(page.body.totals).toEqual(whole.totals);
        expect(page.body.accounts.length).toBeLessThanOrEqual(1);
        rows.push(...page.body.accounts);
        cursor = page.body.next_cursor;
      } while (cursor !== null);
      expect(rows).toEqual(whole.accounts);
    }

    // CSV: one row per account under a header, read back by an independent parser.
    const csv = await saldo.request('GET', '/orgs/aging-model/reports/aging?as_of=2026-02-01&format=csv', {
      key: org.key,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const parsed = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    const json = (await saldo.request('GET', '/orgs/aging-model/reports/aging?as_of=2026-02-01', { key: org.key }))
      .body;
    expect(parsed.map((row) => ({ ...row, customer_name: row.customer_name!.replace(/^'/, '') }))).toEqual(
      json.accounts.map((row: any) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))),
    );
  });

  it('refuses bad input with 400 and a pointer, and shows nothing of other organizations', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('aging-bad');
    const other = await saldo.organization('aging-bad-other');
    const person = await createCustomer(saldo, other);
    const account = await createAccount(saldo, other, person.id);
    await saldo.request('POST', `/orgs/aging-bad-other/accounts/${account.account_id}/entries`, {
      key: other.key,
      body: { type: 'CHARGE', amount: 100 },
    });
    const get = (query: string, key = org.key) =>
      saldo.request('GET', `/orgs/aging-bad/reports/aging${query}`, { key });
    for (const [query, where] of [
      ['?as_of=2026-13-01', 'as_of'],
      ['?as_of=yesterday', 'as_of'],
      ['?as_of=2026-03-16', 'as_of'],
      ['?format=xml', 'format'],
      ['?limit=0', 'limit'],
      ['?limit=1001', 'limit'],
      ['?cursor=abc', 'cursor'],
      ['?colour=red', 'colour'],
    ] as const) {
      const answer = await get(query);
      expect(answer.status, query).toBe(400);
      expect(JSON.stringify(answer.body.errors ?? answer.body), query).toContain(where);
    }
    const mine = await get('');
    expect(mine.body).toEqual({ as_of: '2026-03-15', totals: [], accounts: [], next_cursor: null });
    expect((await get('', other.key)).status).toBe(404);
    expect((await saldo.request('GET', '/orgs/aging-bad/reports/aging')).status).toBe(401);
  });
});
