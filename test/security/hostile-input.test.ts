// Proves that hostile input cannot break Saldo: for every operation of the published
// /openapi.json, requests generated from its parameter and body schemas (fast-check) and then
// mutated — wrong types, boundaries, missing and extra fields, huge strings and numbers, deeply
// nested JSON, bodies over the limit, invalid UTF-8, deep-object query abuse — never get a 500,
// always get a documented status with a body its documented schema accepts and no insides, and a
// rejected request leaves the database exactly as it was. On SQLite and PostgreSQL.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { camt053 } from '../support/camt.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../support/harness.ts';
import { LONG } from '../reliability/process-client.ts';
import {
  INSIDES,
  type Operation,
  conformanceChecker,
  fillPath,
  fingerprint,
  operationsOf,
} from './openapi-operations.ts';

const RUNS_PER_OPERATION = Number(process.env.SALDO_HOSTILE_RUNS ?? (LONG ? 60 : 6));
const BODY_LIMIT_BYTES = 1_048_576;
const SEED = Number(process.env.SALDO_HOSTILE_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Values of the wrong kind or at the edges, for any field or parameter. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    -0.0001,
    1e308,
    -1e308,
    2 ** 53,
    2 ** 63,
    '',
    ' ',
    '0',
    '-1',
    'null',
    [],
    {},
    [[]],
    { $gt: '' },
  ),
  fc.constantFrom<unknown>(
    '9'.repeat(400),
    'x'.repeat(70_000),
    '\u0000',
    '\uD800',
    '\u202E\u0301\uFEFF',
    "' or 1=1 --",
    '"; drop table entries; --',
    '../../etc/passwd',
    '%00',
    '${7*7}',
    '<script>',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
);

/** Strings for path, query and header parameters. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1e3',
    '99999999999999999999999',
    ' ',
    'null',
    'undefined',
    "' or 1=1 --",
    '..',
    'x'.repeat(5000),
    '\u0000',
    'é',
    '💸',
    'trn_00000000000000000000000000',
    'fml_ZZZZZZZZZZZZZZZZZZZZZZZZZZ',
    '00000000-0000-0000-0000-000000000000',
    'true',
    '[]',
    '{}',
    '%',
  ),
  fc.string({ minLength: 1, maxLength: 40 }),
);

const asText = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** An arbitrary that follows a JSON schema of the document (bounded, so runs stay small). */
function arbitraryOf(schema: any, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.anyOf || schema.oneOf)
    return fc.oneof(...((schema.anyOf ?? schema.oneOf) as any[]).map((s) => arbitraryOf(s, depth + 1)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf), depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.constantFrom('a@example.com', 'b@example.org');
      if (schema.pattern === '^[A-Z]{3}$') return fc.constantFrom('EUR', 'USD', 'XXX', 'ZZZ');
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 40, min + 40);
      return fc.oneof(
        fc.string({ minLength: min, maxLength: max }),
        fc.constant('x'.repeat(schema.maxLength ?? 64)),
        fc.constant('x'.repeat((schema.maxLength ?? 64) + 1)),
      );
    }
    case 'integer': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const safeMin = Math.max(min, Number.MIN_SAFE_INTEGER);
      const safeMax = Math.min(max, Number.MAX_SAFE_INTEGER);
      return fc.oneof(
        fc.constantFrom(safeMin, safeMax, safeMin - 1, safeMax + 1),
        fc.integer({ min: Math.max(safeMin, -(2 ** 31)), max: Math.min(safeMax, 2 ** 31 - 1) }),
      );
    }
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(schema.minimum ?? 0, schema.maximum ?? 1));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryOf(schema.items, depth + 1), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object': {
      const properties: Record<string, any> = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) model[name] = arbitraryOf(property, depth + 1);
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((name: string) => name in properties) });
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Mutations of a generated body: the valid one, one field wrong, a required one missing, an unknown one added, or another shape. */
function mutatedBody(schema: any): fc.Arbitrary<unknown> {
  const valid = arbitraryOf(schema);
  const fields = Object.keys(schema?.properties ?? {});
  const required: string[] = schema?.required ?? [];
  return fc.oneof(
    valid,
    fields.length === 0
      ? valid
      : fc
          .tuple(valid, fc.constantFrom(...fields), hostileValue)
          .map(([body, field, value]) => ({ ...(body as object), [field]: value })),
    required.length === 0
      ? valid
      : fc.tuple(valid, fc.constantFrom(...required)).map(([body, field]) => {
          const copy = { ...(body as Record<string, unknown>) };
          delete copy[field];
          return copy;
        }),
    fc
      .tuple(
        valid,
        fc.constantFrom(
          'organization',
          'organization_id',
          'balance',
          'status',
          'id',
          'secret_hash',
          '__proto__',
          'constructor',
        ),
        hostileValue,
      )
      .map(([body, field, value]) =>
        JSON.parse(
          `{${JSON.stringify(field)}:${JSON.stringify(value ?? null)},${JSON.stringify(body).slice(1)}`.replace(
            /,}$/,
            '}',
          ),
        ),
      ),
    hostileValue,
  );
}

