// Proves bank statement import and reconciliation over real HTTP on both databases: each fixture
// (Finnish camt.053, RF references, camt.054 then camt.053, two statements, MT940, SEPA returns),
// the four matching rules in order, ambiguity and currency mismatch left UNMATCHED with a reason,
// partial and over-payments, re-import booking nothing, hostile and oversized files refused with
// nothing booked, returned direct debits (payment reversed, fee, scheduled payment RETURNED, the
// next dunning run sees the reopened charge), the unmatched queue (match, ignore, unmatch, 409s),
// tenancy and malformed ids; a scheduled payment quoted or returned twice in one file is acted on once.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { camt053 } from '../../support/camt.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

// Small enough for a test to pass it, large enough for every fixture (the deep-nesting one is 69 KiB).
const STATEMENT_LIMIT_BYTES = 128 * 1024;
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/bank-statements/${name}`, import.meta.url), 'utf8');

describeEachDatabase('bank statements', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { statementLimitBytes: STATEMENT_LIMIT_BYTES, logger: { level: 'error' } });
  });
  afterAll(async () => saldo?.close());

  type Org = { slug: string; key: string; id: string };
  const importFile = (
    org: Org,
    text: string,
    options: { contentType?: string; query?: string; headers?: Record<string, string> } = {},
  ) =>
    saldo.request('POST', `/orgs/${org.slug}/bank-statements${options.query ?? ''}`, {
      key: org.key,
      rawBody: text,
      headers: { 'content-type': options.contentType ?? 'application/xml', ...options.headers },
    });
  const get = (org: Org, path: string) => saldo.request('GET', `/orgs/${org.slug}${path}`, { key: org.key });
  const put = (org: Org, path: string, body: unknown) =>
    saldo.request('PUT', `/orgs/${org.slug}${path}`, { key: org.key, body });
  const post = (org: Org, path: string, body?: unknown) =>
    saldo.request('POST', `/orgs/${org.slug}${path}`, { key: org.key, body: body ?? {} });
  const lines = async (org: Org, query = '') => (await get(org, `/bank-lines${query}`)).body.data as any[];
  const account = async (org: Org, id: string) => (await get(org, `/accounts/${id}`)).body;
  const entries = async (org: Org, id: string) => (await get(org, `/accounts/${id}/entries`)).body.data as any[];
  const valueDateOf = async (entryId: string) =>
    (
      await saldo.store.db
        .selectFrom('entries')
        .select('value_date')
        .where('public_id', '=', entryId)
        .executeTakeFirstOrThrow()
    ).value_date;
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
    expect(all[0]).toMatchObject({
      id: expect.stringMatching(/^bsl_/),
      statement_id: imported.body.id,
      account_id: finnish.account_id,
      entry_id: expect.stringMatching(/^trn_/),
      value_date: '2024-03-15',
    });
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

  it('tries the rules in order: reference, remittance text, end-to-end id, IBAN and amount; ambiguity and currency stay UNMATCHED', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-rules');
    const rf = await withReference(org, 'RF', 'RF18539007547034');
    const finnish = await withReference(org, 'FINNISH_7_3_1', '12345614');
    const debtor = 'FI7540050010012345';
    const byIban = await withReference(org, 'RF', 'RF26CUST1001', {
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: debtor } },
    });
    const twinIban = 'FI5110253000009876';
    const twinA = await withReference(org, 'RF', 'RF96CUST1002', {
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: twinIban } },
    });
    const twinB = await withReference(org, 'MOD10', '1234567897', {
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: twinIban } },
    });
    await charge(org, rf.account_id, 10_000);
    await charge(org, byIban.account_id, 2_500);
    await charge(org, twinA.account_id, 700);
    await charge(org, twinB.account_id, 700);
    const scheduled = await post(org, `/accounts/${finnish.account_id}/scheduled-payments`, {
      amount: 3_000,
      date: '2026-03-15',
    });
    expect(scheduled.status).toBe(201);
    expect((await post(org, '/dunning-runs', { as_of: '2026-03-15' })).status).toBe(201);
    expect((await get(org, `/scheduled-payments/${scheduled.body.id}`)).body.status).toBe('DUE');

    const file = camt053('RULES-1', [
      // Rule 1 wins over the end-to-end id of a due scheduled payment: a partial payment.
      { amount: '40.00', reference: 'RF18 5390 0754 7034', endToEndId: scheduled.body.id, bankReference: 'R1' },
      { amount: '1.00', text: 'Lasku RF18 5390 0754 7034 ja 12345614', bankReference: 'R2' },
      { amount: '30.00', endToEndId: scheduled.body.id, bankReference: 'R3' },
      { amount: '25.00', debtorIban: debtor, bankReference: 'R4' },
      { amount: '24.00', debtorIban: debtor, bankReference: 'R5' },
      { amount: '7.00', debtorIban: twinIban, bankReference: 'R6' },
      { amount: '9.00', currency: 'USD', reference: 'RF18539007547034', bankReference: 'R7' },
      { amount: '3.00', text: 'Invoice 4 of 12 days', bankReference: 'R8' },
    ]);
    const imported = await importFile(org, file);
    expect(imported.status, imported.text).toBe(201);
    const all = await lines(org);
    expect(imported.body).toMatchObject({ lines: 8, matched: 3, unmatched: 5, returned: 0, ignored: 0, known: 0 });
    expect(all.map((line) => [line.bank_reference, line.status, line.match, line.account_id])).toEqual([
      ['R1', 'MATCHED', 'REFERENCE', rf.account_id],
      ['R2', 'UNMATCHED', null, null],
      ['R3', 'MATCHED', 'END_TO_END_ID', finnish.account_id],
      ['R4', 'MATCHED', 'IBAN_AND_AMOUNT', byIban.account_id],
      ['R5', 'UNMATCHED', null, null],
      ['R6', 'UNMATCHED', null, null],
      ['R7', 'UNMATCHED', null, null],
      ['R8', 'UNMATCHED', null, null],
    ]);
    // The reasons name the candidates, or the currency.
    expect(all[1].reason).toContain('Ambiguous');
    expect(all[1].reason).toContain(rf.account_id);
    expect(all[1].reason).toContain(finnish.account_id);
    expect(all[5].reason).toContain(twinA.account_id);
    expect(all[5].reason).toContain(twinB.account_id);
    expect(all[6].reason).toMatch(/Currency: the line is in USD/);
    expect(all[7].reason).toMatch(/No rule/);
    // Partial payment: 40.00 of 100.00 leaves 60.00 open; the scheduled payment is COLLECTED with its payment.
    expect((await account(org, rf.account_id)).balance).toBe(-6_000);
    expect((await get(org, `/scheduled-payments/${scheduled.body.id}`)).body.status).toBe('COLLECTED');
    expect((await account(org, byIban.account_id)).balance).toBe(0);
  });

  it('imports a batch booking line by line (camt.053.001.06) and a prefixed camt.053.001.08', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-versions');
    const finnish = await withReference(org, 'FINNISH_7_3_1', '12345614');
    const rf = await withReference(org, 'RF', 'RF18539007547034');
    const invoice = await withReference(org, 'RF', 'RF75INV20240315');
    const batch = await importFile(org, fixture('batch-camt053-001-06.xml'));
    expect(batch.status, batch.text).toBe(201);
    const batchLines = await lines(org, `?statement_id=${batch.body.id}`);
    // A batch entry of several transactions is a line per transaction, each with its own amount.
    expect(batchLines.length).toBeGreaterThan(batch.body.statements.length);
    expect(batch.body.lines).toBe(batchLines.length);
    expect(
      batchLines.filter((line) => line.account_id === finnish.account_id).map((line) => [line.amount, line.match]),
    ).toEqual([[10_000, 'REFERENCE']]);
    expect(
      batchLines.filter((line) => line.account_id === rf.account_id).map((line) => [line.amount, line.match]),
    ).toEqual([[15_000, 'REFERENCE']]);
    const prefixed = await importFile(org, fixture('camt053-001-08.xml'));
    expect(prefixed.status, prefixed.text).toBe(201);
    expect(prefixed.body).toMatchObject({ format: 'camt.053', bank_statement_id: 'DE89370400440532013000-2024-05-02' });
    expect(prefixed.body.matched).toBeGreaterThanOrEqual(1);
    expect(
      (await lines(org, `?statement_id=${prefixed.body.id}&status=MATCHED`)).map((line) => line.account_id),
    ).toContain(invoice.account_id);
  });

  it('books an entry once when a camt.054 announced it and the camt.053 lists it', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-054');
    const rf = await withReference(org, 'RF', 'RF96CUST1002');
    const notified = await importFile(org, fixture('notification-camt054-001-02.xml'));
    expect(notified.status, notified.text).toBe(201);
    expect(notified.body).toMatchObject({ format: 'camt.054', lines: 2, matched: 1, unmatched: 1, known: 0 });
    const listed = await importFile(org, fixture('statement-after-notification-camt053-001-02.xml'));
    expect(listed.status, listed.text).toBe(201);
    expect(listed.body).toMatchObject({ format: 'camt.053', lines: 3, matched: 0, unmatched: 1, known: 2 });
    expect((await entries(org, rf.account_id)).filter((entry) => entry.kind === 'PAYMENT')).toHaveLength(1);
    expect((await account(org, rf.account_id)).balance).toBe(12_000);
    expect(await lines(org)).toHaveLength(3);
  });

  it('imports several statements of one file, and MT940 messages; a known statement is skipped', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-multi');
    const two = await importFile(org, fixture('two-statements-camt053-001-05.xml'));
    expect(two.status, two.text).toBe(201);
    expect(two.body.statements.map((statement: any) => [statement.bank_statement_id, statement.skipped])).toEqual([
      ['STMT-A-2024-09-10', false],
      ['STMT-B-2024-09-10', false],
    ]);
    expect(two.body.lines).toBe(two.body.statements[0].lines + two.body.statements[1].lines);
    expect(two.body.bank_statement_id).toBe('STMT-A-2024-09-10');
    expect((await importFile(org, fixture('two-statements-camt053-001-05.xml'))).status).toBe(200);

    const mt940 = await importFile(org, fixture('two-messages.mt940'), {
      contentType: 'text/plain',
      query: '?format=mt940',
    });
    expect(mt940.status, mt940.text).toBe(201);
    expect(mt940.body).toMatchObject({
      format: 'mt940',
      bank_statement_id: 'STARTUMS/00058/001',
      account_iban: 'DE89370400440532013000',
    });
    expect(mt940.body.statements).toHaveLength(2);
    // The two returned debits of the MT940 file return no payment of Saldo's: IGNORED, like the fees.
    const statementLines = await lines(org, `?statement_id=${mt940.body.statements[0].id}`);
    expect(statementLines.every((line) => line.statement_id === mt940.body.statements[0].id)).toBe(true);
    expect((await get(org, '/bank-statements?limit=2')).body).toMatchObject({
      data: [{ format: 'mt940' }, { format: 'mt940' }],
      next_cursor: expect.any(String),
    });
    const page = (await get(org, '/bank-statements?limit=2')).body;
    const rest = (await get(org, `/bank-statements?limit=2&cursor=${page.next_cursor}`)).body;
    expect(rest.data.map((statement: any) => statement.bank_statement_id)).toEqual([
      'STMT-B-2024-09-10',
      'STMT-A-2024-09-10',
    ]);
    expect(rest.next_cursor).toBeNull();
    const one = await get(org, `/bank-statements/${two.body.id}`);
    expect(one.body).toMatchObject({
      id: two.body.id,
      format: 'camt.053',
      account_iban: 'FI2112345600000785',
      opening_balance: -1_000,
      closing_balance: 9_000,
    });

    // Bad requests: the wrong media type, MT940 without its format, a JSON body.
    const plain = await importFile(org, fixture('two-messages.mt940'), { contentType: 'text/plain' });
    expect([plain.status, plain.body.code, plain.body.errors?.[0]?.parameter]).toEqual([
      400,
      'validation_failed',
      'format',
    ]);
    const json = await saldo.request('POST', `/orgs/${org.slug}/bank-statements`, {
      key: org.key,
      body: { file: 'x' },
    });
    expect([json.status, json.body.code]).toEqual([415, 'unsupported_media_type']);
    // Elsewhere, as before statements existed: plain text fails the route's schema (400), XML is 415.
    const otherRoute = await saldo.request('POST', `/orgs/${org.slug}/customers`, {
      key: org.key,
      rawBody: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect([otherRoute.status, otherRoute.body.code]).toEqual([400, 'validation_failed']);
    const xmlElsewhere = await saldo.request('POST', `/orgs/${org.slug}/customers`, {
      key: org.key,
      rawBody: '<a/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect([xmlElsewhere.status, xmlElsewhere.body.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('refuses hostile, malformed and oversized files with 400 or 413, and books nothing', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-hostile');
    const rf = await withReference(org, 'RF', 'RF18539007547034');
    const cases: Array<[string, string, RegExp]> = [
      ['xxe.xml', 'application/xml', /DOCTYPE|declaration/i],
      ['billion-laughs.xml', 'application/xml', /DOCTYPE|declaration/i],
      ['deep-nesting.xml', 'application/xml', /nest|deep/i],
      ['broken.xml', 'application/xml', /line|column|well-formed|closed|tag/i],
      ['wrong-amount.xml', 'application/xml', /Amt/],
      ['garbage-lines.mt940', 'text/plain', /line \d+/],
      ['wrong-amount.mt940', 'text/plain', /line \d+/],
    ];
    for (const [name, contentType, detail] of cases) {
      const answer = await importFile(org, fixture(`hostile/${name}`), {
        contentType,
        query: contentType === 'text/plain' ? '?format=mt940' : '',
      });
      expect([answer.status, answer.body.code], name).toEqual([400, 'statement_invalid']);
      expect(answer.body.detail, name).toMatch(detail);
    }
    // Past STATEMENT_LIMIT_BYTES: 413, whatever the file would have held.
    const entry = { amount: '10.00', reference: 'RF18539007547034' };
    const big = camt053(
      'BIG-1',
      Array.from({ length: 400 }, (_, index) => ({ ...entry, bankReference: `B${index}` })),
    );
    expect(Buffer.byteLength(big)).toBeGreaterThan(STATEMENT_LIMIT_BYTES);
    const tooLarge = await importFile(org, big);
    expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'payload_too_large']);
    expect((await get(org, '/bank-statements')).body.data).toEqual([]);
    expect(await lines(org)).toEqual([]);
    expect(await entries(org, rf.account_id)).toEqual([]);
  });

  it('collects a scheduled payment quoted twice in one file once, and undoes a payment returned twice in one file once', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-twice');
    const first = await withReference(org, 'RF', 'RF18539007547034');
    const second = await withReference(org, 'FINNISH_7_3_1', '12345614');
    await charge(org, first.account_id, 2_000, '2026-03-10');
    await charge(org, second.account_id, 3_000, '2026-03-10');
    const one = await post(org, `/accounts/${first.account_id}/scheduled-payments`, {
      amount: 2_000,
      date: '2026-03-15',
    });
    const two = await post(org, `/accounts/${second.account_id}/scheduled-payments`, {
      amount: 3_000,
      date: '2026-03-15',
    });
    expect((await post(org, '/dunning-runs', { as_of: '2026-03-15' })).status).toBe(201);

    const collections = await importFile(
      org,
      camt053('TWICE-IN', [
        { amount: '20.00', endToEndId: one.body.id, bankReference: 'IN1', valueDate: '2026-03-15' },
        { amount: '20.00', endToEndId: one.body.id, bankReference: 'IN2', valueDate: '2026-03-15' },
        { amount: '30.00', endToEndId: two.body.id, bankReference: 'IN3', valueDate: '2026-03-15' },
      ]),
    );
    expect(collections.status, collections.text).toBe(201);
    expect(
      (await lines(org, `?statement_id=${collections.body.id}`)).map((line) => [
        line.bank_reference,
        line.status,
        line.match,
        line.account_id,
      ]),
    ).toEqual([
      ['IN1', 'MATCHED', 'END_TO_END_ID', first.account_id],
      ['IN2', 'UNMATCHED', null, null],
      ['IN3', 'MATCHED', 'END_TO_END_ID', second.account_id],
    ]);
    for (const scheduled of [one, two])
      expect((await get(org, `/scheduled-payments/${scheduled.body.id}`)).body.status).toBe('COLLECTED');

    const returns = await importFile(
      org,
      camt053('TWICE-OUT', [
        { amount: '20.00', direction: 'DBIT', endToEndId: one.body.id, returnReason: 'AM04', bankReference: 'OUT1' },
        { amount: '20.00', direction: 'DBIT', endToEndId: one.body.id, returnReason: 'AM04', bankReference: 'OUT2' },
        { amount: '30.00', direction: 'DBIT', endToEndId: two.body.id, returnReason: 'MD06', bankReference: 'OUT3' },
      ]),
    );
    expect(returns.status, returns.text).toBe(201);
    expect(returns.body).toMatchObject({ lines: 3, returned: 2, ignored: 1 });
    expect(
      (await lines(org, `?statement_id=${returns.body.id}`)).map((line) => [
        line.bank_reference,
        line.status,
        line.account_id,
      ]),
    ).toEqual([
      ['OUT1', 'RETURNED', first.account_id],
      ['OUT2', 'IGNORED', null],
      ['OUT3', 'RETURNED', second.account_id],
    ]);
    expect((await get(org, `/scheduled-payments/${one.body.id}`)).body).toMatchObject({
      status: 'RETURNED',
      return_reason: 'AM04',
    });
    expect((await get(org, `/scheduled-payments/${two.body.id}`)).body).toMatchObject({
      status: 'RETURNED',
      return_reason: 'MD06',
    });
    // Each charge is owed again in full: one reversal per payment, not two.
    expect((await account(org, first.account_id)).balance).toBe(-2_000);
    expect((await account(org, second.account_id)).balance).toBe(-3_000);
  });

  it('returns direct debits: the payment reversed, the fee charged, the scheduled payment RETURNED, an auto-closed account owing again, dunning sees it', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-returns');
    expect(
      (await saldo.request('PUT', `/orgs/${org.slug}/settings`, { key: org.key, body: { returned_debit_fee: 500 } }))
        .body.returned_debit_fee,
    ).toBe(500);
    expect(
      (
        await put(org, '/dunning-policy', {
          levels: [{ name: 'Reminder', days_past_due: 7 }],
          debt_collection_after_days: null,
        })
      ).status,
    ).toBe(200);
    const member = await withReference(org, 'RF', 'RF18539007547034');
    const other = await withReference(org, 'FINNISH_7_3_1', '12345614');
    const owed = await charge(org, member.account_id, 4_900, '2026-03-10');
    await charge(org, other.account_id, 4_900, '2026-03-10');
    const scheduled = await post(org, `/accounts/${member.account_id}/scheduled-payments`, {
      amount: 4_900,
      date: '2026-03-15',
    });
    await post(org, '/dunning-runs', { as_of: '2026-03-15' });
    expect((await post(org, `/accounts/${member.account_id}/status`, { status: 'ACCOUNT_TO_CLOSE' })).status).toBe(200);

    // The collection arrives (rule 3), and a payment of the other account quoting an end-to-end id.
    const collected = await importFile(
      org,
      camt053('SDD-IN-1', [
        { amount: '49.00', endToEndId: scheduled.body.id, bankReference: 'IN1', valueDate: '2026-03-15' },
        { amount: '49.00', endToEndId: 'spm_01J1Y7Q7F0G1H2J3K4M5N6P7Q9', reference: '12345614', bankReference: 'IN2' },
      ]),
    );
    expect(collected.body).toMatchObject({ matched: 2 });
    await post(org, '/dunning-runs', { as_of: '2026-03-15' });
    expect((await account(org, member.account_id)).status).toBe('ACCOUNT_AUTO_CLOSED');

    // The bank returns both (AM04, MD06) and one debit Saldo never collected (MS02).
    const returns = fixture('sdd-returns-camt053-001-04.xml').replace(
      'spm_01J1Y7Q7F0G1H2J3K4M5N6P7Q8',
      scheduled.body.id,
    );
    const imported = await importFile(org, returns);
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body).toMatchObject({ lines: 3, matched: 0, unmatched: 0, returned: 2, ignored: 1 });
    const returned = await lines(org, `?statement_id=${imported.body.id}`);
    expect(returned.map((line) => [line.status, line.reason, line.account_id])).toEqual([
      ['RETURNED', 'AM04', member.account_id],
      ['RETURNED', 'MD06', other.account_id],
      ['IGNORED', expect.stringContaining('MS02'), null],
    ]);
    expect((await get(org, `/scheduled-payments/${scheduled.body.id}`)).body).toMatchObject({
      status: 'RETURNED',
      return_reason: 'AM04',
    });
    // The charge is open again, the fee is charged on the closed account, which goes back to ACCOUNT_TO_CLOSE.
    expect(await account(org, member.account_id)).toMatchObject({ status: 'ACCOUNT_TO_CLOSE', balance: -5_400 });
    expect((await get(org, `/entries/${owed.body.id}`)).body.open_amount).toBe(4_900);
    const fee = (await entries(org, member.account_id)).find((entry) => entry.kind === 'FEE');
    expect(fee).toMatchObject({ amount: 500 });
    expect((await account(org, other.account_id)).balance).toBe(-5_400);
    // Re-import books nothing.
    expect((await importFile(org, returns)).status).toBe(200);
    expect((await account(org, member.account_id)).balance).toBe(-5_400);

    // The next dunning run sees the reopened charge.
    saldo.clock.set('2026-03-20T10:00:00Z');
    expect((await post(org, '/dunning-runs', { as_of: '2026-03-20' })).status).toBe(201);
    const levels = (await get(org, '/events?types=dunning.level_changed')).body.data.filter(
      (event: any) => event.data.account_id === member.account_id,
    );
    expect(levels.at(-1).data.to).toEqual({ index: 0, name: 'Reminder' });

    const events = (
      await get(org, '/events?types=bank_statement.imported,bank_line.matched,payment.returned&limit=100')
    ).body.data;
    expect(events.filter((event: any) => event.type === 'bank_statement.imported')).toHaveLength(2);
    expect(
      events.filter((event: any) => event.type === 'bank_line.matched').map((event: any) => event.data.match),
    ).toEqual(['END_TO_END_ID', 'REFERENCE']);
    const paymentReturned = events.filter((event: any) => event.type === 'payment.returned');
    expect(
      paymentReturned.map((event: any) => [
        event.data.reason_code,
        event.data.amount,
        event.data.account_id,
        event.data.fee_entry_id !== null,
      ]),
    ).toEqual([
      ['AM04', 4_900, member.account_id, true],
      ['MD06', 4_900, other.account_id, true],
    ]);
    expect(paymentReturned[0].data.scheduled_payment_id).toBe(scheduled.body.id);
  });

  it('works the unmatched queue: match, ignore, unmatch, 409s; a payment reversed through the entries API unmatches its line', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('bst-queue');
    const stranger = await saldo.organization('bst-stranger');
    const customer = await createCustomer(saldo, org);
    const target = await createAccount(saldo, org, customer.id);
    const dollars = await createAccount(saldo, org, customer.id, { currency: 'USD' });
    const theirs = await createAccount(saldo, stranger, (await createCustomer(saldo, stranger)).id);
    await importFile(
      org,
      camt053('QUEUE-1', [
        { amount: '10.00', text: 'first', bankReference: 'Q1' },
        { amount: '20.00', text: 'second', bankReference: 'Q2' },
        { amount: '30.00', text: 'third', bankReference: 'Q3' },
      ]),
    );
    const page = (await get(org, '/bank-lines?status=UNMATCHED&limit=2')).body;
    expect(page.data.map((line: any) => line.amount)).toEqual([1_000, 2_000]);
    const rest = (await get(org, `/bank-lines?status=UNMATCHED&limit=2&cursor=${page.next_cursor}`)).body;
    expect([rest.data.map((line: any) => line.amount), rest.next_cursor]).toEqual([[3_000], null]);
    const [first, second, third] = [...page.data, ...rest.data];

    const matched = await post(org, `/bank-lines/${first.id}/match`, { account_id: target.account_id });
    expect(matched.status, matched.text).toBe(200);
    expect(matched.body).toMatchObject({
      id: first.id,
      status: 'MATCHED',
      match: 'MANUAL',
      account_id: target.account_id,
      entry_id: expect.stringMatching(/^trn_/),
    });
    expect((await account(org, target.account_id)).balance).toBe(1_000);
    expect(await valueDateOf(matched.body.entry_id)).toBe('2026-03-14');
    for (const action of ['match', 'ignore']) {
      const again = await post(
        org,
        `/bank-lines/${first.id}/${action}`,
        action === 'ignore' ? {} : { account_id: target.account_id },
      );
      expect([again.status, again.body.code], action).toEqual([409, 'bank_line_not_open']);
    }
    const ignored = await post(org, `/bank-lines/${second.id}/ignore`, { reason: 'Refund of a supplier' });
    expect(ignored.body).toMatchObject({ status: 'IGNORED', reason: 'Refund of a supplier' });
    expect((await post(org, `/bank-lines/${second.id}/unmatch`)).body.code).toBe('bank_line_not_matched');
    expect((await post(org, `/bank-lines/${second.id}/match`, { account_id: target.account_id })).status).toBe(409);

    // Refusals that book nothing: another currency, another tenant's account, a bad body.
    const currency = await post(org, `/bank-lines/${third.id}/match`, { account_id: dollars.account_id });
    expect([currency.status, currency.body.code]).toEqual([422, 'currency_mismatch']);
    const foreign = await post(org, `/bank-lines/${third.id}/match`, { account_id: theirs.account_id });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'account_not_found']);
    for (const body of [{}, { account_id: 'nope' }, { account_id: target.account_id, extra: 1 }]) {
      expect((await post(org, `/bank-lines/${third.id}/match`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await get(org, `/bank-lines/${third.id}`)).body.status).toBe('UNMATCHED');

    // Unmatch: the payment reversed, the line UNMATCHED again, ready for the right account.
    const unmatched = await post(org, `/bank-lines/${first.id}/unmatch`);
    expect(unmatched.body).toMatchObject({ status: 'UNMATCHED', match: null, account_id: null, entry_id: null });
    expect((await account(org, target.account_id)).balance).toBe(0);
    expect((await get(org, `/entries/${matched.body.entry_id}`)).body.reversed_by).toMatch(/^trn_/);

    // A payment reversed through the entries API sends its line back too.
    const rematched = await post(org, `/bank-lines/${first.id}/match`, { account_id: target.account_id });
    expect((await post(org, `/entries/${rematched.body.entry_id}/reversal`, {})).status).toBe(201);
    expect((await get(org, `/bank-lines/${first.id}`)).body).toMatchObject({
      status: 'UNMATCHED',
      reason: 'Its payment was reversed.',
    });
    const unmatchedEvents = (await get(org, '/events?types=bank_line.unmatched')).body.data;
    expect(unmatchedEvents.map((event: any) => event.data.cause)).toEqual(['MANUAL', 'PAYMENT_REVERSED']);

    // Ids: malformed → 400, unknown or another tenant's → 404; scopes.
    expect((await get(org, '/bank-lines/bsl_nope')).status).toBe(400);
    expect((await get(org, '/bank-statements/nope')).status).toBe(400);
    expect((await get(org, '/bank-lines?statement_id=nope')).status).toBe(400);
    expect((await get(org, '/bank-lines?status=OPEN')).status).toBe(400);
    expect((await get(org, '/bank-lines?cursor=abc')).status).toBe(400);
    const unknownLine = await get(org, '/bank-lines/bsl_00000000000000000000000000');
    expect([unknownLine.status, unknownLine.body.code]).toEqual([404, 'bank_line_not_found']);
    const unknownStatement = await get(org, '/bank-lines?statement_id=bst_00000000000000000000000000');
    expect([unknownStatement.status, unknownStatement.body.code]).toEqual([404, 'bank_statement_not_found']);
    const theirView = await get(stranger, `/bank-lines/${third.id}`);
    expect([theirView.status, theirView.body.code]).toEqual([404, 'bank_line_not_found']);
    expect((await post(stranger, `/bank-lines/${third.id}/ignore`)).status).toBe(404);
    expect((await get(stranger, `/bank-statements/${first.statement_id}`)).status).toBe(404);
    expect((await get(stranger, '/bank-lines')).body.data).toEqual([]);
    const reader = await saldo.issueKey(org.slug, ['CUSTOMER_ACCOUNT_READ']);
    expect((await saldo.request('GET', `/orgs/${org.slug}/bank-lines`, { key: reader.key })).status).toBe(200);
    expect(
      (await saldo.request('POST', `/orgs/${org.slug}/bank-lines/${third.id}/ignore`, { key: reader.key, body: {} }))
        .status,
    ).toBe(403);
    const refused = await saldo.request('POST', `/orgs/${org.slug}/bank-statements`, {
      key: reader.key,
      rawBody: camt053('X', []),
      headers: { 'content-type': 'application/xml' },
    });
    expect(refused.status).toBe(403);

    // A bodiless POST is fine for ignore and unmatch.
    const bodiless = await saldo.request('POST', `/orgs/${org.slug}/bank-lines/${third.id}/ignore`, { key: org.key });
    expect([bodiless.status, bodiless.body.status, bodiless.body.reason]).toEqual([200, 'IGNORED', 'Ignored by hand.']);
    const nothingToUndo = await saldo.request('POST', `/orgs/${org.slug}/bank-lines/${third.id}/unmatch`, {
      key: org.key,
    });
    expect([nothingToUndo.status, nothingToUndo.body.code]).toEqual([409, 'bank_line_not_matched']);
  });
});
