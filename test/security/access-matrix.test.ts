// Proves the access-control matrix for every operation of the published /openapi.json (OWASP API
// Top 10: broken object- and function-level authorization, mass assignment, excessive data
// exposure): no key, a revoked key or a wrong header is 401 (403 in the v1 families dialect);
// each scope alone opens exactly the operations of that scope and is 403 elsewhere; another
// organization's key and another organization's ids are 404 with the same body as a truly
// missing id; fields such as organization, balance or status cannot be set through a body; and no
// answer carries a key hash, a stack trace or SQL. On SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCOPES, type Scope } from '../../src/core/scopes.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createAccount, createCustomer } from '../support/fixtures.ts';
import { ROOT_KEY, type Answer, type TestSaldo, startSaldo } from '../support/harness.ts';
import { camt053 } from '../support/camt.ts';
import { INSIDES, type Operation, conformanceChecker, fillPath, operationsOf } from './openapi-operations.ts';

/** Ids of ledger objects that exist in no organization, of the right shapes. */
const MISSING: Record<string, string> = {
  org_id: 'no-such-org',
  customer_id: '00000000-0000-4000-8000-000000000000',
  customerId: '987654321987',
  number: '987654321987',
  account_id: '00000000-0000-4000-8000-000000000001',
  entry_id: 'trn_0000000000ZZZ0000000000000',
  family_id: 'fml_00000000000000000000000000',
  familyId: 'fml_00000000000000000000000000',
  scheduled_payment_id: 'spm_00000000000000000000000000',
  name: 'no-such-template',
  run_id: 'dnr_00000000000000000000000000',
  plan_id: 'ipl_00000000000000000000000000',
  endpoint_id: 'whe_00000000000000000000000000',
  delivery_id: 'whd_00000000000000000000000000',
  key_id: 'key_00000000000000000000000000',
  operator_id: 'opr_00000000000000000000000000',
  statement_id: 'bst_00000000000000000000000000',
  line_id: 'bsl_00000000000000000000000000',
};

/**
 * Operations for console operators only (managing operators, the session itself): no API key
 * scope opens them, which test/http/operators.test.ts and console-session.test.ts prove.
 */
const sessionOnly = (operation: Operation) =>
  operation.security !== undefined && operation.security.every((requirement) => 'Session' in requirement);

/** Bodies that pass each write's schema, so a request reaches the resource lookup. */
function bodyFor(operation: Operation): unknown {
  const path = operation.path;
  if (operation.method === 'GET' || (operation.method === 'DELETE' && !operation.body)) return undefined;
  if (path.endsWith('/entries')) return { type: 'CHARGE', amount: 100 };
  if (path.endsWith('/payments') && path.includes('{account_id}')) return { amount: 100 };
  if (path.endsWith('/payments')) return { reference: '12345', amount: 100 };
  if (path.endsWith('/reversal')) return {};
  if (path.endsWith('/bank-lines/{line_id}/match')) return { account_id: MISSING.account_id };
  if (path.endsWith('/scheduled-payments')) return { amount: 100, date: '2026-05-01' };
  if (path.endsWith('/installment-plans'))
    return { entry_ids: [MISSING.entry_id], installments: 2, first_due_date: '2026-05-01' };
  if (path.endsWith('/payment-method')) return { type: 'CREDIT_CARD', details: { token_id: randomUUID() } };
  if (path.endsWith('/dunning-exemption')) return { exempt: true };
  if (path.endsWith('/dunning-policy')) return { levels: [], debt_collection_after_days: null };
  if (path.endsWith('/status')) return { status: 'ACCOUNT_BLOCKED' };
  if (path.endsWith('/result')) return { status: 'FAILED' };
  if (path.endsWith('/families')) return { name: 'F', currency: 'EUR' };
  if (path.endsWith('/customers')) return { name: 'C' };
  if (path.endsWith('/accounts'))
    return {
      modality: 'POSTPAID',
      currency: 'EUR',
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
    };
  if (path.endsWith('/account-templates')) return { name: `t${Math.floor(Math.random() * 1e9)}` };
  if (path.endsWith('/dunning-runs')) return {};
  if (path.endsWith('/settings')) return {};
  if (path.startsWith('/admin'))
    return path.endsWith('api-keys')
      ? { name: 'k', scopes: ['CUSTOMER_READ'] }
      : { slug: `o${Math.floor(Math.random() * 1e9)}`, name: 'O' };
  return {};
}

