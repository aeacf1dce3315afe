// Proves the role rights of operators on each kind of route of the native API, on SQLite and
// PostgreSQL: a viewer reads; a clerk also writes, but not the organization-wide setup (settings,
// account templates, dunning policies); an admin does everything; API keys keep exactly their
// scopes; and an operator of another organization gets 404, as a key of it does.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { asConsole, createOperator, signIn } from '../../support/operators.ts';

type Role = 'viewer' | 'clerk' | 'admin';

interface RouteCase {
  kind: 'read' | 'write' | 'setup';
  method: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
}

interface Ids {
  customer: string;
  account: string;
  entry: string;
  template: string;
}

let templates = 0;

const ROUTES: RouteCase[] = [
  { kind: 'read', method: 'GET', path: () => '/orgs/acme/customers' },
  { kind: 'read', method: 'GET', path: (ids) => `/orgs/acme/accounts/${ids.account}` },
  { kind: 'read', method: 'GET', path: (ids) => `/orgs/acme/accounts/${ids.account}/entries` },
  { kind: 'read', method: 'GET', path: (ids) => `/orgs/acme/customers/${ids.customer}/family` },
  { kind: 'read', method: 'GET', path: () => '/orgs/acme/dunning-policy' },
  { kind: 'read', method: 'GET', path: () => '/orgs/acme/audit-events' },
  { kind: 'read', method: 'GET', path: () => '/orgs/acme/settings' },
  { kind: 'write', method: 'POST', path: () => '/orgs/acme/customers', body: () => ({ name: 'New' }) },
  {
    kind: 'write',
    method: 'POST',
    path: (ids) => `/orgs/acme/accounts/${ids.account}/payments`,
    body: () => ({ amount: 100 }),
  },
  {
    kind: 'write',
    method: 'POST',
    path: (ids) => `/orgs/acme/accounts/${ids.account}/entries`,
    body: () => ({ type: 'CHARGE', amount: 100 }),
  },
  { kind: 'write', method: 'POST', path: () => '/orgs/acme/families', body: () => ({ name: 'F', currency: 'EUR' }) },
  { kind: 'write', method: 'POST', path: () => '/orgs/acme/dunning-runs', body: () => ({}) },
  {
    kind: 'write',
    method: 'PUT',
    path: (ids) => `/orgs/acme/accounts/${ids.account}/dunning-exemption`,
    body: () => ({ exempt: false }),
  },
  { kind: 'setup', method: 'PUT', path: () => '/orgs/acme/settings', body: () => ({ time_zone: 'UTC' }) },
  {
    kind: 'setup',
    method: 'PUT',
    path: () => '/orgs/acme/dunning-policy',
    body: () => ({ levels: [{ name: 'Reminder', days_past_due: 10 }] }),
  },
  {
    kind: 'setup',
    method: 'POST',
    path: () => '/orgs/acme/account-templates',
    body: () => ({ name: `t${++templates}`, currency: 'EUR' }),
  },
  {
    kind: 'setup',
    method: 'PUT',
    path: (ids) => `/orgs/acme/account-templates/${ids.template}/dunning-policy`,
    body: () => ({ levels: [] }),
  },
  {
    kind: 'setup',
    method: 'DELETE',
    path: (ids) => `/orgs/acme/account-templates/${ids.template}/dunning-policy`,
    body: () => ({}),
  },
];

const ALLOWED: Record<Role, Array<RouteCase['kind']>> = {
  viewer: ['read'],
  clerk: ['read', 'write'],
  admin: ['read', 'write', 'setup'],
};

describeEachDatabase('operator role rights', (kind) => {
  let saldo: TestSaldo;
  let ids: Ids;
  const cookies = {} as Record<Role | 'other', string>;
  let keyOfWrites = '';

  beforeAll(async () => {
    saldo = await startSaldo(kind);
    const org = await saldo.organization('acme');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const entry = await saldo.request('POST', `/orgs/acme/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 500 },
    });
    await saldo.request('POST', '/orgs/acme/account-templates', {
      key: org.key,
      body: { name: 'basic', currency: 'EUR' },
    });
    ids = { customer: customer.id, account: account.account_id, entry: entry.body.id, template: 'basic' };
    await saldo.organization('globex');
    for (const role of ['viewer', 'clerk', 'admin'] as const) {
      await createOperator(saldo, 'acme', `${role}@acme.example`, role);
      cookies[role] = await signIn(saldo, `${role}@acme.example`);
    }
    await createOperator(saldo, 'globex', 'admin@globex.example', 'admin');
    cookies.other = await signIn(saldo, 'admin@globex.example');
    keyOfWrites = (await saldo.issueKey('acme', ['CUSTOMER_ACCOUNT_WRITE'])).key;
  });
  afterAll(async () => saldo?.close());

  it.each(['viewer', 'clerk', 'admin'] as const)('opens to a %s exactly the routes of its role', async (role) => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of ROUTES) {
      const path = route.path(ids);
      const answer = await saldo.request(route.method, path, {
        headers: asConsole(saldo, cookies[role]),
        body: route.body?.(ids),
      });
      const allowed = ALLOWED[role].includes(route.kind);
      outcomes.push(
        `${route.method} ${path} (${route.kind}): ${answer.status === 403 ? `403 ${answer.body.code}` : answer.status < 300 ? 'done' : `${answer.status} ${answer.text.slice(0, 120)}`}`,
      );
      expected.push(`${route.method} ${path} (${route.kind}): ${allowed ? 'done' : '403 forbidden'}`);
    }
    expect(outcomes).toEqual(expected);
  });

  it('answers an operator of another organization 404 on this one, as it answers a key of it', async () => {
    for (const route of ROUTES) {
      const answer = await saldo.request(route.method, route.path(ids), {
        headers: asConsole(saldo, cookies.other),
        body: route.body?.(ids),
      });
      expect(`${route.method} ${route.path(ids)}: ${answer.status} ${answer.body?.code}`).toBe(
        `${route.method} ${route.path(ids)}: 404 organization_not_found`,
      );
    }
    // In its own organization, this organization's ids are simply not there.
    const account = await saldo.request('GET', `/orgs/globex/accounts/${ids.account}`, {
      headers: { cookie: cookies.other },
    });
    expect(account.status).toBe(404);
    expect(account.body.code).toBe('account_not_found');
  });

  it('keeps API keys to their scopes: the setup is a matter of scope for a key', async () => {
    const policy = await saldo.request('PUT', '/orgs/acme/dunning-policy', {
      key: keyOfWrites,
      body: { levels: [{ name: 'Reminder', days_past_due: 7 }] },
    });
    expect(policy.status).toBe(200);
    const customers = await saldo.request('POST', '/orgs/acme/customers', {
      key: keyOfWrites,
      body: { name: 'No scope' },
    });
    expect(customers.status).toBe(403);
  });

  it('accepts the session only on the native API: the v1 and v4 dialects want a key', async () => {
    const customer = await saldo.request('GET', `/orgs/acme/customers/${ids.customer}`, {
      headers: { cookie: cookies.admin },
    });
    const v4 = await saldo.request('GET', `/v4/customer/${customer.body.number}?auditUser=x`, {
      headers: { cookie: cookies.admin },
    });
    expect(v4.status).toBe(401);
    const v1 = await saldo.request('GET', `/v1/customers/${customer.body.number}/account/balances`, {
      headers: { cookie: cookies.admin },
    });
    expect(v1.status).toBe(401);
  });
});
