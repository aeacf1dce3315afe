// Proves the v4 accounts dialect (seed 002) over real HTTP on both databases: every account of a
// customer in the seed's shape (ids and numbers as strings, major-unit amounts, available =
// creditLimit + balance), stable order and paging, the auditUser landing in the audit trail, and
// each documented status in problem details.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('v4 accounts', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  const accounts = (key: string, customerId: string | number, query = '?auditUser=agent-7') =>
    saldo.request('GET', `/v4/customer/${customerId}${query}`, { key });

  it('lists every account of the customer in the seed schema, by id', async () => {
    const org = await saldo.organization('v4-shape');
    const customer = await createCustomer(saldo, org, { number: 55667788990 });
    const parent = await createAccount(saldo, org, customer.id, {
      name: 'My example account name',
      credit_limit: 1_000_000,
      payment_reference: { type: 'MOD10' },
    });
    const child = await createAccount(saldo, org, customer.id, {
      parent_id: parent.account_id,
      currency: 'JPY',
      credit_limit: 5_000,
    });
    const charge = await saldo.request('POST', `/orgs/${org.slug}/accounts/${parent.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 12_345 },
    });
    expect(charge.status).toBe(201);

    const answer = await accounts(org.key, '55667788990');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(answer.body).toEqual([
      {
        available: 9876.55,
        balance: -123.45,
        creditLimit: 10000,
        currency: 'EUR',
        customerId: '55667788990',
        id: parent.numeric_id,
        name: 'My example account name',
        number: parent.number,
        paymentReference: { number: parent.payment_reference!.number, type: 'MOD10' },
        status: 'ACCOUNT_OK',
      },
      {
        available: 5000,
        balance: 0,
        creditLimit: 5000,
        currency: 'JPY',
        customerId: '55667788990',
        id: child.numeric_id,
        number: child.number,
        parentId: parent.numeric_id,
        status: 'ACCOUNT_OK',
      },
    ]);
    expect(typeof answer.body[0].id).toBe('string');
    expect(answer.body[0].paymentReference.number).toMatch(/^\d+$/);
  });

  it('pages with page and size (defaults 0 and 30), in a stable order', async () => {
    const org = await saldo.organization('v4-paging');
    const customer = await createCustomer(saldo, org);
    const ids: string[] = [];
    for (let i = 0; i < 33; i++) ids.push((await createAccount(saldo, org, customer.id)).numeric_id);
    const first = await accounts(org.key, customer.number);
    expect(first.body.map((a: any) => a.id)).toEqual(ids.slice(0, 30));
    const second = await accounts(org.key, customer.number, '?auditUser=a&page=1');
    expect(second.body.map((a: any) => a.id)).toEqual(ids.slice(30));
    const seen: string[] = [];
    for (let page = 0; page < 10; page++) {
      const slice = await accounts(org.key, customer.number, `?auditUser=a&page=${page}&size=7`);
      expect(slice.status).toBe(200);
      seen.push(...slice.body.map((a: any) => a.id));
      if (slice.body.length < 7) break;
    }
    expect(seen).toEqual(ids);
    const all = await accounts(org.key, customer.number, '?auditUser=a&size=100');
    expect(all.body).toHaveLength(33);
    const beyond = await accounts(org.key, customer.number, '?auditUser=a&page=50&size=100');
    expect(beyond.body).toEqual([]);
  });

  it('answers an empty list for a customer without accounts', async () => {
    const org = await saldo.organization('v4-empty');
    const customer = await createCustomer(saldo, org);
    const answer = await accounts(org.key, customer.number);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([]);
  });

  it('records every read with its auditUser in the audit trail, found or not', async () => {
    const org = await saldo.organization('v4-audit');
    const customer = await createCustomer(saldo, org);
    await createAccount(saldo, org, customer.id);
    expect((await accounts(org.key, customer.number, '?auditUser=jane.doe%40support&size=5')).status).toBe(200);
    expect((await accounts(org.key, 987654321, '?auditUser=john')).status).toBe(404);
    const trail = await saldo.request('GET', `/orgs/${org.slug}/audit-events`, { key: org.key });
    const reads = trail.body.data.filter((e: any) => e.action === 'v4.accounts_read');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ audit_user: 'john', actor_key_id: org.keyId, resource_id: null });
    expect(reads[0].details).toMatchObject({ customer_number: '987654321', found: false });
    expect(reads[1]).toMatchObject({
      audit_user: 'jane.doe@support',
      resource_type: 'customer',
      resource_id: customer.id,
    });
    expect(reads[1].details).toMatchObject({
      customer_number: String(customer.number),
      page: 0,
      size: 5,
      found: true,
      count: 1,
    });
  });

  it('validates the customer id, auditUser, page and size (400 with the parameter named)', async () => {
    const org = await saldo.organization('v4-validation');
    const customer = await createCustomer(saldo, org);
    const cases: Array<[string, string, number, string | undefined]> = [
      [String(customer.number), '', 400, 'auditUser'],
      [String(customer.number), '?auditUser=', 400, 'auditUser'],
      [String(customer.number), `?auditUser=${'x'.repeat(201)}`, 400, 'auditUser'],
      [String(customer.number), '?auditUser=a&page=-1', 400, 'page'],
      [String(customer.number), '?auditUser=a&page=x', 400, 'page'],
      [String(customer.number), '?auditUser=a&size=0', 400, 'size'],
      [String(customer.number), '?auditUser=a&size=101', 400, 'size'],
      [String(customer.number), '?auditUser=a&size=1.5', 400, 'size'],
      [String(customer.number), '?auditUser=a&other=1', 400, 'other'],
      ['abc', '?auditUser=a', 400, 'customerId'],
      ['-5', '?auditUser=a', 400, 'customerId'],
      ['9223372036854775808', '?auditUser=a', 400, 'customerId'],
      [String(customer.number), '?auditUser=a&size=1', 200, undefined],
      [String(customer.number), '?auditUser=a&size=100&page=0', 200, undefined],
      ['9223372036854775807', '?auditUser=a', 404, undefined],
    ];
    for (const [id, query, status, parameter] of cases) {
      const answer = await accounts(org.key, id, query);
      expect(answer.status, `${id}${query}`).toBe(status);
      if (status >= 400) {
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.status).toBe(status);
      }
      if (parameter) expect(answer.body.errors[0].parameter, `${id}${query}`).toBe(parameter);
    }
  });

  it('answers 404 for an unknown or another organization’s customer, 401 and 403 for keys', async () => {
    const org = await saldo.organization('v4-access');
    const other = await saldo.organization('v4-access-other');
    const foreign = await createCustomer(saldo, other);
    await createAccount(saldo, other, foreign.id);
    const unknown = await accounts(org.key, 12345678);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'customer_not_found', status: 404 });
    expect((await accounts(org.key, foreign.number)).status).toBe(404);
    const none = await saldo.request('GET', `/v4/customer/${foreign.number}?auditUser=a`);
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('unauthenticated');
    const limited = await saldo.issueKey('v4-access-other', ['CUSTOMER_READ']);
    const forbidden = await accounts(limited.key, foreign.number);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('forbidden');
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const org = await saldo.organization('v4-method');
    const answer = await saldo.request('DELETE', '/v4/customer/1?auditUser=a', { key: org.key });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });
});