/** An answer without what differs from request to request: trace ids, the path, the ids asked for. */
function normalized(answer: Answer, ids: string[]): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !['trace_id', 'traceId', 'instance'].includes(name))
        .map(([name, inner]) => [name, strip(inner)]),
    );
  };
  let text = answer.body === undefined ? answer.text : JSON.stringify(strip(answer.body));
  for (const id of ids.filter((candidate) => candidate.length >= 6)) text = text.split(id).join('<id>');
  return `${answer.status} ${text}`;
}

describeEachDatabase('access-control matrix', (kind) => {
  let saldo: TestSaldo;
  let operations: Operation[];
  const answers: Answer[] = [];
  const idsOf: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} };
  let keyA = '';
  let keyB = '';
  let revokedKey = '';
  const scopeKeys = new Map<Scope, string>();

  async function ask(
    method: string,
    path: string,
    key: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const answer = await saldo.request(method, path, { key, body, headers });
    answers.push(answer);
    return answer;
  }

  async function resources(slug: string): Promise<Record<string, string>> {
    const org = await saldo.organization(slug);
    // Customer numbers differ between the organizations, so one's number names nothing in the other.
    const customer = await createCustomer(saldo, org, { number: slug === 'matrix-a' ? '770000001' : '880000001' });
    const account = await createAccount(saldo, org, customer.id, { payment_reference: { type: 'MOD10' } });
    const charge = await saldo.request('POST', `/orgs/${slug}/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 5000, due_date: '2026-01-10' },
    });
    const second = await saldo.request('POST', `/orgs/${slug}/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 300, due_date: '2026-06-10' },
    });
    const plan = await saldo.request('POST', `/orgs/${slug}/accounts/${account.account_id}/installment-plans`, {
      key: org.key,
      body: { entry_ids: [second.body.id], installments: 2, first_due_date: '2026-07-01' },
    });
    const family = await saldo.request('POST', `/orgs/${slug}/families`, {
      key: org.key,
      body: { name: 'Family', currency: 'EUR' },
    });
    await saldo.request('PUT', `/orgs/${slug}/families/${family.body.id}/members/${customer.id}`, { key: org.key });
    const scheduled = await saldo.request('POST', `/orgs/${slug}/accounts/${account.account_id}/scheduled-payments`, {
      key: org.key,
      body: { amount: 100, date: '2026-04-01' },
    });
    await saldo.request('POST', `/orgs/${slug}/account-templates`, {
      key: org.key,
      body: { name: `basic-${slug}`, currency: 'EUR' },
    });
    const run = await saldo.request('POST', `/orgs/${slug}/dunning-runs`, { key: org.key, body: {} });
    const spare = await saldo.issueKey(slug, ['CUSTOMER_READ']);
    const endpoint = await saldo.request('POST', `/orgs/${slug}/webhook-endpoints`, {
      key: org.key,
      body: { url: `https://hooks.example.com/${slug}`, event_types: ['*'] },
    });
    const statement = await saldo.request('POST', `/orgs/${slug}/bank-statements`, {
      key: org.key,
      rawBody: camt053(`MATRIX-${slug}`, [{ amount: '1.00', text: 'unknown payer', bankReference: `M-${slug}` }]),
      headers: { 'content-type': 'application/xml' },
    });
    const line = (await saldo.request('GET', `/orgs/${slug}/bank-lines`, { key: org.key })).body.data[0];
    // A delivery as the dispatcher would have made it (no dispatcher runs here).
    const delivery = await deliveryOf(slug, endpoint.body.id);
    for (const [name, answer] of Object.entries({ charge, plan, family, scheduled, run, endpoint, statement })) {
      if (answer.status !== 201) throw new Error(`${name}: ${answer.status} ${answer.text}`);
    }
    if (slug === 'matrix-a') keyA = org.key;
    else keyB = org.key;
    return {
      org_id: slug,
      customer_id: customer.id,
      customerId: String(customer.number),
      number: String(customer.number),
      account_id: account.account_id,
      entry_id: charge.body.id,
      family_id: family.body.id,
      familyId: family.body.id,
      scheduled_payment_id: scheduled.body.id,
      name: `basic-${slug}`,
      run_id: run.body.id,
      plan_id: plan.body.id,
      endpoint_id: endpoint.body.id,
      delivery_id: delivery,
      key_id: spare.id,
      statement_id: statement.body.id,
      line_id: line.id,
    };
  }

  async function deliveryOf(slug: string, endpointPublicId: string): Promise<string> {
    const organization = await saldo.store.organizations.findBySlug(slug);
    const endpoint = await saldo.store.webhooks.findEndpoint(organization!.id, endpointPublicId);
    const [event] = await saldo.store.events.list(organization!.id, { limit: 1 });
    const publicId = `whd_${slug === 'matrix-a' ? 'A' : 'B'}${'0'.repeat(25)}`;
    const at = new Date().toISOString();
    await saldo.store.transaction((tx) =>
      tx.webhooks.insertDeliveries([
        {
          publicId,
          organizationId: organization!.id,
          endpointId: endpoint!.id,
          eventId: event!.id,
          eventPublicId: event!.publicId,
          eventType: event!.type,
          status: 'FAILED',
          attempts: 8,
          lastStatusCode: 500,
          lastError: 'down',
          nextAttemptAt: null,
          createdAt: at,
          updatedAt: at,
        },
      ]),
    );
    return publicId;
  }

  beforeAll(async () => {
    saldo = await startSaldo(kind);
    // Signing in takes no credential (security: []): test/http/console-session.test.ts covers it.
    operations = operationsOf((await saldo.request('GET', '/openapi.json')).body).filter(
      (operation) => operation.security !== undefined && operation.security.length > 0,
    );
    idsOf.a = await resources('matrix-a');
    idsOf.b = await resources('matrix-b');
    for (const scope of SCOPES) scopeKeys.set(scope, (await saldo.issueKey('matrix-a', [scope])).key);
    const revoked = await saldo.issueKey('matrix-a', [...SCOPES]);
    revokedKey = revoked.key;
    expect(
      (await saldo.request('DELETE', `/admin/organizations/matrix-a/api-keys/${revoked.id}`, { key: ROOT_KEY })).status,
    ).toBe(204);
  });
  afterAll(async () => {
    await saldo?.close();
  });

  it('refuses no key, a revoked key and a wrong header with 401 (403 in v1 families), in the documented body', async () => {
    const checker = conformanceChecker();
    const failures: string[] = [];
    for (const operation of operations) {
      const path = fillPath(operation.path, MISSING);
      const expected = operation.path.startsWith('/v1/families') ? 403 : 401;
      const admin = operation.path.startsWith('/admin');
      const cases: Array<[string, string | undefined, Record<string, string>]> = [
        ['no key', undefined, {}],
        ['revoked key', admin ? revokedKey : revokedKey, {}],
        ['wrong header', undefined, { 'x-api-token': admin ? ROOT_KEY : keyA }],
        ['basic authorization', undefined, { authorization: `Basic ${Buffer.from(`x:${keyA}`).toString('base64')}` }],
        ['another organization key on /admin', admin ? keyA : undefined, {}],
      ];
      for (const [label, key, headers] of cases) {
        const answer = await ask(operation.method, path, key, bodyFor(operation), headers);
        if (answer.status !== expected)
          failures.push(`${operation.name} [${label}]: ${answer.status} ${answer.text.slice(0, 200)}`);
        const problem = checker.problem(operation, answer);
        if (problem) failures.push(`${operation.name} [${label}]: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('opens each operation to exactly one scope, a read scope for reads and a write scope for writes', async () => {
    const failures: string[] = [];
    const scopeOf: Record<string, Scope> = {};
    for (const operation of operations.filter(
      (candidate) => !candidate.path.startsWith('/admin') && !sessionOnly(candidate),
    )) {
      const path = fillPath(operation.path, { ...MISSING, org_id: 'matrix-a' });
      const opened: Scope[] = [];
      for (const [scope, key] of scopeKeys) {
        const answer = await ask(operation.method, path, key, bodyFor(operation));
        const refused =
          answer.status === 403 &&
          (answer.body?.code === 'forbidden' ||
            answer.body?.errorCode === 'forbidden' ||
            answer.body?.statusCode === 403);
        if (!refused) opened.push(scope);
      }
      if (opened.length !== 1) {
        failures.push(`${operation.name}: opened by ${opened.join(', ') || 'no scope'}`);
        continue;
      }
      scopeOf[operation.name] = opened[0]!;
      const wantsWrite = operation.method !== 'GET';
      // A _MANAGE scope (WEBHOOKS_MANAGE) opens the reads and writes of what it administers alike.
      if (!opened[0]!.endsWith('_MANAGE') && opened[0]!.endsWith('_WRITE') !== wantsWrite)
        failures.push(`${operation.name}: opened by ${opened[0]}`);
    }
    expect(failures).toEqual([]);
    console.info(`scopes [${kind}]: ${JSON.stringify(scopeOf)}`);
  });

  it('answers another organization’s key and ids exactly as a missing id: 404, existence never revealed', async () => {
    const failures: string[] = [];
    for (const operation of operations.filter(
      (candidate) => !candidate.path.startsWith('/admin') && !sessionOnly(candidate),
    )) {
      const hasIds = /\{(?!org_id\})[^}]+\}/.test(operation.path);
      const body = bodyFor(operation);
      const headers = { 'if-match': '"1"' };
      const query = operation.path.startsWith('/v4/') ? '?auditUser=matrix' : '';
      const reveal = [...Object.values(idsOf.b), ...Object.values(MISSING)];
      // Organization A's key, in its own organization, on organization B's objects …
      if (hasIds) {
        const foreign = await ask(
          operation.method,
          fillPath(operation.path, { ...idsOf.b, org_id: 'matrix-a' }) + query,
          keyA,
          body,
          headers,
        );
        // … against the same request for objects that exist nowhere.
        const missing = await ask(
          operation.method,
          fillPath(operation.path, { ...MISSING, org_id: 'matrix-a' }) + query,
          keyA,
          body,
          headers,
        );
        if (![400, 404, 428].includes(foreign.status))
          failures.push(
            `${operation.name}: another organization's ids answered ${foreign.status} ${foreign.text.slice(0, 200)}`,
          );
        if (normalized(foreign, reveal) !== normalized(missing, reveal)) {
          failures.push(
            `${operation.name}: another organization's ids differ from missing ones\n  ${normalized(foreign, reveal).slice(0, 300)}\n  ${normalized(missing, reveal).slice(0, 300)}`,
          );
        }
      }
      // Organization B's slug in the path answers as an organization that does not exist.
      if (operation.path.includes('{org_id}')) {
        const otherSlug = await ask(
          operation.method,
          fillPath(operation.path, { ...MISSING, org_id: 'matrix-b' }),
          keyA,
          body,
          headers,
        );
        const noSlug = await ask(operation.method, fillPath(operation.path, MISSING), keyA, body, headers);
        if (
          normalized(otherSlug, ['matrix-b', 'no-such-org', ...reveal]) !==
          normalized(noSlug, ['matrix-b', 'no-such-org', ...reveal])
        ) {
          failures.push(`${operation.name}: another organization's slug differs from a missing one`);
        }
      }
      // Organization B's key on organization A's path and objects.
      const otherKey = await ask(operation.method, fillPath(operation.path, idsOf.a) + query, keyB, body, headers);
      if (
        otherKey.status !== 404 &&
        !(hasIds && otherKey.status === 428) &&
        !(otherKey.status === 400 && operation.method !== 'GET')
      ) {
        failures.push(
          `${operation.name}: another organization's key answered ${otherKey.status} ${otherKey.text.slice(0, 200)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    // Organization B is untouched: its objects are all still there.
    const account = await saldo.request('GET', `/orgs/matrix-b/accounts/${idsOf.b.account_id}`, { key: keyB });
    expect(account.status).toBe(200);
    expect(account.body.status).toBe('ACCOUNT_OK');
    const entry = await saldo.request('GET', `/orgs/matrix-b/entries/${idsOf.b.entry_id}`, { key: keyB });
    expect(entry.body.reversed_by).toBeNull();
    const members = await saldo.request('GET', `/orgs/matrix-b/families/${idsOf.b.family_id}/members`, { key: keyB });
    expect(members.status).toBe(200);
    expect(JSON.stringify(members.body)).toContain(idsOf.b.customer_id);
  });

  it.each([
    ['POST', '/orgs/matrix-a/customers', { name: 'Mallory' }],
    [
      'POST',
      '/orgs/matrix-a/customers/{customer_id}/accounts',
      {
        modality: 'POSTPAID',
        currency: 'EUR',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
      },
    ],
    ['POST', '/orgs/matrix-a/accounts/{account_id}/entries', { type: 'CHARGE', amount: 100 }],
    ['POST', '/orgs/matrix-a/accounts/{account_id}/payments', { amount: 100 }],
    ['POST', '/orgs/matrix-a/families', { name: 'F', currency: 'EUR' }],
    ['PATCH', '/orgs/matrix-a/customers/{customer_id}', { name: 'Renamed' }],
    ['PATCH', '/orgs/matrix-a/accounts/{account_id}', { name: 'Renamed' }],
  ] as const)('refuses fields a client must not set on %s %s', async (method, template, valid) => {
    const path = template.replace('{customer_id}', idsOf.a.customer_id!).replace('{account_id}', idsOf.a.account_id!);
    for (const [field, value] of [
      ['organization', 'matrix-b'],
      ['organization_id', 'co_00000000000000000000000000'],
      ['balance', 1_000_000],
      ['open_amount', 0],
      ['status', 'ACCOUNT_OK'],
      ['id', randomUUID()],
      ['created_at', '2000-01-01T00:00:00Z'],
      ['secret_hash', 'x'],
    ] as const) {
      if (field in valid) continue;
      const answer = await ask(method, path, keyA, { ...valid, [field]: value }, { 'if-match': '*' });
      expect(answer.status, `${field}: ${answer.text}`).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
    }
  });

  it('never shows a key hash, a stack trace or SQL in any answer above', async () => {
    const hashes = (await saldo.store.db.selectFrom('api_keys').select('secret_hash').execute()).map(
      (row) => row.secret_hash,
    );
    const listed = await ask('GET', '/admin/organizations/matrix-a/api-keys', ROOT_KEY);
    expect(listed.status).toBe(200);
    expect(answers.length).toBeGreaterThan(500);
    for (const answer of answers) {
      expect(answer.text).not.toMatch(/"secret_?hash"\s*:/i);
      expect(answer.text).not.toMatch(/\b[0-9a-f]{64}\b/);
      for (const hash of hashes) expect(answer.text).not.toContain(hash);
      if (answer.status >= 400) expect(answer.text).not.toMatch(INSIDES);
    }
  });
});
