// Proves that what the four seed endpoints (000 balances, 001 upcoming, 002 v4 accounts, 004
// family balance) answer is what the published /openapi.json says: every live answer, success
// or error (429 and 500 included), has a documented status and a body its documented schema
// (compiled with ajv) accepts, on both databases. The v1 answers also carry their deprecation
// headers.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createAccount, createCustomer, createCustomerWithAccount } from '../support/fixtures.ts';
import { type Answer, type TestSaldo, startSaldo } from '../support/harness.ts';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const TEMPLATES: Array<[RegExp, string]> = [
  [/^\/v1\/customers\/[^/]+\/account\/balances$/, '/v1/customers/{customerId}/account/balances'],
  [
    /^\/v1\/customers\/[^/]+\/account\/transactions\/upcoming$/,
    '/v1/customers/{customerId}/account/transactions/upcoming',
  ],
  [/^\/v4\/customer\/[^/]+$/, '/v4/customer/{customerId}'],
  [/^\/v1\/families\/[^/]+\/balance$/, '/v1/families/{familyId}/balance'],
];

/** Checks live answers against the OpenAPI document the same Saldo publishes. */
function contractChecker(saldo: () => TestSaldo) {
  let document: any;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const checked = new Map<string, Set<number>>();

  /** Sends the request and checks its answer against the documented response. */
  async function conforming(path: string, key?: string): Promise<Answer> {
    document ??= (await saldo().request('GET', '/openapi.json')).body;
    const answer = await saldo().request('GET', path, { key });
    const bare = path.split('?')[0]!;
    const template = TEMPLATES.find(([pattern]) => pattern.test(bare))?.[1];
    expect(template, path).toBeDefined();
    const documented = document.paths[template!]?.get?.responses?.[String(answer.status)];
    expect(documented, `${path}: status ${answer.status} is not documented`).toBeDefined();
    const mediaType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const schema = documented.content?.[mediaType]?.schema;
    expect(schema, `${path}: ${answer.status} ${mediaType} has no documented schema`).toBeDefined();
    const cacheKey = `${template} ${answer.status} ${mediaType}`;
    let validate = compiled.get(cacheKey);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(cacheKey, validate);
    }
    expect(
      validate(answer.body),
      `${path} → ${answer.status}: ${ajv.errorsText(validate.errors)}\n${answer.text}`,
    ).toBe(true);
    if (template!.startsWith('/v1/customers')) {
      expect(answer.headers.get('deprecation')).toMatch(/^@\d+$/);
      expect(answer.headers.get('link')).toContain('rel="deprecation"');
    }
    const statuses = checked.get(template!) ?? new Set<number>();
    statuses.add(answer.status);
    checked.set(template!, statuses);
    return answer;
  }
  return { conforming, checked };
}

