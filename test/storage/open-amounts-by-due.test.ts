// Proves on both databases that the sums of open amounts by currency and due date (migration 0018)
// follow every change of a charge's open amount, whoever writes the row: bookings through the API
// (a charge, a payment settling it, a reversal releasing the payment), and statements written
// straight into the entries table (an update and a delete, as a repair script would).
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createAccount, createCustomer } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import { checkLedger } from '../reliability/ledger-check.ts';

describeEachDatabase('open amounts summed by due date', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function sums(organizationId: string): Promise<Record<string, string>> {
    const rows = await saldo.store.db
      .selectFrom('open_amounts_by_due')
      .select(['currency', 'due_date', 'open_minor'])
      .where('organization_id', '=', organizationId)
      .where('open_minor', '<>', 0n)
      .orderBy('currency')
      .orderBy('due_date')
      .execute();
    return Object.fromEntries(rows.map((row) => [`${row.currency} ${row.due_date}`, String(row.open_minor)]));
  }

  it('follows bookings, settlements, reversals, and rows written straight into the table', async () => {
    const org = await saldo.organization('sums');
    const customer = await createCustomer(saldo, org);
    const eur = await createAccount(saldo, org, customer.id);
    const usd = await createAccount(saldo, org, customer.id, { currency: 'USD' });
    const post = async (path: string, body: unknown) => {
      const answer = await saldo.request('POST', `/orgs/sums/${path}`, { key: org.key, body });
      expect(answer.status, answer.text).toBeLessThan(300);
      return answer.body as { id: string };
    };
    const first = await post(`accounts/${eur.account_id}/entries`, {
      type: 'CHARGE',
      amount: 10_000,
      due_date: '2026-04-01',
    });
    await post(`accounts/${eur.account_id}/entries`, { type: 'CHARGE', amount: 2_500, due_date: '2026-04-01' });
    await post(`accounts/${usd.account_id}/entries`, { type: 'CHARGE', amount: 700, due_date: '2026-05-01' });
    expect(await sums(org.id)).toEqual({ 'EUR 2026-04-01': '12500', 'USD 2026-05-01': '700' });

    const payment = await post(`accounts/${eur.account_id}/payments`, { amount: 11_000 });
    expect(await sums(org.id)).toEqual({ 'EUR 2026-04-01': '1500', 'USD 2026-05-01': '700' });
    await post(`entries/${payment.id}/reversal`, {});
    expect(await sums(org.id)).toEqual({ 'EUR 2026-04-01': '12500', 'USD 2026-05-01': '700' });
    await post(`entries/${first.id}/reversal`, {});
    expect(await sums(org.id)).toEqual({ 'EUR 2026-04-01': '2500', 'USD 2026-05-01': '700' });
    expect((await checkLedger(saldo.store.db, org.id)).problems).toEqual([]);

    // Straight into the table: the sums still follow the rows.
    await sql`update entries set open_minor = open_minor - 200
              where organization_id = ${org.id} and type = 'CHARGE' and amount_minor = 700`.execute(saldo.store.db);
    expect(await sums(org.id)).toEqual({ 'EUR 2026-04-01': '2500', 'USD 2026-05-01': '500' });
    await sql`delete from entries where organization_id = ${org.id} and type = 'CHARGE' and amount_minor = 700`.execute(
      saldo.store.db,
    );
    expect(await sums(org.id)).toEqual({ 'EUR 2026-04-01': '2500' });
  });
});