interface Hostile {
  label: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

describeEachDatabase('hostile input', (kind) => {
  let saldo: TestSaldo;
  let operations: Operation[];
  const ids: Record<string, string> = {};
  let key = '';
  const tally = { requests: 0, rejected: 0, byStatus: {} as Record<string, number> };

  beforeAll(async () => {
    saldo = await startSaldo(kind);
    operations = operationsOf((await saldo.request('GET', '/openapi.json')).body);
    // Real resources, so generated requests reach the checks past "not found".
    const org = await saldo.organization('hostile');
    key = org.key;
    const { customer, account } = await createCustomerWithAccount(saldo, org, { payment_reference: { type: 'MOD10' } });
    const charge = await saldo.request('POST', `/orgs/hostile/accounts/${account.account_id}/entries`, {
      key,
      body: { type: 'CHARGE', amount: 5000, due_date: '2026-01-10' },
    });
    const family = await saldo.request('POST', '/orgs/hostile/families', {
      key,
      body: { name: 'Family', currency: 'EUR' },
    });
    await saldo.request('PUT', `/orgs/hostile/families/${family.body.id}/members/${customer.id}`, { key });
    const scheduled = await saldo.request('POST', `/orgs/hostile/accounts/${account.account_id}/scheduled-payments`, {
      key,
      body: { amount: 100, date: '2026-04-01' },
    });
    await saldo.request('POST', '/orgs/hostile/account-templates', { key, body: { name: 'basic', currency: 'EUR' } });
    const run = await saldo.request('POST', '/orgs/hostile/dunning-runs', { key, body: {} });
    // A second key for the revocation route to revoke, so the suite's own key stays valid.
    const spare = await saldo.issueKey('hostile', ['CUSTOMER_READ']);
    const endpoint = await saldo.request('POST', '/orgs/hostile/webhook-endpoints', {
      key,
      body: { url: 'https://hooks.example.com/hostile', event_types: ['*'] },
    });
    const statement = await saldo.request('POST', '/orgs/hostile/bank-statements', {
      key,
      rawBody: camt053('HOSTILE-1', [{ amount: '7.00', text: 'No reference', bankReference: 'H1' }]),
      headers: { 'content-type': 'application/xml' },
    });
    const lines = await saldo.request('GET', '/orgs/hostile/bank-lines', { key });
    const operator = await saldo.request('POST', '/admin/organizations/hostile/operators', {
      key: ROOT_KEY,
      body: { email: 'ann@hostile.example', role: 'admin', password: 'correct horse battery staple' },
    });
    Object.assign(ids, {
      org_id: 'hostile',
      customer_id: customer.id,
      customerId: String(customer.number),
      number: String(customer.number),
      account_id: account.account_id,
      entry_id: charge.body.id,
      family_id: family.body.id,
      familyId: family.body.id,
      scheduled_payment_id: scheduled.body.id ?? 'sp_none',
      name: 'basic',
      run_id: run.body.id ?? 'dnr_none',
      plan_id: 'ipl_none',
      endpoint_id: endpoint.body.id ?? 'whe_00000000000000000000000000',
      delivery_id: 'whd_00000000000000000000000000',
      key_id: spare.id,
      operator_id: operator.body.id,
      statement_id: statement.body.id ?? 'bst_none',
      line_id: lines.body.data?.[0]?.id ?? 'bsl_none',
    });
  });
  afterAll(async () => {
    console.info(
      `hostile input [${kind}] seed ${SEED}: ${tally.requests} requests, ${tally.rejected} rejected, by status ${JSON.stringify(tally.byStatus)}`,
    );
    await saldo?.close();
  });

  function samples(operation: Operation): Hostile[] {
    const credentials = operation.path.startsWith('/admin') ? ROOT_KEY : key;
    const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
    const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
    const headerParameters = operation.parameters.filter((parameter) => parameter.in === 'header');
    // Dot segments ('.', '..') are no parameter values: every URL client resolves them to another path (RFC 3986).
    const generated = fc.record({
      path: fc.record(
        Object.fromEntries(
          pathParameters.map((parameter) => [
            parameter.name,
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(ids[parameter.name] ?? 'x') },
              { weight: 1, arbitrary: hostileText.filter((value) => !/^\.{1,2}$/.test(value)) },
            ),
          ]),
        ),
      ),
      query: fc.array(
        fc.oneof(
          ...queryParameters.map((parameter) =>
            fc.tuple(fc.constant(parameter.name), fc.oneof(arbitraryOf(parameter.schema).map(asText), hostileText)),
          ),
          fc.tuple(
            fc.constantFrom(
              'where[transactionId][lessThan][x]',
              'where[transactionId][lessThan]',
              'where[a][b][c][d][e][f]',
              '__proto__[polluted]',
              'constructor[prototype][x]',
              'limit[]',
              'limit',
            ),
            hostileText,
          ),
        ),
        { maxLength: 4 },
      ),
      headers: fc.array(
        fc.tuple(
          fc.constantFrom(...headerParameters.map((parameter) => parameter.name), 'if-match', 'idempotency-key'),
          fc.oneof(hostileText, fc.constant('k'.repeat(256))),
        ),
        { maxLength: 2 },
      ),
      body: operation.body ? mutatedBody(operation.body) : fc.constant(undefined),
    });
    // Bodies go to the operations that read one (a body on a GET or DELETE is outside the contract).
    const readsBody = operation.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(operation.method);
    const requests: Hostile[] = fc
      .sample(generated, { numRuns: RUNS_PER_OPERATION, seed: SEED + operations.indexOf(operation) })
      .map((sample, i) => {
        const headers: Record<string, string> = { 'x-api-key': credentials };
        for (const [name, value] of sample.headers) if (/^[\t\x20-\x7e\x80-\xff]*$/.test(value)) headers[name] = value;
        const query = new URLSearchParams(sample.query).toString();
        const request: Hostile = {
          label: `generated #${i}`,
          path: fillPath(operation.path, { ...ids, ...sample.path }) + (query ? `?${query}` : ''),
          headers,
        };
        if (readsBody) {
          request.body = JSON.stringify(sample.body ?? null) ?? 'null';
          headers['content-type'] = 'application/json';
        }
        return request;
      });
    const base = fillPath(operation.path, ids);
    const json = { 'x-api-key': credentials, 'content-type': 'application/json' };
    if (readsBody) {
      requests.push(
        { label: 'deeply nested JSON', path: base, headers: json, body: '['.repeat(20_000) + ']'.repeat(20_000) },
        {
          label: 'deeply nested object',
          path: base,
          headers: json,
          body: '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000),
        },
        {
          label: 'body over the limit',
          path: base,
          headers: json,
          body: JSON.stringify({ description: 'x'.repeat(BODY_LIMIT_BYTES + 10) }),
        },
        {
          label: 'invalid UTF-8',
          path: base,
          headers: json,
          body: Uint8Array.from([
            0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d,
          ]),
        },
        { label: 'truncated JSON', path: base, headers: json, body: '{"amount": 1' },
        { label: 'huge number', path: base, headers: json, body: '{"amount": 1' + '0'.repeat(400) + '}' },
        {
          label: 'text body',
          path: base,
          headers: { 'x-api-key': credentials, 'content-type': 'text/plain' },
          body: 'amount=1',
        },
        {
          label: 'UTF-16 JSON',
          path: base,
          headers: { 'x-api-key': credentials, 'content-type': 'application/json; charset=utf-16' },
          body: Buffer.from('{"amount":1}', 'utf16le'),
        },
      );
    }
    if (pathParameters.some((parameter) => parameter.name !== 'org_id')) {
      const nul = Object.fromEntries(
        pathParameters
          .filter((parameter) => parameter.name !== 'org_id')
          .map((parameter) => [parameter.name, `x\u0000${ids[parameter.name] ?? ''}`]),
      );
      requests.push({
        label: 'NUL in path parameters',
        path: fillPath(operation.path, { ...ids, ...nul }),
        headers: { 'x-api-key': credentials },
      });
    }
    requests.push({
      label: 'huge query',
      path: `${base}?${'where[a]'.repeat(1)}=${'x'.repeat(8_000)}&limit=${'9'.repeat(300)}`,
      headers: { 'x-api-key': credentials },
    });
    return requests;
  }

