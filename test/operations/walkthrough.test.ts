// Proves the README's walk-through from root key to first authenticated call, step by step, on
// both databases: create an organization, issue a key, create a customer, read it back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../support/harness.ts';

describeEachDatabase('README walk-through', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('goes from the root key to a customer read with an organization key', async () => {
    const organization = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'acme', name: 'Acme Utilities', time_zone: 'Europe/Helsinki' },
    });
    expect(organization.status).toBe(201);
    expect(organization.body).toMatchObject({ slug: 'acme', name: 'Acme Utilities', time_zone: 'Europe/Helsinki' });

    const issued = await saldo.request('POST', '/admin/organizations/acme/api-keys', {
      key: ROOT_KEY,
      body: {
        name: 'billing',
        scopes: ['CUSTOMER_READ', 'CUSTOMER_WRITE', 'CUSTOMER_ACCOUNT_READ', 'CUSTOMER_ACCOUNT_WRITE'],
      },
    });
    expect(issued.status).toBe(201);
    const key: string = issued.body.key;
    expect(key).toMatch(/^saldo_key_/);

    const customer = await saldo.request('POST', '/orgs/acme/customers', {
      key,
      body: { name: 'Maija Meikäläinen', email: 'maija@example.com' },
    });
    expect(customer.status).toBe(201);
    expect(customer.body).toMatchObject({ name: 'Maija Meikäläinen' });
    expect(customer.body.number).toMatch(/^\d+$/);

    const read = await saldo.request('GET', `/orgs/acme/customers/${customer.body.id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: customer.body.id, number: customer.body.number, name: 'Maija Meikäläinen' });
  });
});
