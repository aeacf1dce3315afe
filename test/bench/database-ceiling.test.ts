// Proves that the bench's database ceiling answers the reads it stands for as Saldo does, on both
// databases: a customer's balance, and a family's figures now and before an entry with its next
// scheduled payment, asked one at a time and many at once (on PostgreSQL the ceiling then reads
// them in Saldo's batched shape, one statement for all).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DatabaseCeiling, openCeiling } from '../../bench/baseline-statements.ts';
import { sequenceOfEntryId } from '../../src/core/ids.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';

describeEachDatabase('the database ceiling', (kind) => {
  let saldo: TestSaldo;
  let ceiling: DatabaseCeiling;
  const families: string[] = [];
  const entries: string[] = [];
  const customers: string[] = [];
  let org: { slug: string; key: string; id: string };

  beforeAll(async () => {
    saldo = await startSaldo(kind, {}, { sharedDatabase: true });
    org = await saldo.organization('ceiling');
    const post = async (path: string, body: unknown) => {
      const answer = await saldo.request('POST', `/orgs/ceiling/${path}`, { key: org.key, body });
      expect(answer.status, answer.text).toBe(201);
      return answer.body as { id: string };
    };
    for (let f = 0; f < 3; f++) {
      const family = await post('families', { name: `F${f}`, currency: 'EUR' });
      families.push(family.id);
      for (let m = 0; m <= f; m++) {
        const { customer, account } = await createCustomerWithAccount(saldo, org);
        customers.push(String(customer.number));
        const joined = await saldo.request('PUT', `/orgs/ceiling/families/${family.id}/members/${customer.id}`, {
          key: org.key,
        });
        expect(joined.status).toBe(204);
        entries.push(
          (await post(`accounts/${account.account_id}/entries`, { type: 'CHARGE', amount: 100 * (m + 1) })).id,
        );
        await post(`accounts/${account.account_id}/payments`, { amount: 30 });
        await post(`accounts/${account.account_id}/scheduled-payments`, {
          amount: 10 + f,
          date: '2026-04-0' + (m + 1),
        });
      }
    }
    ceiling = openCeiling(saldo.databaseUrl, org.id);
  });
  afterAll(async () => {
    await ceiling?.close();
    await saldo?.close();
  });

  const today = '2026-03-15';
  const asked = () => [
    ...families.map((id) => [id, undefined] as const),
    ...families.flatMap((id) => entries.map((entry) => [id, entry] as const)),
  ];

  async function saldoFamily(id: string, entry: string | undefined) {
    const query = entry === undefined ? '' : `?where[transactionId][lessThan]=${entry}`;
    const answer = await saldo.request('GET', `/v1/families/${id}/balance${query}`, { key: org.key });
    expect(answer.status).toBe(200);
    const { debit, credit, nextScheduledPayment, nextScheduledPaymentDate } = answer.body;
    return {
      familyId: id,
      debit: String(debit),
      credit: String(credit),
      nextScheduledPayment: nextScheduledPayment === null ? null : String(nextScheduledPayment),
      nextScheduledPaymentDate,
    };
  }
  const ceilingFamily = (id: string, entry: string | undefined) =>
    ceiling.familyBalance(id, entry === undefined ? undefined : sequenceOfEntryId(entry), today);

  it('answers each family balance as Saldo does, one at a time and all at once', async () => {
    const expected = [];
    for (const [id, entry] of asked()) expected.push(await saldoFamily(id, entry));
    expect(expected.some((answer) => answer.debit !== '0' && answer.nextScheduledPayment !== null)).toBe(true);
    const alone = [];
    for (const [id, entry] of asked()) alone.push(await ceilingFamily(id, entry));
    expect(alone).toEqual(expected);
    expect(await Promise.all(asked().map(([id, entry]) => ceilingFamily(id, entry)))).toEqual(expected);
  });

  it('answers each customer balance from the default account, one at a time and all at once', async () => {
    const expected = [];
    for (const number of customers) {
      const answer = await saldo.request('GET', `/v1/customers/${number}/account/balances`, { key: org.key });
      expect(answer.status).toBe(200);
      expected.push(Math.round(answer.body.accountBalance.amount * 100));
    }
    const balanceOf = (row: unknown) => Number((row as { balance_minor: bigint | string }).balance_minor);
    const alone = [];
    for (const number of customers) alone.push(balanceOf(await ceiling.v1Balances(number)));
    expect(alone).toEqual(expected);
    expect((await Promise.all(customers.map((number) => ceiling.v1Balances(number)))).map(balanceOf)).toEqual(expected);
  });

  it('answers upcoming slices all at once as one at a time (the ceiling does not judge types, so not as Saldo)', async () => {
    const asked = customers.flatMap((number) => [
      [number, '0', 10],
      [number, '0', 1],
    ]) as Array<[string, string, number]>;
    const alone = [];
    for (const [number, offset, size] of asked) alone.push(await ceiling.v1Upcoming(number, offset, size, today));
    expect(alone.some((slice) => (slice as { result: unknown[] }).result.length > 1)).toBe(true);
    const atOnce = await Promise.all(
      asked.map(([number, offset, size]) => ceiling.v1Upcoming(number, offset, size, today)),
    );
    expect(atOnce).toEqual(alone);
    await expect(ceiling.v1Upcoming('424242424242', '0', 10, today)).rejects.toThrow(/no customer/);
  });
});
