// Proves booking entries over HTTP on both databases: the validation ladder, allocation order
// and partial payments, prepaid credit settling charges, reversals of charges and payments with
// the balances and open amounts after them, closed accounts refusing charges, listing in ledger
// order, concurrent reversals of one entry, the organization's time zone for the default due
// date, the audit trail, and tenant isolation of account and entry ids.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../../support/harness.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';

describeEachDatabase('booking entries', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string, input: Record<string, unknown> = {}) {
    const org = await saldo.organization(slug);
    const { customer, account: created } = await createCustomerWithAccount(saldo, org, input);
    const account = { id: created.account_id as string, customerId: customer.id as string };
    const base = `/orgs/${slug}/accounts/${account.id}`;
    const post = (path: string, body: unknown) => saldo.request('POST', `${base}${path}`, { key: org.key, body });
    const charge = (amount: number, due_date?: string) =>
      post('/entries', { type: 'CHARGE', amount, ...(due_date ? { due_date } : {}) });
    const pay = (amount: number) => post('/payments', { amount });
    const entry = async (id: string) =>
      (await saldo.request('GET', `/orgs/${slug}/entries/${id}`, { key: org.key })).body;
    const figures = async () =>
      (await saldo.request('GET', `/orgs/${slug}/accounts/${account.id}`, { key: org.key })).body;
    return { org, account, base, post, charge, pay, entry, figures };
  }

  it.each([
    ['amount 0', { type: 'CHARGE', amount: 0 }, 'validation_failed', '/amount'],
    ['a negative amount', { type: 'CHARGE', amount: -5 }, 'validation_failed', '/amount'],
    ['a fractional amount', { type: 'CHARGE', amount: 12.5 }, 'validation_failed', '/amount'],
    ['an amount as a string', { type: 'CHARGE', amount: '100' }, 'validation_failed', '/amount'],
    ['an amount over the bound', { type: 'CHARGE', amount: 1e16 }, 'validation_failed', '/amount'],
    ['no type', { amount: 100 }, 'validation_failed', '/type'],
    ['an unknown type', { type: 'DEBIT', amount: 100 }, 'validation_failed', '/type'],
    ['an impossible date', { type: 'CHARGE', amount: 100, due_date: '2026-02-30' }, 'validation_failed', '/due_date'],
    [
      'a date in another format',
      { type: 'CHARGE', amount: 100, due_date: '15.03.2026' },
      'validation_failed',
      '/due_date',
    ],
    ['an unknown field', { type: 'CHARGE', amount: 100, colour: 'red' }, 'validation_failed', '/colour'],
    [
      'a description too long',
      { type: 'CHARGE', amount: 100, description: 'x'.repeat(501) },
      'validation_failed',
      '/description',
    ],
  ])('refuses %s with 400', async (_name, body, code, pointer) => {
    const { org, base } = await setup(`ladder-${Math.random().toString(36).slice(2, 8)}`);
    const answer = await saldo.request('POST', `${base}/entries`, { key: org.key, body });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
    expect(answer.body.errors[0].pointer).toBe(pointer);
  });

  it('refuses malformed JSON, another currency, and nothing is booked', async () => {
    const { org, base } = await setup('ladder-json');
    const malformed = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      rawBody: '{"type": "CHARGE", "amount": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const currency = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 100, currency: 'USD' },
    });
    expect(currency.status).toBe(422);
    expect(currency.body.code).toBe('currency_mismatch');
    const listed = await saldo.request('GET', `${base}/entries`, { key: org.key });
    expect(listed.body.data).toEqual([]);
  });

  it('posts a charge with its figures, due today in the organization by default', async () => {
    const { account, charge } = await setup('post-charge');
    const answer = await charge(2500);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      account_id: account.id,
      type: 'CHARGE',
      kind: 'CHARGE',
      amount: 2500,
      open_amount: 2500,
      currency: 'EUR',
      due_date: '2026-03-15',
      installment_plan: false,
      reversal_of: null,
      reversed_by: null,
      balance_after: -2500,
      allocations: [],
    });
    expect(answer.body.id).toMatch(/^trn_[0-9A-Z]{26}$/);
    expect(answer.body.numeric_id).toMatch(/^\d+$/);
  });

  it('settles charges oldest due date first and keeps what is left of a payment unallocated', async () => {
    const { charge, pay, entry, figures } = await setup('allocation-order');
    const later = (await charge(3000, '2026-05-01')).body;
    const earlier = (await charge(2000, '2026-04-01')).body;
    const sameDay = (await charge(1000, '2026-04-01')).body;

    const partial = await pay(2500);
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({
      kind: 'PAYMENT',
      type: 'CREDIT',
      amount: 2500,
      unallocated: 0,
      open_amount: 0,
    });
    expect(partial.body.allocations).toEqual([
      { entry_id: earlier.id, amount: 2000, released_by: null },
      { entry_id: sameDay.id, amount: 500, released_by: null },
    ]);
    expect((await entry(earlier.id)).open_amount).toBe(0);
    expect((await entry(sameDay.id)).open_amount).toBe(500);
    expect((await entry(later.id)).open_amount).toBe(3000);

    const over = await pay(5000);
    expect(over.body.allocations).toEqual([
      { entry_id: sameDay.id, amount: 500, released_by: null },
      { entry_id: later.id, amount: 3000, released_by: null },
    ]);
    expect(over.body.unallocated).toBe(1500);
    expect(over.body.balance_after).toBe(1500);
    expect(await figures()).toMatchObject({ balance: 1500, open_amount: 0, unallocated: 1500 });
  });

  it('settles a new charge at once from prepaid credit', async () => {
    const { post, charge, entry } = await setup('prepaid', { modality: 'RECURRING_PREPAID' });
    const credit = (await post('/entries', { type: 'CREDIT', amount: 1000, description: 'Top-up' })).body;
    expect(credit).toMatchObject({ kind: 'CREDIT', open_amount: 1000, balance_after: 1000 });
    const first = (await charge(400)).body;
    expect(first).toMatchObject({
      open_amount: 0,
      balance_after: 600,
      allocations: [{ entry_id: credit.id, amount: 400, released_by: null }],
    });
    const second = (await charge(900)).body;
    expect(second).toMatchObject({
      open_amount: 300,
      balance_after: -300,
      allocations: [{ entry_id: credit.id, amount: 600, released_by: null }],
    });
    expect((await entry(credit.id)).open_amount).toBe(0);
  });

  it('reverses a charge: its allocations are released and the freed credit settles the next charge', async () => {
    const { org, charge, pay, entry, figures } = await setup('reverse-charge');
    const first = (await charge(1000, '2026-04-01')).body;
    const second = (await charge(1000, '2026-05-01')).body;
    const payment = (await pay(1000)).body;
    expect(payment.allocations).toEqual([{ entry_id: first.id, amount: 1000, released_by: null }]);

    const reversal = await saldo.request('POST', `/orgs/${org.slug}/entries/${first.id}/reversal`, {
      key: org.key,
      body: {},
    });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({
      type: 'CHARGE',
      kind: 'REVERSAL',
      amount: -1000,
      open_amount: 0,
      due_date: '2026-04-01',
      reversal_of: first.id,
      balance_after: 0,
    });
    expect(reversal.body.id > second.id).toBe(true);

    const original = await entry(first.id);
    expect(original).toMatchObject({ amount: 1000, open_amount: 0, reversed_by: reversal.body.id });
    expect(original.allocations).toEqual([{ entry_id: payment.id, amount: 1000, released_by: reversal.body.id }]);
    const next = await entry(second.id);
    expect(next.open_amount).toBe(0);
    expect(next.allocations).toEqual([{ entry_id: payment.id, amount: 1000, released_by: null }]);
    expect((await entry(payment.id)).open_amount).toBe(0);
    expect(await figures()).toMatchObject({ balance: 0, open_amount: 0, unallocated: 0 });

    const twice = await saldo.request('POST', `/orgs/${org.slug}/entries/${first.id}/reversal`, { key: org.key });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('entry_already_reversed');
    const ofReversal = await saldo.request('POST', `/orgs/${org.slug}/entries/${reversal.body.id}/reversal`, {
      key: org.key,
    });
    expect(ofReversal.status).toBe(409);
    expect(ofReversal.body.code).toBe('entry_not_reversible');
  });

  it('reverses a payment: the charges it settled are open again', async () => {
    const { org, charge, pay, entry, figures } = await setup('reverse-payment');
    const bill = (await charge(1500)).body;
    const payment = (await pay(2000)).body;
    expect(payment.unallocated).toBe(500);
    const reversal = await saldo.request('POST', `/orgs/${org.slug}/entries/${payment.id}/reversal`, {
      key: org.key,
      body: { description: 'Bounced' },
    });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({
      type: 'CREDIT',
      kind: 'REVERSAL',
      amount: -2000,
      description: 'Bounced',
      balance_after: -1500,
    });
    expect(await entry(bill.id)).toMatchObject({ open_amount: 1500 });
    expect(await entry(payment.id)).toMatchObject({ open_amount: 0, reversed_by: reversal.body.id });
    expect(await figures()).toMatchObject({ balance: -1500, open_amount: 1500, unallocated: 0 });
  });

  it('books one reversal when five arrive at once', async () => {
    const { org, charge, entry } = await setup('reverse-race');
    const bill = (await charge(800)).body;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        saldo.request('POST', `/orgs/${org.slug}/entries/${bill.id}/reversal`, { key: org.key }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'entry_already_reversed')).toBe(true);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(4);
    expect((await entry(bill.id)).reversed_by).toBe(answers.find((a) => a.status === 201)!.body.id);
  });

  it("defaults the due date to today in the organization's time zone", async () => {
    const created = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'auckland', name: 'Auckland', time_zone: 'Pacific/Auckland' },
    });
    expect(created.status).toBe(201);
    const { key } = await saldo.issueKey('auckland', [
      'CUSTOMER_WRITE',
      'CUSTOMER_ACCOUNT_READ',
      'CUSTOMER_ACCOUNT_WRITE',
    ]);
    const { account } = await createCustomerWithAccount(saldo, { slug: 'auckland', key });
    saldo.clock.set('2026-03-15T12:00:00Z'); // 01:00 on the 16th in Auckland
    try {
      const posted = await saldo.request('POST', `/orgs/auckland/accounts/${account.account_id}/entries`, {
        key,
        body: { type: 'CHARGE', amount: 100 },
      });
      expect(posted.body.due_date).toBe('2026-03-16');
    } finally {
      saldo.clock.set('2026-03-15T10:00:00Z');
    }
  });

  it('refuses new charges on a closed account but still takes payments', async () => {
    const { org, account, charge, pay } = await setup('closed');
    const closed = await saldo.request(
      'DELETE',
      `/orgs/${org.slug}/customers/${account.customerId}/accounts/${account.id}`,
      { key: org.key },
    );
    expect(closed.status).toBe(204);
    const refused = await charge(100);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('account_closed');
    expect((await pay(100)).status).toBe(201);
  });

  it('returns the first entry again for the same external id, and 409 for other content', async () => {
    const { post } = await setup('external-id');
    const first = await post('/entries', { type: 'CHARGE', amount: 700, external_id: 'INV-1' });
    expect(first.status).toBe(201);
    const again = await post('/entries', { type: 'CHARGE', amount: 700, external_id: 'INV-1' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await post('/entries', { type: 'CHARGE', amount: 800, external_id: 'INV-1' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('entry_external_id_taken');
  });

  it('lists entries in ledger order with cursors and filters', async () => {
    const { org, base, charge, pay } = await setup('listing');
    const ids: string[] = [];
    for (const due of ['2026-06-01', '2026-04-01', '2026-05-01']) ids.push((await charge(100, due)).body.id);
    ids.push((await pay(150)).body.id);
    const first = await saldo.request('GET', `${base}/entries?limit=3`, { key: org.key });
    expect(first.status).toBe(200);
    expect(first.body.data.map((e: any) => e.id)).toEqual(ids.slice(0, 3));
    const rest = await saldo.request('GET', `${base}/entries?limit=3&cursor=${first.body.next_cursor}`, {
      key: org.key,
    });
    expect(rest.body.data.map((e: any) => e.id)).toEqual(ids.slice(3));
    expect(rest.body.next_cursor).toBeNull();
    const window = await saldo.request('GET', `${base}/entries?due_from=2026-04-15&due_to=2026-06-30&type=CHARGE`, {
      key: org.key,
    });
    expect(window.body.data.map((e: any) => e.id)).toEqual([ids[0], ids[2]]);
    const badCursor = await saldo.request('GET', `${base}/entries?cursor=abc`, { key: org.key });
    expect(badCursor.status).toBe(400);
  });

  it("answers 404 for another organization's account and entry, and 403 without the scope", async () => {
    const mine = await setup('tenant-mine');
    const theirs = await setup('tenant-theirs');
    const theirEntry = (await theirs.charge(100)).body;
    const ownKey = mine.org.key;
    const postThere = await saldo.request('POST', `/orgs/${mine.org.slug}/accounts/${theirs.account.id}/entries`, {
      key: ownKey,
      body: { type: 'CHARGE', amount: 1 },
    });
    expect(postThere.status).toBe(404);
    expect(postThere.body.code).toBe('account_not_found');
    const payThere = await saldo.request('POST', `/orgs/${mine.org.slug}/accounts/${theirs.account.id}/payments`, {
      key: ownKey,
      body: { amount: 1 },
    });
    expect(payThere.status).toBe(404);
    const readThere = await saldo.request('GET', `/orgs/${mine.org.slug}/entries/${theirEntry.id}`, { key: ownKey });
    expect(readThere.status).toBe(404);
    expect(readThere.body.code).toBe('entry_not_found');
    const reverseThere = await saldo.request('POST', `/orgs/${mine.org.slug}/entries/${theirEntry.id}/reversal`, {
      key: ownKey,
    });
    expect(reverseThere.status).toBe(404);
    const listThere = await saldo.request('GET', `/orgs/${mine.org.slug}/accounts/${theirs.account.id}/entries`, {
      key: ownKey,
    });
    expect(listThere.status).toBe(404);
    expect((await theirs.entry(theirEntry.id)).reversed_by).toBeNull();

    const readOnly = await saldo.issueKey(mine.org.slug, ['CUSTOMER_ACCOUNT_READ']);
    const noWrite = await saldo.request('POST', `${mine.base}/entries`, {
      key: readOnly.key,
      body: { type: 'CHARGE', amount: 1 },
    });
    expect(noWrite.status).toBe(403);
    const canRead = await saldo.request('GET', `${mine.base}/entries`, { key: readOnly.key });
    expect(canRead.status).toBe(200);
  });

  it('records the ledger writes in the audit trail', async () => {
    const { org, charge, pay } = await setup('audited');
    const bill = (await charge(100)).body;
    await pay(100);
    await saldo.request('POST', `/orgs/${org.slug}/entries/${bill.id}/reversal`, { key: org.key });
    const trail = await saldo.request('GET', `/orgs/${org.slug}/audit-events`, { key: org.key });
    const actions = trail.body.data.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['entry.posted', 'payment.recorded', 'entry.reversed']));
    const posted = trail.body.data.find((e: any) => e.action === 'entry.posted');
    expect(posted).toMatchObject({ resource_type: 'entry', resource_id: bill.id, actor_key_id: org.keyId });
  });
});
