// Proves the 003 accounts dialect over HTTP on both databases, path by path and status by status
// (200/204/400/401/403/404/405/409): reading an account, changing its payment method, listing a
// customer's accounts, opening, closing (only when nothing is owed, open or unallocated) and the
// payment methods available, plus tenant isolation on every path with an id and the settings
// that decide defaults and availability.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { VALID_IBAN, createAccount, createCustomer } from '../../support/fixtures.ts';

const TOKEN = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const UNKNOWN = '7a1c5a52-7f0a-4c55-9b2e-000000000000';

describeEachDatabase('accounts 003', (kind) => {
  let saldo: TestSaldo;
  let counter = 0;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  /** An organization with a customer and its account, plus keys with too few scopes. */
  async function world(accountInput: Record<string, unknown> = {}) {
    counter += 1;
    const org = await saldo.organization(`a3-${counter}`);
    const customer = await createCustomer(saldo, org);
    const account = await createAccount(saldo, org, customer.id, accountInput);
    const readOnly = await saldo.issueKey(org.slug, ['CUSTOMER_ACCOUNT_READ']);
    const customersOnly = await saldo.issueKey(org.slug, ['CUSTOMER_READ', 'CUSTOMER_WRITE']);
    const base = `/orgs/${org.slug}`;
    return { org, customer, account, readOnly, customersOnly, base };
  }

  /** Stands in for the ledger: sets the maintained figures the way booked entries would. */
  async function setFigures(accountId: string, figures: { balance?: number; open?: number; unallocated?: number }) {
    await saldo.store.db
      .updateTable('accounts')
      .set({
        balance_minor: figures.balance ?? 0,
        open_minor: figures.open ?? 0,
        unallocated_minor: figures.unallocated ?? 0,
      })
      .where('uuid', '=', accountId)
      .execute();
  }

  async function auditActions(org: { slug: string; key: string }, resourceId: string): Promise<string[]> {
    const events = await saldo.request('GET', `/orgs/${org.slug}/audit-events`, { key: org.key });
    return events.body.data.filter((e: any) => e.resource_id === resourceId).map((e: any) => e.action);
  }

  it('GET /accounts/{account_id}: 200, 400, 401, 403, 404, 405', async () => {
    const { org, account, customersOnly, base } = await world();
    const ok = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(ok.status).toBe(200);
    expect(ok.body.id).toBe(account.account_id);
    expect(ok.headers.get('etag')).toBe('"1"');
    expect((await saldo.request('GET', `${base}/accounts/not-a-uuid`, { key: org.key })).status).toBe(400);
    expect((await saldo.request('GET', `${base}/accounts/${account.account_id}`)).status).toBe(401);
    expect(
      (await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: customersOnly.key })).status,
    ).toBe(403);
    const missing = await saldo.request('GET', `${base}/accounts/${UNKNOWN}`, { key: org.key });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('account_not_found');
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.trace_id).toMatch(/^[0-9a-f]{32}$/);
    const wrongMethod = await saldo.request('PUT', `${base}/accounts/${account.account_id}`, {
      key: org.key,
      body: {},
    });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toContain('GET');
  });

  it('PATCH /accounts/{account_id}/payment-method: 204 and the new method shows', async () => {
    const { org, account, base } = await world();
    const changed = await saldo.request('PATCH', `${base}/accounts/${account.account_id}/payment-method`, {
      key: org.key,
      body: { type: 'CREDIT_CARD', details: { token_id: TOKEN } },
    });
    expect(changed.status).toBe(204);
    expect(changed.text).toBe('');
    const read = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(read.body.payment_method).toEqual({ type: 'CREDIT_CARD', details: { token_id: TOKEN } });
    expect(read.body.version).toBe(2);
    const back = await saldo.request('PATCH', `${base}/accounts/${account.account_id}/payment-method`, {
      key: org.key,
      body: { type: 'DIRECT_DEBIT', details: { iban: 'GB82 WEST 1234 5698 7654 32' } },
    });
    expect(back.status).toBe(204);
    const again = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(again.body.payment_method).toEqual({ type: 'DIRECT_DEBIT', details: { iban: 'GB82WEST12345698765432' } });
    expect(await auditActions(org, account.account_id)).toEqual([
      'account.payment_method_changed',
      'account.payment_method_changed',
      'account.created',
    ]);
  });

  it.each([
    [
      'bad IBAN',
      { type: 'DIRECT_DEBIT', details: { iban: 'DE00370400440532013000' } },
      'iban_invalid',
      '/details/iban',
    ],
    ['direct debit with null details', { type: 'DIRECT_DEBIT', details: null }, 'validation_failed', '/details/iban'],
    ['card without details', { type: 'CREDIT_CARD' }, 'validation_failed', '/details/token_id'],
    [
      'card token not a uuid',
      { type: 'CREDIT_CARD', details: { token_id: 'tok_123' } },
      'validation_failed',
      '/details/token_id',
    ],
    ['unknown type', { type: 'PAYPAL', details: null }, 'validation_failed', '/type'],
    ['missing type', { details: { iban: VALID_IBAN } }, 'validation_failed', '/type'],
    [
      'unknown field',
      { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN }, default: true },
      'validation_failed',
      '/default',
    ],
    ['details of wrong type', { type: 'DIRECT_DEBIT', details: 'DE89' }, 'validation_failed', '/details'],
  ])('PATCH payment-method refuses %s with 400', async (_label, body, code, pointer) => {
    const { org, account, base } = await world();
    const answer = await saldo.request('PATCH', `${base}/accounts/${account.account_id}/payment-method`, {
      key: org.key,
      body,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
    expect(answer.body.errors[0].pointer).toBe(pointer);
  });

  it('PATCH payment-method: 400 for a method the modality may not use, malformed JSON; 401, 403, 404', async () => {
    const { org, account, readOnly, base } = await world();
    await saldo.request('PUT', `${base}/settings`, {
      key: org.key,
      body: { payment_methods_by_modality: { POSTPAID: ['DIRECT_DEBIT'] } },
    });
    const path = `${base}/accounts/${account.account_id}/payment-method`;
    const notAllowed = await saldo.request('PATCH', path, {
      key: org.key,
      body: { type: 'CREDIT_CARD', details: { token_id: TOKEN } },
    });
    expect(notAllowed.status).toBe(400);
    expect(notAllowed.body.code).toBe('payment_method_not_allowed');
    const malformed = await saldo.request('PATCH', path, { key: org.key, rawBody: '{"type":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const body = { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN } };
    expect((await saldo.request('PATCH', path, { body })).status).toBe(401);
    expect((await saldo.request('PATCH', path, { key: readOnly.key, body })).status).toBe(403);
    expect(
      (await saldo.request('PATCH', `${base}/accounts/${UNKNOWN}/payment-method`, { key: org.key, body })).status,
    ).toBe(404);
    expect((await saldo.request('PATCH', `${base}/accounts/bad/payment-method`, { key: org.key, body })).status).toBe(
      400,
    );
  });

  it('GET /customers/{customer_id}/accounts: 200 with the ids oldest first, 400, 401, 403, 404', async () => {
    const { org, customer, account, customersOnly, base } = await world();
    const second = await createAccount(saldo, org, customer.id);
    const path = `${base}/customers/${customer.id}/accounts`;
    const ok = await saldo.request('GET', path, { key: org.key });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ account_ids: [account.account_id, second.account_id] });
    const empty = await createCustomer(saldo, org);
    expect((await saldo.request('GET', `${base}/customers/${empty.id}/accounts`, { key: org.key })).body).toEqual({
      account_ids: [],
    });
    expect((await saldo.request('GET', `${base}/customers/nope/accounts`, { key: org.key })).status).toBe(400);
    expect((await saldo.request('GET', path)).status).toBe(401);
    expect((await saldo.request('GET', path, { key: customersOnly.key })).status).toBe(403);
    const missing = await saldo.request('GET', `${base}/customers/${UNKNOWN}/accounts`, { key: org.key });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('customer_not_found');
  });

  it('POST /customers/{customer_id}/accounts: 201, 400, 401, 403, 404, 409', async () => {
    const { org, customer, account, readOnly, base } = await world();
    const path = `${base}/customers/${customer.id}/accounts`;
    const body = { modality: 'POSTPAID', payment_method: { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN } } };
    const created = await saldo.request('POST', path, { key: org.key, body });
    expect(created.status).toBe(201);
    expect(created.body.account_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await saldo.request('POST', path, { key: org.key, body: { ...body, modality: 'SOMETIMES' } })).status).toBe(
      400,
    );
    expect((await saldo.request('POST', path, { body })).status).toBe(401);
    expect((await saldo.request('POST', path, { key: readOnly.key, body })).status).toBe(403);
    expect((await saldo.request('POST', `${base}/customers/${UNKNOWN}/accounts`, { key: org.key, body })).status).toBe(
      404,
    );
    const conflict = await saldo.request('POST', path, { key: org.key, body: { ...body, number: account.number } });
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('account_number_taken');
  });

  it('DELETE closes an account with nothing owed: 204, status and closed_at set, history kept, repeat 204', async () => {
    const { org, customer, account, base } = await world();
    const path = `${base}/customers/${customer.id}/accounts/${account.account_id}`;
    saldo.clock.set('2026-04-01T09:30:00Z');
    const closed = await saldo.request('DELETE', path, { key: org.key });
    saldo.clock.set('2026-03-15T10:00:00Z');
    expect(closed.status).toBe(204);
    const read = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'ACCOUNT_CLOSED', closed_at: '2026-04-01T09:30:00.000Z', version: 2 });
    const listed = await saldo.request('GET', `${base}/customers/${customer.id}/accounts`, { key: org.key });
    expect(listed.body.account_ids).toContain(account.account_id);
    const again = await saldo.request('DELETE', path, { key: org.key });
    expect(again.status).toBe(204);
    const unchanged = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(unchanged.body).toMatchObject({ closed_at: '2026-04-01T09:30:00.000Z', version: 2 });
    expect(await auditActions(org, account.account_id)).toEqual([
      'account.close_repeated',
      'account.closed',
      'account.created',
    ]);
    // A closed account has no payment method to switch to.
    const methods = await saldo.request('GET', `${path}/payment-methods`, { key: org.key });
    expect(methods.body).toEqual({ payment_methods: [] });
    const change = await saldo.request('PATCH', `${base}/accounts/${account.account_id}/payment-method`, {
      key: org.key,
      body: { type: 'CREDIT_CARD', details: { token_id: TOKEN } },
    });
    expect(change.status).toBe(400);
    expect(change.body.code).toBe('payment_method_not_allowed');
    // Nor can it become a parent.
    const child = await saldo.request('POST', `${base}/customers/${customer.id}/accounts`, {
      key: org.key,
      body: {
        modality: 'POSTPAID',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN } },
        parent_id: account.account_id,
      },
    });
    expect(child.status).toBe(400);
    expect(child.body.code).toBe('parent_account_invalid');
  });

  it.each<[string, { balance: number; open?: number; unallocated?: number }]>([
    ['a debt', { balance: -500, open: 500 }],
    ['a credit balance', { balance: 300, unallocated: 300 }],
    ['open charges offset by unallocated credit', { balance: 0, open: 200, unallocated: 200 }],
  ])('DELETE refuses an account with %s: 409 account_has_open_items', async (_label, figures) => {
    const { org, customer, account, base } = await world();
    await setFigures(account.account_id, figures);
    const answer = await saldo.request('DELETE', `${base}/customers/${customer.id}/accounts/${account.account_id}`, {
      key: org.key,
    });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('account_has_open_items');
    expect(answer.body).toMatchObject({
      balance: figures.balance,
      open_amount: figures.open ?? 0,
      unallocated: figures.unallocated ?? 0,
    });
    const read = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(read.body.status).toBe('ACCOUNT_OK');
    expect(read.body.available).toBe(figures.balance);
  });

  it('DELETE: 400, 401, 403, 404 for an unknown account or another customer’s', async () => {
    const { org, customer, account, readOnly, base } = await world();
    const other = await createCustomer(saldo, org);
    const path = `${base}/customers/${customer.id}/accounts/${account.account_id}`;
    expect(
      (await saldo.request('DELETE', `${base}/customers/${customer.id}/accounts/zzz`, { key: org.key })).status,
    ).toBe(400);
    expect((await saldo.request('DELETE', path)).status).toBe(401);
    expect((await saldo.request('DELETE', path, { key: readOnly.key })).status).toBe(403);
    expect(
      (await saldo.request('DELETE', `${base}/customers/${customer.id}/accounts/${UNKNOWN}`, { key: org.key })).status,
    ).toBe(404);
    const underOther = await saldo.request('DELETE', `${base}/customers/${other.id}/accounts/${account.account_id}`, {
      key: org.key,
    });
    expect(underOther.status).toBe(404);
    expect(underOther.body.code).toBe('account_not_found');
    expect(
      (await saldo.request('DELETE', `${base}/customers/${UNKNOWN}/accounts/${account.account_id}`, { key: org.key }))
        .status,
    ).toBe(404);
    const read = await saldo.request('GET', `${base}/accounts/${account.account_id}`, { key: org.key });
    expect(read.body.status).toBe('ACCOUNT_OK');
  });

  it('GET …/payment-methods: the modality’s methods from the settings; 400, 401, 403, 404', async () => {
    const { org, customer, account, customersOnly, base } = await world();
    const prepaid = await createAccount(saldo, org, customer.id, { modality: 'RECURRING_PREPAID' });
    const path = `${base}/customers/${customer.id}/accounts/${account.account_id}/payment-methods`;
    const ok = await saldo.request('GET', path, { key: org.key });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ payment_methods: [{ type: 'DIRECT_DEBIT' }, { type: 'CREDIT_CARD' }] });
    const prepaidMethods = await saldo.request(
      'GET',
      `${base}/customers/${customer.id}/accounts/${prepaid.account_id}/payment-methods`,
      { key: org.key },
    );
    expect(prepaidMethods.body).toEqual({ payment_methods: [{ type: 'CREDIT_CARD' }, { type: 'DIRECT_DEBIT' }] });
    await saldo.request('PUT', `${base}/settings`, {
      key: org.key,
      body: { payment_methods_by_modality: { POSTPAID: ['CREDIT_CARD'] } },
    });
    expect((await saldo.request('GET', path, { key: org.key })).body).toEqual({
      payment_methods: [{ type: 'CREDIT_CARD' }],
    });
    expect(
      (await saldo.request('GET', `${base}/customers/${customer.id}/accounts/x/payment-methods`, { key: org.key }))
        .status,
    ).toBe(400);
    expect((await saldo.request('GET', path)).status).toBe(401);
    expect((await saldo.request('GET', path, { key: customersOnly.key })).status).toBe(403);
    const other = await createCustomer(saldo, org);
    expect(
      (
        await saldo.request('GET', `${base}/customers/${other.id}/accounts/${account.account_id}/payment-methods`, {
          key: org.key,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await saldo.request('GET', `${base}/customers/${customer.id}/accounts/${UNKNOWN}/payment-methods`, {
          key: org.key,
        })
      ).status,
    ).toBe(404);
    const wrongMethod = await saldo.request('POST', path, { key: org.key, body: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
  });

  it('keeps every path with an id inside its organization', async () => {
    const theirs = await world();
    const mine = await world();
    const { customer, account } = theirs;
    const key = mine.org.key;
    const base = mine.base;
    const body = { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN } };
    const attempts = [
      saldo.request('GET', `${base}/accounts/${account.account_id}`, { key }),
      saldo.request('PATCH', `${base}/accounts/${account.account_id}`, {
        key,
        headers: { 'if-match': '"1"' },
        body: { name: 'x' },
      }),
      saldo.request('PATCH', `${base}/accounts/${account.account_id}/payment-method`, { key, body }),
      saldo.request('GET', `${base}/customers/${customer.id}/accounts`, { key }),
      saldo.request('POST', `${base}/customers/${customer.id}/accounts`, {
        key,
        body: { modality: 'POSTPAID', payment_method: body },
      }),
      saldo.request('GET', `${base}/customers/${customer.id}/accounts/${account.account_id}`, { key }),
      saldo.request('DELETE', `${base}/customers/${customer.id}/accounts/${account.account_id}`, { key }),
      saldo.request('GET', `${base}/customers/${customer.id}/accounts/${account.account_id}/payment-methods`, { key }),
      // Their ids under my customer, and my key on their slug.
      saldo.request('DELETE', `${base}/customers/${mine.customer.id}/accounts/${account.account_id}`, { key }),
      saldo.request('GET', `${theirs.base}/accounts/${account.account_id}`, { key }),
      saldo.request('GET', `${theirs.base}/customers/${customer.id}/accounts`, { key }),
    ];
    const answers = await Promise.all(attempts);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404));
    const untouched = await saldo.request('GET', `${theirs.base}/accounts/${account.account_id}`, {
      key: theirs.org.key,
    });
    expect(untouched.body).toMatchObject({ status: 'ACCOUNT_OK', version: 1, name: null });
    const theirList = await saldo.request('GET', `${theirs.base}/customers/${customer.id}/accounts`, {
      key: theirs.org.key,
    });
    expect(theirList.body.account_ids).toEqual([account.account_id]);
  });

  it('GET/PUT /settings: defaults, partial changes, validation, scopes, and the dunning policy left alone', async () => {
    const { org, base, readOnly } = await world();
    const initial = await saldo.request('GET', `${base}/settings`, { key: org.key });
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({
      default_currency: 'EUR',
      payment_methods_by_modality: {
        POSTPAID: ['DIRECT_DEBIT', 'CREDIT_CARD'],
        RECURRING_PREPAID: ['CREDIT_CARD', 'DIRECT_DEBIT'],
      },
      v1_sunset_date: null,
      time_zone: 'UTC',
      event_retention_days: 30,
      returned_debit_fee: 0,
      locale: 'en',
    });
    const policy = { levels: [{ name: 'reminder', daysPastDue: 7 }], debtCollectionAfterDays: 60 };
    const stored = await saldo.store.organizations.settings(org.id);
    await saldo.store.organizations.updateSettings(org.id, { ...stored, dunningPolicy: policy });
    const put = await saldo.request('PUT', `${base}/settings`, {
      key: org.key,
      body: {
        default_currency: 'SEK',
        v1_sunset_date: '2027-01-01',
        time_zone: 'Europe/Helsinki',
        locale: 'fi-fi',
        payment_methods_by_modality: { RECURRING_PREPAID: ['CREDIT_CARD'] },
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      default_currency: 'SEK',
      payment_methods_by_modality: { POSTPAID: ['DIRECT_DEBIT', 'CREDIT_CARD'], RECURRING_PREPAID: ['CREDIT_CARD'] },
      v1_sunset_date: '2027-01-01',
      time_zone: 'Europe/Helsinki',
      event_retention_days: 30,
      returned_debit_fee: 0,
      locale: 'fi-FI',
    });
    expect((await saldo.request('GET', `${base}/settings`, { key: org.key })).body).toEqual(put.body);
    expect((await saldo.store.organizations.settings(org.id)).dunningPolicy).toEqual(policy);
    const clear = await saldo.request('PUT', `${base}/settings`, { key: org.key, body: { v1_sunset_date: null } });
    expect(clear.body).toMatchObject({ v1_sunset_date: null, default_currency: 'SEK' });
    for (const [body, pointer] of [
      [{ default_currency: 'XXY' }, '/default_currency'],
      [{ v1_sunset_date: '2027-02-30' }, '/v1_sunset_date'],
      [{ time_zone: 'Mars/Olympus' }, '/time_zone'],
      [{ locale: 'not a locale' }, '/locale'],
      [{ locale: '' }, '/locale'],
      [{ locale: 7 }, '/locale'],
      [{ payment_methods_by_modality: { POSTPAID: [] } }, '/payment_methods_by_modality/POSTPAID'],
      [{ payment_methods_by_modality: { POSTPAID: ['CASH'] } }, '/payment_methods_by_modality/POSTPAID/0'],
      [{ payment_methods_by_modality: { PREPAID: ['CREDIT_CARD'] } }, '/payment_methods_by_modality/PREPAID'],
      [{ dunning_policy: { levels: [] } }, '/dunning_policy'],
      [{ returned_debit_fee: -1 }, '/returned_debit_fee'],
      [{ returned_debit_fee: 1.5 }, '/returned_debit_fee'],
    ] as const) {
      const answer = await saldo.request('PUT', `${base}/settings`, { key: org.key, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.errors[0].pointer).toBe(pointer);
    }
    expect((await saldo.request('PUT', `${base}/settings`, { key: readOnly.key, body: {} })).status).toBe(403);
    expect((await saldo.request('GET', `${base}/settings`)).status).toBe(401);
    expect(await auditActions(org, org.id)).toContain('settings.updated');
  });

  it("applies a new time zone to this process's next request at once", async () => {
    const { org, base } = await world();
    // 23:30 in London is already the next day in Tokyo: a run without as_of takes the day there.
    saldo.clock.set('2026-03-15T23:30:00Z');
    const before = await saldo.request('POST', `${base}/dunning-runs`, { key: org.key, body: {} });
    expect(before.body.as_of).toBe('2026-03-15');
    const put = await saldo.request('PUT', `${base}/settings`, { key: org.key, body: { time_zone: 'Asia/Tokyo' } });
    expect(put.status).toBe(200);
    const after = await saldo.request('POST', `${base}/dunning-runs`, { key: org.key, body: {} });
    expect(after.status, after.text).toBe(201);
    expect(after.body.as_of).toBe('2026-03-16');
  });
});
