// Proves POST /orgs/{org_id}/batches over HTTP on both databases: items answered in order as their
// single calls would be (charges, credit notes, payments by account and by reference, external-id
// replays), refusals per item that book nothing of themselves, atomic batches all or nothing, the
// limits at their edges, malformed bodies refused whole with a pointer into the item, the route's
// own 4 MiB body limit, Idempotency-Key on the whole batch, scopes and other organizations.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('batches', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization(slug);
    const { account } = await createCustomerWithAccount(saldo, org, { payment_reference: { type: 'FINNISH_7_3_1' } });
    const { account: second } = await createCustomerWithAccount(saldo, org);
    const post = (body: unknown, headers?: Record<string, string>) =>
      saldo.request('POST', `/orgs/${slug}/batches`, { key: org.key, body, headers });
    const read = async (accountId: string) =>
      (await saldo.request('GET', `/orgs/${slug}/accounts/${accountId}`, { key: org.key })).body;
    const entries = async (accountId: string) =>
      (await saldo.request('GET', `/orgs/${slug}/accounts/${accountId}/entries?limit=100`, { key: org.key })).body.data;
    return { org, account, second, post, read, entries };
  }

  it('books every kind of item in order and answers each as its single call would', async () => {
    const { account, second, post, read } = await setup('batch-kinds');
    const answer = await post({
      items: [
        {
          kind: 'CHARGE',
          account_id: account.account_id,
          amount: 5000,
          due_date: '2026-04-01',
          description: 'April',
          external_id: 'inv-1',
        },
        { kind: 'CHARGE', account_id: account.account_id, amount: 3000, due_date: '2026-03-20' },
        { kind: 'PAYMENT', account_id: account.account_id, amount: 4000, value_date: '2026-03-14' },
        { kind: 'PAYMENT', reference: account.payment_reference!.number.replace(/(\d{3})/g, '$1 '), amount: 5000 },
        { kind: 'CREDIT', account_id: second.account_id, amount: 700, description: 'Goodwill' },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ succeeded: 5, failed: 0 });
    expect(answer.body.results.map((r: any) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 201],
      [2, 201],
      [3, 201],
      [4, 201],
    ]);
    const [first, secondCharge, payment, byReference, credit] = answer.body.results.map((r: any) => r.entry);
    expect(first).toMatchObject({
      type: 'CHARGE',
      kind: 'CHARGE',
      amount: 5000,
      open_amount: 5000,
      due_date: '2026-04-01',
      external_id: 'inv-1',
      balance_after: -5000,
    });
    expect(secondCharge).toMatchObject({ amount: 3000, open_amount: 3000, balance_after: -8000 });
    // The payment settles the charge due first (20 March), then the rest of April's.
    expect(payment).toMatchObject({
      kind: 'PAYMENT',
      type: 'CREDIT',
      amount: 4000,
      unallocated: 0,
      balance_after: -4000,
    });
    expect(payment.allocations).toEqual([
      { entry_id: secondCharge.id, amount: 3000, released_by: null },
      { entry_id: first.id, amount: 1000, released_by: null },
    ]);
    expect(byReference).toMatchObject({ account_id: account.account_id, unallocated: 1000, balance_after: 1000 });
    expect(byReference.allocations).toEqual([{ entry_id: first.id, amount: 4000, released_by: null }]);
    expect(credit).toMatchObject({
      account_id: second.account_id,
      kind: 'CREDIT',
      amount: 700,
      description: 'Goodwill',
    });
    // Ledger order is request order: the ids sort as the items came.
    const ids = answer.body.results.map((r: any) => r.entry.id);
    expect([...ids].sort()).toEqual(ids);
    expect(await read(account.account_id)).toMatchObject({ balance: 1000, open_amount: 0, unallocated: 1000 });
    expect(await read(second.account_id)).toMatchObject({ balance: 700 });
    const paymentRead = await saldo.request('GET', `/orgs/batch-kinds/entries/${payment.id}`, {
      key: (await saldo.issueKey('batch-kinds', ['CUSTOMER_ACCOUNT_READ'])).key,
    });
    expect(paymentRead.body).toMatchObject({ id: payment.id, open_amount: 0, amount: 4000 });
  });

  it('answers each refused item with its own status and code, and books the others', async () => {
    const { org, account, second, post, read, entries } = await setup('batch-refusals');
    const other = await saldo.organization('batch-refusals-other');
    const { account: theirs } = await createCustomerWithAccount(saldo, other);
    await saldo.request('POST', `/orgs/${org.slug}/accounts/${second.account_id}/status`, {
      key: org.key,
      body: { status: 'ACCOUNT_CLOSED' },
    });
    await post({ items: [{ kind: 'CHARGE', account_id: account.account_id, amount: 100, external_id: 'taken' }] });

    const answer = await post({
      items: [
        { kind: 'CHARGE', account_id: account.account_id, amount: 1000 },
        { kind: 'CHARGE', account_id: '00000000-0000-4000-8000-000000000000', amount: 1000 },
        { kind: 'CHARGE', account_id: theirs.account_id, amount: 1000 },
        { kind: 'CHARGE', account_id: second.account_id, amount: 1000 },
        { kind: 'PAYMENT', reference: 'RF18539007547034', amount: 1000 },
        { kind: 'CHARGE', account_id: account.account_id, amount: 999, external_id: 'taken' },
        { kind: 'CHARGE', account_id: account.account_id, amount: 100, external_id: 'taken' },
        { kind: 'CREDIT', account_id: second.account_id, amount: 50 },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r: any) => [r.status, r.error?.code ?? null])).toEqual([
      [201, null],
      [404, 'account_not_found'],
      [404, 'account_not_found'],
      [409, 'account_closed'],
      [422, 'payment_reference_unmatched'],
      [409, 'entry_external_id_taken'],
      [200, null],
      [201, null],
    ]);
    expect(answer.body).toMatchObject({ succeeded: 3, failed: 5 });
    expect(answer.body.results[5].error.detail).toMatch(/taken/);
    expect(answer.body.results[6].entry).toMatchObject({ external_id: 'taken', amount: 100 });
    // Nothing of a refused item is booked; the rest is.
    expect(await read(account.account_id)).toMatchObject({ balance: -1100 });
    expect((await entries(account.account_id)).length).toBe(2);
    expect(await read(second.account_id)).toMatchObject({ balance: 50 });
    expect(
      (await saldo.request('GET', `/orgs/${other.slug}/accounts/${theirs.account_id}`, { key: other.key })).body,
    ).toMatchObject({ balance: 0 });
  });

  it('books an atomic batch whole, or refuses it whole naming every refused item', async () => {
    const { account, second, post, read, entries } = await setup('batch-atomic');
    const refused = await post({
      atomic: true,
      items: [
        { kind: 'CHARGE', account_id: account.account_id, amount: 1000 },
        { kind: 'CHARGE', account_id: '00000000-0000-4000-8000-000000000000', amount: 1000 },
        { kind: 'PAYMENT', account_id: account.account_id, amount: 400 },
        { kind: 'PAYMENT', reference: '1234566', amount: 1000 },
      ],
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'batch_refused', status: 422 });
    expect(refused.body.errors).toEqual([
      { index: 1, code: 'account_not_found', detail: expect.any(String) },
      { index: 3, code: 'payment_reference_unmatched', detail: expect.any(String) },
    ]);
    expect(await read(account.account_id)).toMatchObject({ balance: 0, open_amount: 0 });
    expect(await entries(account.account_id)).toEqual([]);

    const booked = await post({
      atomic: true,
      items: [
        { kind: 'CHARGE', account_id: account.account_id, amount: 1000 },
        { kind: 'CHARGE', account_id: second.account_id, amount: 2000 },
        { kind: 'PAYMENT', account_id: account.account_id, amount: 400 },
      ],
    });
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({ succeeded: 3, failed: 0 });
    expect(await read(account.account_id)).toMatchObject({ balance: -600, open_amount: 600 });
    expect(await read(second.account_id)).toMatchObject({ balance: -2000 });
  });

  it('takes 1 and 1000 items, and refuses 0, 1001 and a bad item anywhere, booking nothing', async () => {
    const { account, post, read } = await setup('batch-limits');
    const charge = (amount: number) => ({ kind: 'CHARGE', account_id: account.account_id, amount });
    expect((await post({ items: [charge(1)] })).status).toBe(200);
    const thousand = await post({ items: Array.from({ length: 1000 }, () => charge(1)) });
    expect(thousand.status).toBe(200);
    expect(thousand.body).toMatchObject({ succeeded: 1000, failed: 0 });
    expect(await read(account.account_id)).toMatchObject({ balance: -1001 });

    const cases: Array<[string, unknown, string]> = [
      ['no items', { items: [] }, '/items'],
      ['1001 items', { items: Array.from({ length: 1001 }, () => charge(1)) }, '/items'],
      ['items missing', {}, '/items'],
      [
        'a text amount in item 3',
        { items: [charge(1), charge(1), charge(1), { ...charge(1), amount: '5' }] },
        '/items/3/amount',
      ],
      [
        'a bad field in item 999',
        { items: [...Array.from({ length: 999 }, () => charge(1)), { ...charge(1), due_date: '2026-02-30' }] },
        '/items/999/due_date',
      ],
      ['an unknown field', { items: [{ ...charge(1), colour: 'red' }] }, '/items/0/colour'],
      ['an unknown kind', { items: [{ ...charge(1), kind: 'GIFT' }] }, '/items/0/kind'],
      ['no kind', { items: [{ account_id: account.account_id, amount: 1 }] }, '/items/0/kind'],
      ['a zero amount', { items: [charge(0)] }, '/items/0/amount'],
      [
        'a payment by account and reference',
        { items: [{ kind: 'PAYMENT', account_id: account.account_id, reference: '1234566', amount: 1 }] },
        '/items/0/reference',
      ],
      ['a payment by neither', { items: [{ kind: 'PAYMENT', amount: 1 }] }, '/items/0/account_id'],
      [
        'a value date after today',
        { items: [{ kind: 'PAYMENT', account_id: account.account_id, amount: 1, value_date: '2026-03-16' }] },
        '/items/0/value_date',
      ],
      ['atomic not a boolean', { atomic: 'yes', items: [charge(1)] }, '/atomic'],
      ['a field beside items', { items: [charge(1)], mode: 'fast' }, '/mode'],
    ];
    for (const [name, body, pointer] of cases) {
      const answer = await post(body);
      expect(answer.status, name).toBe(400);
      expect(answer.body.code, name).toBe('validation_failed');
      expect(answer.body.errors?.[0]?.pointer, name).toBe(pointer);
    }
    const badText = await post({ items: [charge(1), charge(1), charge(1), { ...charge(1), amount: '5' }] });
    expect(badText.body.detail).toContain('items[3].amount');
    expect(await read(account.account_id)).toMatchObject({ balance: -1001 });
  });

  it('takes bodies up to 4 MiB whatever the general body limit says, and refuses larger ones', async () => {
    const { account, post, read } = await setup('batch-size');
    const json = JSON.stringify({ items: [{ kind: 'CHARGE', account_id: account.account_id, amount: 10 }] });
    // Padding whitespace is valid JSON: a body past the general 1 MiB limit, under the batch route's 4 MiB.
    const padded = `${' '.repeat(2 * 1024 * 1024)}${json}`;
    const accepted = await saldo.request('POST', '/orgs/batch-size/batches', {
      key: (await saldo.issueKey('batch-size', ['CUSTOMER_ACCOUNT_WRITE'])).key,
      rawBody: padded,
    });
    expect(accepted.status).toBe(200);
    const tooLarge = await saldo.request('POST', '/orgs/batch-size/batches', {
      key: (await saldo.issueKey('batch-size', ['CUSTOMER_ACCOUNT_WRITE'])).key,
      rawBody: `${' '.repeat(4 * 1024 * 1024)}${json}`,
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('payload_too_large');
    expect(await read(account.account_id)).toMatchObject({ balance: -10 });
    // The general limit still holds elsewhere.
    const entry = await saldo.request('POST', `/orgs/batch-size/accounts/${account.account_id}/entries`, {
      key: (await saldo.issueKey('batch-size', ['CUSTOMER_ACCOUNT_WRITE'])).key,
      rawBody: `${' '.repeat(2 * 1024 * 1024)}{"type":"CHARGE","amount":1}`,
    });
    expect(entry.status).toBe(413);
    void post;
  });

  it('replays the whole answer for a repeated Idempotency-Key and refuses the key with another batch', async () => {
    const { account, post, read } = await setup('batch-idempotency');
    const body = {
      items: [
        { kind: 'CHARGE', account_id: account.account_id, amount: 1000 },
        { kind: 'CHARGE', account_id: 'nope', amount: 1 },
      ],
    };
    const first = await post(body, { 'idempotency-key': 'run-2026-03' });
    const again = await post(body, { 'idempotency-key': 'run-2026-03' });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await read(account.account_id)).toMatchObject({ balance: -1000 });
    const other = await post(
      { items: [{ kind: 'CHARGE', account_id: account.account_id, amount: 2 }] },
      { 'idempotency-key': 'run-2026-03' },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    // Concurrent repeats of one key book once.
    const together = await Promise.all(
      Array.from({ length: 6 }, () =>
        post(
          { items: [{ kind: 'CHARGE', account_id: account.account_id, amount: 5 }] },
          { 'idempotency-key': 'together' },
        ),
      ),
    );
    expect(together.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(together.map((a) => a.body.results[0].entry.id)).size).toBe(1);
    expect(await read(account.account_id)).toMatchObject({ balance: -1005 });
  });

  it('asks for CUSTOMER_ACCOUNT_WRITE and hides other organizations', async () => {
    const { org, account } = await setup('batch-access');
    const reader = await saldo.issueKey(org.slug, ['CUSTOMER_ACCOUNT_READ']);
    const body = { items: [{ kind: 'CHARGE', account_id: account.account_id, amount: 1 }] };
    expect((await saldo.request('POST', `/orgs/${org.slug}/batches`, { key: reader.key, body })).status).toBe(403);
    expect((await saldo.request('POST', `/orgs/${org.slug}/batches`, { body })).status).toBe(401);
    const stranger = await saldo.organization('batch-access-stranger');
    expect((await saldo.request('POST', `/orgs/${org.slug}/batches`, { key: stranger.key, body })).status).toBe(404);
  });
});
