// Proves GET /orgs/{org_id}/accounts/{account_id}/statement over HTTP on both databases: the
// default period (the last 30 days), running balances that match the entries, the opening and
// closing balances, open items as they stood at the end of a past `to`, the CSV parsed back, the
// PDF's text read back with pdftotext in the organization's locale, and bad input (from after
// to, an unknown format, malformed dates, other organizations' accounts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('statement of account', (kind) => {
  let saldo: TestSaldo;
  let org: { slug: string; key: string };
  let account: any;
  let customer: any;
  let paymentId = '';
  let firstCharge = '';
  const slug = `statement-${kind}`;

  beforeAll(async () => {
    saldo = await startSaldo(kind);
    saldo.clock.set('2026-03-01T10:00:00Z');
    org = await saldo.organization(slug);
    customer = await createCustomer(saldo, org, { name: 'Maija Meikäläinen' });
    account = await createAccount(saldo, org, customer.id, {
      name: 'Sähkö',
      payment_reference: { type: 'MOD10' },
      billing_address: { line1: 'Mannerheimintie 1 A 2', postal_code: '00100', city: 'Helsinki', country: 'FI' },
    });
    const post = async (date: string, path: string, body: unknown) => {
      saldo.clock.set(`${date}T10:00:00Z`);
      const answer = await saldo.request('POST', `/orgs/${slug}/${path}`, { key: org.key, body });
      expect(answer.status, answer.text).toBe(201);
      return answer.body.id as string;
    };
    const base = `accounts/${account.account_id}`;
    firstCharge = await post('2026-03-01', `${base}/entries`, {
      type: 'CHARGE',
      amount: 10_000,
      due_date: '2026-03-15',
      description: 'Maaliskuu',
    });
    paymentId = await post('2026-03-05', `${base}/payments`, { amount: 4_000 });
    await post('2026-03-10', `${base}/write-offs`, { amount: 1_000, reason: 'Hyvitys' });
    await post('2026-03-20', `${base}/entries`, {
      type: 'CHARGE',
      amount: 2_500,
      due_date: '2026-04-01',
      description: 'Huhtikuu',
    });
    await post('2026-03-25', `entries/${paymentId}/reversal`, {}); // the payment came back
    saldo.clock.set('2026-03-31T10:00:00Z');
    const settings = await saldo.request('PUT', `/orgs/${slug}/settings`, { key: org.key, body: { locale: 'fi-FI' } });
    expect(settings.status, settings.text).toBe(200);
  });
  afterAll(async () => saldo?.close());

  const statement = (query = '', key = org.key, accountId = account.account_id) =>
    saldo.request('GET', `/orgs/${slug}/accounts/${accountId}/statement${query}`, { key });

  it('covers the last 30 days by default, with running balances that follow the entries', async () => {
    const answer = await statement();
    expect(answer.status, answer.text).toBe(200);
    const body = answer.body;
    expect(body).toMatchObject({
      account_id: account.account_id,
      currency: 'EUR',
      from: '2026-03-02',
      to: '2026-03-31',
      opening_balance: -10_000,
    });
    expect(body.payment_reference).toBe(account.payment_reference.number);
    expect(body.entries.map((e: any) => e.kind)).toEqual(['PAYMENT', 'WRITE_OFF', 'CHARGE', 'REVERSAL']);
    let balance = body.opening_balance;
    for (const entry of body.entries) {
      balance += entry.type === 'CREDIT' ? entry.amount : -entry.amount;
      expect(entry.running_balance).toBe(balance);
      expect(entry.running_balance).toBe(entry.balance_after);
    }
    expect(body.closing_balance).toBe(balance);
    expect(body.closing_balance).toBe(-11_500);
    expect(body.open_items.map((e: any) => [e.id, e.open_amount])).toEqual([
      [firstCharge, 9_000],
      [body.entries[2].id, 2_500],
    ]);
  });

  it('shows the open items as they stood at the end of a past `to`', async () => {
    const answer = await statement('?from=2026-03-01&to=2026-03-10');
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-10',
      opening_balance: 0,
      closing_balance: -5_000,
    });
    expect(answer.body.entries.map((e: any) => e.kind)).toEqual(['CHARGE', 'PAYMENT', 'WRITE_OFF']);
    expect(answer.body.open_items.map((e: any) => [e.id, e.open_amount])).toEqual([[firstCharge, 5_000]]);
    const empty = await statement('?from=2026-02-01&to=2026-02-10');
    expect(empty.body).toMatchObject({ opening_balance: 0, closing_balance: 0, entries: [], open_items: [] });
  });

  it('writes the CSV with the customer’s signs, parsed back row by row', async () => {
    const answer = await saldo.request(
      'GET',
      `/orgs/${slug}/accounts/${account.account_id}/statement?format=csv&from=2026-03-01`,
      { key: org.key },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/csv');
    const rows = parse(answer.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.kind, r.amount, r.running_balance])).toEqual([
      ['OPENING_BALANCE', '', '0'],
      ['CHARGE', '10000', '10000'],
      ['PAYMENT', '-4000', '6000'],
      ['WRITE_OFF', '-1000', '5000'],
      ['CHARGE', '2500', '7500'],
      ['REVERSAL', '4000', '11500'],
      ['CLOSING_BALANCE', '', '11500'],
    ]);
  });

  it('writes the PDF in the organization’s locale, read back with pdftotext', async () => {
    // Read as bytes: the harness's request decodes text.
    const answer = await fetch(
      `${saldo.baseUrl}/orgs/${slug}/accounts/${account.account_id}/statement?format=pdf&from=2026-03-01`,
      { headers: { 'x-api-key': org.key } },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'statement-')), 'statement.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\u00a0|\u202f/g,
      ' ',
    );
    for (const expected of [
      'Tiliote',
      'Maija Meikäläinen',
      'Mannerheimintie 1 A 2',
      '00100 Helsinki',
      'Alkusaldo',
      'Loppusaldo',
      'Maaliskuu',
      'Luottotappio',
      '115,00 €',
      '−40,00 €',
      account.payment_reference.number,
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('refuses bad input with 400 and names the parameter; other organizations’ accounts are not found', async () => {
    for (const [query, parameter] of [
      ['?from=2026-03-20&to=2026-03-10', 'from'],
      ['?format=xml', 'format'],
      ['?from=2026-02-30', 'from'],
      ['?to=tomorrow', 'to'],
      ['?colour=red', 'colour'],
    ] as const) {
      const answer = await statement(query);
      expect(answer.status, query).toBe(400);
      expect(JSON.stringify(answer.body.errors), query).toContain(parameter);
    }
    const other = await saldo.organization(`${slug}-other`);
    expect((await statement('', other.key)).status).toBe(404);
    expect(
      (await saldo.request('GET', `/orgs/${other.slug}/accounts/${account.account_id}/statement`, { key: other.key }))
        .status,
    ).toBe(404);
    expect((await statement('', org.key, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await statement('', org.key, 'not-a-uuid')).status).toBe(400);
  });
});