describeEachDatabase('seed contract', (kind) => {
  let saldo: TestSaldo;
  const { conforming, checked } = contractChecker(() => saldo);

  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('answers every seed endpoint as documented, in successes and errors', async () => {
    const org = await saldo.organization('contract');
    const other = await saldo.organization('contract-other');
    const limited = await saldo.issueKey('contract', ['CUSTOMER_READ']);
    const book = async (accountId: string, body: Record<string, unknown>) => {
      const answer = await saldo.request('POST', `/orgs/${org.slug}/accounts/${accountId}/entries`, {
        key: org.key,
        body,
      });
      expect(answer.status).toBe(201);
      return answer.body;
    };

    // A customer with two accounts, charges (one reversed, one partly paid, one described), a
    // dunning level and a parent account; a second customer with nothing.
    const customer = await createCustomer(saldo, org, { number: 55667788990 });
    const main = await createAccount(saldo, org, customer.id, {
      name: 'Main',
      credit_limit: 50_000,
      payment_reference: { type: 'MOD10' },
    });
    await createAccount(saldo, org, customer.id, { parent_id: main.account_id, currency: 'JPY' });
    for (let i = 0; i < 12; i++)
      await book(main.account_id, {
        type: 'CHARGE',
        amount: 1_000 + i,
        due_date: `2026-0${4 + (i % 5)}-1${i % 9}`,
        ...(i % 2 ? { description: `Invoice ${i}` } : {}),
      });
    const reversed = await book(main.account_id, { type: 'CHARGE', amount: 999, due_date: '2026-05-01' });
    expect(
      (await saldo.request('POST', `/orgs/${org.slug}/entries/${reversed.id}/reversal`, { key: org.key, body: {} }))
        .status,
    ).toBe(201);
    expect(
      (
        await saldo.request('POST', `/orgs/${org.slug}/accounts/${main.account_id}/payments`, {
          key: org.key,
          body: { amount: 1_500 },
        })
      ).status,
    ).toBe(201);
    const settings = await saldo.store.organizations.settings(org.id);
    await saldo.store.organizations.updateSettings(org.id, {
      ...settings,
      v1SunsetDate: '2027-01-01',
      dunningPolicy: { levels: [{ name: 'Dunning Level 1', daysPastDue: 10 }], debtCollectionAfterDays: null },
    });
    await saldo.store.db
      .updateTable('accounts')
      .set({ dunning_level: 0 })
      .where('uuid', '=', main.account_id)
      .execute();
    const empty = await createCustomer(saldo, org);
    const { customer: foreign } = await createCustomerWithAccount(saldo, other);

    // 000 balances
    const balances = await conforming(`/v1/customers/${customer.number}/account/balances`, org.key);
    expect(balances.status).toBe(200);
    expect(balances.body.dunningLevel).toBe('Dunning Level 1');
    for (const [path, key, status] of [
      [`/v1/customers/abc/account/balances`, org.key, 400],
      [`/v1/customers/9223372036854775808/account/balances`, org.key, 400],
      [`/v1/customers/${customer.number}/account/balances`, undefined, 401],
      [`/v1/customers/${customer.number}/account/balances`, limited.key, 403],
      [`/v1/customers/${empty.number}/account/balances`, org.key, 404],
      [`/v1/customers/${foreign.number}/account/balances`, org.key, 404],
    ] as const) {
      expect((await conforming(path, key)).status, path).toBe(status);
    }

    // 001 upcoming, paged to the end
    let offset = '0';
    for (let round = 0; round < 10; round++) {
      const slice = await conforming(
        `/v1/customers/${customer.number}/account/transactions/upcoming?sliceSize=5&offset=${offset}`,
        org.key,
      );
      expect(slice.status).toBe(200);
      offset = slice.body.offset;
      if (!slice.body.hasNext) break;
    }
    await conforming(`/v1/customers/${customer.number}/account/transactions/upcoming`, org.key);
    for (const [query, key, status] of [
      ['?sliceSize=0', org.key, 400],
      ['?offset=x', org.key, 400],
      ['', undefined, 401],
      ['', limited.key, 403],
    ] as const) {
      expect(
        (await conforming(`/v1/customers/${customer.number}/account/transactions/upcoming${query}`, key)).status,
      ).toBe(status);
    }
    expect((await conforming(`/v1/customers/${empty.number}/account/transactions/upcoming`, org.key)).status).toBe(404);

    // 002 v4
    const listed = await conforming(`/v4/customer/${customer.number}?auditUser=contract`, org.key);
    expect(listed.body).toHaveLength(2);
    for (const [path, key, status] of [
      [`/v4/customer/${empty.number}?auditUser=a`, org.key, 200],
      [`/v4/customer/${customer.number}?auditUser=a&page=1&size=1`, org.key, 200],
      [`/v4/customer/${customer.number}`, org.key, 400],
      [`/v4/customer/abc?auditUser=a`, org.key, 400],
      [`/v4/customer/${customer.number}?auditUser=a&size=101`, org.key, 400],
      [`/v4/customer/${customer.number}?auditUser=a`, undefined, 401],
      [`/v4/customer/${customer.number}?auditUser=a`, limited.key, 403],
      [`/v4/customer/1?auditUser=a`, org.key, 404],
    ] as const) {
      expect((await conforming(path, key)).status, path).toBe(status);
    }

    // 004 family balance: a family with the customer, a scheduled payment, now and before an entry
    const family = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'F', currency: 'EUR' },
    });
    const emptyFamily = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'G', currency: 'EUR' },
    });
    expect(
      (await saldo.request('PUT', `/orgs/${org.slug}/families/${family.body.id}/members/${empty.id}`, { key: org.key }))
        .status,
    ).toBe(204);
    const holder = await createCustomerWithAccount(saldo, org);
    expect(
      (
        await saldo.request('PUT', `/orgs/${org.slug}/families/${family.body.id}/members/${holder.customer.id}`, {
          key: org.key,
        })
      ).status,
    ).toBe(204);
    await saldo.request('POST', `/orgs/${org.slug}/accounts/${holder.account.account_id}/scheduled-payments`, {
      key: org.key,
      body: { amount: 1_000, date: '2026-04-01' },
    });
    const charge = await book(holder.account.account_id, { type: 'CHARGE', amount: 4_000 });
    const now = await conforming(`/v1/families/${family.body.id}/balance`, org.key);
    expect(now.body).toMatchObject({
      debit: 4_000,
      nextScheduledPayment: 1_000,
      nextScheduledPaymentDate: '2026-04-01',
      beforeTransactionId: null,
    });
    const before = await conforming(
      `/v1/families/${family.body.id}/balance?where[transactionId][lessThan]=${charge.id}`,
      org.key,
    );
    expect(before.body).toMatchObject({ debit: 0, beforeTransactionId: charge.id });
    expect(
      (await conforming(`/v1/families/${emptyFamily.body.id}/balance`, org.key)).body.nextScheduledPayment,
    ).toBeNull();
    for (const [path, key, status] of [
      [`/v1/families/${family.body.id}/balance?where[transactionId][lessThan]=nope`, org.key, 400],
      [`/v1/families/${family.body.id}/balance`, undefined, 403],
      [`/v1/families/${family.body.id}/balance`, limited.key, 403],
      [`/v1/families/fml_00000000000000000000000000/balance`, org.key, 404],
      [
        `/v1/families/${family.body.id}/balance?where[transactionId][lessThan]=trn_00000000000000000000000000`,
        org.key,
        404,
      ],
    ] as const) {
      expect((await conforming(path, key)).status, path).toBe(status);
    }

    // Every endpoint was checked in its success and in each error its seed documents.
    expect([...checked.get('/v1/customers/{customerId}/account/balances')!].sort()).toEqual([200, 400, 401, 403, 404]);
    expect([...checked.get('/v1/customers/{customerId}/account/transactions/upcoming')!].sort()).toEqual([
      200, 400, 401, 403, 404,
    ]);
    expect([...checked.get('/v4/customer/{customerId}')!].sort()).toEqual([200, 400, 401, 403, 404]);
    expect([...checked.get('/v1/families/{familyId}/balance')!].sort()).toEqual([200, 400, 403, 404]);
  });
});