  it(
    'answers every generated and mutated request with a documented, valid, non-500 answer and changes nothing when it refuses',
    async () => {
      const checker = conformanceChecker();
      const failures: string[] = [];
      for (const operation of operations) {
        if (operation.path === '/openapi.json') continue;
        for (const request of samples(operation)) {
          const before = await fingerprint(saldo);
          const response = await fetch(`${saldo.baseUrl}${request.path}`, {
            method: operation.method,
            headers: request.headers,
            body: request.body,
          });
          const text = await response.text();
          let body: unknown;
          try {
            body = text.length > 0 ? JSON.parse(text) : undefined;
          } catch {
            body = text;
          }
          tally.requests += 1;
          tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
          const where = `${operation.name} [${request.label}] ${request.path.slice(0, 160)} ${typeof request.body === 'string' ? request.body.slice(0, 160) : ''}`;
          if (response.status >= 500) failures.push(`${where}: ${response.status} ${text.slice(0, 300)}`);
          const problem = checker.problem(operation, {
            status: response.status,
            headers: response.headers,
            body,
            text,
          });
          if (problem) failures.push(`${where}: ${problem}`);
          if (INSIDES.test(text)) failures.push(`${where}: insides in the body: ${text.slice(0, 300)}`);
          if (response.status >= 400) {
            tally.rejected += 1;
            // v4 records every read in the audit trail with its auditUser, a customer not found included (documented).
            const withoutAudit = (print: string) =>
              operation.path.startsWith('/v4/') ? print.replace(/audit_events=\d+/, '') : print;
            const after = await fingerprint(saldo);
            if (withoutAudit(after) !== withoutAudit(before))
              failures.push(
                `${where}: refused with ${response.status} but changed the database\n  before ${before}\n  after  ${after}`,
              );
          }
        }
      }
      expect(failures).toEqual([]);
    },
    LONG ? 900_000 : 240_000,
  );
});
