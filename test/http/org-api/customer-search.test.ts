// Proves the customer search (`q` on GET /orgs/{org_id}/customers) on SQLite and PostgreSQL: by
// customer number, account number and payment reference (spaces and case ignored) exactly, by part
// of the name and the start of the email in either case; LIKE wildcards typed are plain text;
// results page by number; and another organization's customers never match.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('customer search', (kind) => {
  let saldo: TestSaldo;
  let org: { slug: string; key: string };
  let reference = '';
  beforeAll(async () => {
    saldo = await startSaldo(kind);
    org = await saldo.organization('acme');
    const maija = await createCustomer(saldo, org, {
      number: '1001',
      name: 'Maija Meikäläinen',
      email: 'maija.m@example.com',
    });
    await createCustomer(saldo, org, { number: '1002', name: 'Matti Virtanen', email: 'matti@example.com' });
    await createCustomer(saldo, org, { number: '2001', name: '100% Juice Oy', email: 'orders@juice.example' });
    await createCustomer(saldo, org, { number: '2002', name: 'Juice_Bar', email: null });
    await createAccount(saldo, org, maija.id, { number: 'ELEC-77' });
    const account = await createAccount(saldo, org, maija.id, { payment_reference: { type: 'FINNISH_7_3_1' } });
    reference = account.payment_reference!.number;
    const other = await saldo.organization('globex');
    await createCustomer(saldo, other, { number: '1001', name: 'Maija at Globex' });
  });
  afterAll(async () => saldo?.close());

  const search = async (q: string, extra = '') => {
    const answer = await saldo.request('GET', `/orgs/acme/customers?q=${encodeURIComponent(q)}${extra}`, {
      key: org.key,
    });
    expect(answer.status).toBe(200);
    return answer.body as { data: Array<{ number: string }>; next_cursor: string | null };
  };
  const numbers = async (q: string) => (await search(q)).data.map((customer) => customer.number);

  it.each([
    ['a customer number', '1001', ['1001']],
    ['an account number', 'ELEC-77', ['1001']],
    ['part of a name, any case', 'virTANEN', ['1002']],
    ['part of names', 'ma', ['1001', '1002']],
    ['the start of an email', 'MATTI@', ['1002']],
    ['a percent sign, as text', '100%', ['2001']],
    ['an underscore, as text', 'e_b', ['2002']],
    ['what nothing has', 'zzz', []],
    ['the middle of an email', 'example.com', []],
  ])('finds by %s (%s)', async (_label, q, expected) => {
    expect(await numbers(q)).toEqual(expected);
  });

  it('finds by payment reference, typed with spaces', async () => {
    expect(reference).toMatch(/^\d+$/);
    const spaced = reference.replace(/(\d{3})/g, '$1 ').trim();
    expect(await numbers(spaced)).toEqual(['1001']);
  });

  it('pages the results by number, and ignores a blank search', async () => {
    const first = await search('a', '&limit=2');
    expect(first.data.map((c) => c.number)).toEqual(['1001', '1002']);
    const second = await search('a', `&limit=2&cursor=${first.next_cursor}`);
    expect(second.data.map((c) => c.number)).toEqual(['2002']);
    expect(second.next_cursor).toBeNull();
    expect((await search('   ')).data).toHaveLength(4);
    expect((await saldo.request('GET', `/orgs/acme/customers?q=${'x'.repeat(201)}`, { key: org.key })).status).toBe(
      400,
    );
  });
});