const RATE_LIMIT = 20;

describeEachDatabase('seed contract under load and failure', (kind) => {
  let saldo: TestSaldo;
  const { conforming } = contractChecker(() => saldo);

  beforeAll(async () => {
    saldo = await startSaldo(kind, { rateLimitPerMinute: RATE_LIMIT });
  });
  afterAll(async () => saldo?.close());

  async function fixture() {
    const org = await saldo.organization('limits');
    const customer = await createCustomer(saldo, org);
    await createAccount(saldo, org, customer.id);
    const family = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'F', currency: 'EUR' },
    });
    return {
      org,
      paths: [
        `/v1/customers/${customer.number}/account/balances`,
        `/v1/customers/${customer.number}/account/transactions/upcoming`,
        `/v4/customer/${customer.number}?auditUser=load`,
        `/v1/families/${family.body.id}/balance`,
      ],
    };
  }

  it('answers 429 past the rate limit, in each dialect, as documented', async () => {
    const { paths } = await fixture();
    for (const path of paths) {
      const { key } = await saldo.issueKey('limits', ['CUSTOMER_ACCOUNT_READ', 'FAMILY_READ']);
      for (let i = 0; i < RATE_LIMIT; i++) expect((await saldo.request('GET', path, { key })).status, path).toBe(200);
      const limited = await conforming(path, key);
      expect(limited.status, path).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    }
  });

  it('answers 500, 503 and 504 without details when the database read breaks, as documented', async () => {
    const org = await saldo.organization('failures');
    const customer = await createCustomer(saldo, org);
    await createAccount(saldo, org, customer.id);
    const family = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: org.key,
      body: { name: 'F', currency: 'EUR' },
    });
    const store = saldo.store as unknown as Record<string, unknown>;
    const saved = { customerOverview: store.customerOverview, families: store.families };
    const failures: Array<[number, () => Error]> = [
      [500, () => new Error('disk on fire')],
      [503, () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
      [504, () => Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ];
    for (const [status, failure] of failures) {
      const broken = new Proxy(
        {},
        {
          get: () => async () => {
            throw failure();
          },
        },
      );
      store.customerOverview = broken;
      store.families = broken;
      try {
        for (const path of [
          `/v1/customers/${customer.number}/account/balances`,
          `/v1/customers/${customer.number}/account/transactions/upcoming`,
          `/v4/customer/${customer.number}?auditUser=a`,
          `/v1/families/${family.body.id}/balance`,
        ]) {
          const answer = await conforming(path, org.key);
          expect(answer.status, path).toBe(status);
          expect(answer.text).not.toMatch(/disk on fire|ECONNREFUSED|statement timeout/);
        }
      } finally {
        Object.assign(store, saved);
      }
    }
  });
});
