// Proves what test/operations/outages.test.ts does not: with PostgreSQL's connections cut (every
// backend terminated, new connections refused) the real routes of every dialect — v1 customers,
// v4, v1 families and the native API, reads and writes — answer 503 in their own body within a
// bounded time, /readyz says so, the process recovers by itself, and the pool holds no more
// connections afterwards than its bound (no leak), however many requests failed meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { systemClock } from '../../src/core/clock.ts';
import { SCOPES } from '../../src/core/scopes.ts';
import { buildApp } from '../../src/http/app.ts';
import { type KyselyStore, openStore } from '../../src/storage/kysely-store.ts';
import { postgresAvailable } from '../support/databases.ts';
import { ROOT_KEY } from '../support/harness.ts';
import { adminDatabaseUrl, createTestDatabase } from '../support/postgres.ts';
import { INSIDES } from '../security/openapi-operations.ts';

const POOL_SIZE = 10;
const ANSWER_WITHIN_MS = 5000;

async function admin<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(postgresAvailable())('PostgreSQL connections cut', () => {
  let database: { url: string; drop: () => Promise<void> };
  let name: string;
  let store: KyselyStore;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let key = '';
  const paths: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    name = new URL(database.url).pathname.slice(1);
    store = await openStore({ url: database.url, statementTimeoutMs: 2000, poolSize: POOL_SIZE });
    app = await buildApp({
      store,
      clock: systemClock,
      rootKey: ROOT_KEY,
      rateLimitPerMinute: 0,
      redisUrl: undefined,
      bodyLimitBytes: 1_048_576,
      logger: false,
    });
    const inject = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, apiKey = key) => {
      const answer = await app.inject({
        method,
        url,
        headers: { 'x-api-key': apiKey },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      return answer.json();
    };
    await inject('POST', '/admin/organizations', { slug: 'outage', name: 'Outage' }, ROOT_KEY);
    key = (await inject('POST', '/admin/organizations/outage/api-keys', { name: 'k', scopes: [...SCOPES] }, ROOT_KEY))
      .key;
    const customer = await inject('POST', '/orgs/outage/customers', { name: 'C' });
    const account = await inject('POST', `/orgs/outage/customers/${customer.id}/accounts`, {
      modality: 'POSTPAID',
      currency: 'EUR',
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
    });
    const family = await inject('POST', '/orgs/outage/families', { name: 'F', currency: 'EUR' });
    Object.assign(paths, {
      v1Customers: `/v1/customers/${customer.number}/account/balances`,
      v4: `/v4/customer/${customer.number}?auditUser=ops`,
      v1Families: `/v1/families/${family.id}/balance`,
      orgApiRead: `/orgs/outage/accounts/${account.account_id}`,
      orgApiWrite: `/orgs/outage/accounts/${account.account_id}/entries`,
    });
  });
  afterAll(async () => {
    await admin(`alter database ${name} with allow_connections true`).catch(() => {});
    await app?.close();
    await store?.close();
    await database?.drop();
  });

  async function connections(): Promise<number> {
    const rows = await admin<{ count: string }>(
      `select count(*) as count from pg_stat_activity where datname = '${name}'`,
    );
    return Number(rows[0]!.count);
  }

  it('answers 503 in each dialect body while connections are cut, recovers, and leaks no connection', async () => {
    // Warm the pool to its bound, so every pooled connection is cut below.
    await Promise.all(
      Array.from({ length: 30 }, () =>
        app.inject({ method: 'GET', url: paths.orgApiRead!, headers: { 'x-api-key': key } }),
      ),
    );
    expect(await connections()).toBeLessThanOrEqual(POOL_SIZE);

    await admin(`alter database ${name} with allow_connections false`);
    await admin(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
    );

    const expectations: Array<[string, 'GET' | 'POST', Record<string, unknown>, string]> = [
      [
        'v1Customers',
        'GET',
        { errorCode: 'database_unavailable', errorMessage: 'The service is unavailable. Try again later.' },
        'application/json',
      ],
      ['v4', 'GET', { code: 'database_unavailable', status: 503 }, 'application/problem+json'],
      [
        'v1Families',
        'GET',
        { statusCode: 503, messages: ['The service is unavailable. Try again later.'] },
        'application/json',
      ],
      ['orgApiRead', 'GET', { code: 'database_unavailable', status: 503 }, 'application/problem+json'],
      ['orgApiWrite', 'POST', { code: 'database_unavailable', status: 503 }, 'application/problem+json'],
    ];
    // Several rounds and a burst: each failed request must give its connection back.
    for (let round = 0; round < 3; round++) {
      for (const [path, method, body, mediaType] of expectations) {
        const started = Date.now();
        const answer = await app.inject({
          method,
          url: paths[path]!,
          headers: { 'x-api-key': key },
          ...(method === 'POST' ? { payload: { type: 'CHARGE', amount: 100 } } : {}),
        });
        expect(Date.now() - started, path).toBeLessThan(ANSWER_WITHIN_MS);
        expect(answer.statusCode, `${path}: ${answer.body}`).toBe(503);
        expect(answer.headers['content-type']).toContain(mediaType);
        expect(answer.json()).toMatchObject(body);
        expect(answer.body).not.toMatch(INSIDES);
      }
    }
    const burst = await Promise.all(
      Array.from({ length: 40 }, () =>
        app.inject({ method: 'GET', url: paths.orgApiRead!, headers: { 'x-api-key': key } }),
      ),
    );
    expect(new Set(burst.map((answer) => answer.statusCode))).toEqual(new Set([503]));
    const readiness = await app.inject({ method: 'GET', url: '/readyz' });
    expect(readiness.statusCode).toBe(503);

    // The database takes connections again: the same process serves, without a restart.
    await admin(`alter database ${name} with allow_connections true`);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    for (const [path, method] of expectations) {
      const answer = await app.inject({
        method,
        url: paths[path]!,
        headers: { 'x-api-key': key },
        ...(method === 'POST' ? { payload: { type: 'CHARGE', amount: 100 } } : {}),
      });
      expect(answer.statusCode, `${path}: ${answer.body}`).toBe(method === 'POST' ? 201 : 200);
    }
    await Promise.all(
      Array.from({ length: 60 }, () =>
        app.inject({ method: 'GET', url: paths.orgApiRead!, headers: { 'x-api-key': key } }),
      ),
    );
    // No leak: the failures gave their connections back; the pool stays within its bound.
    expect(await connections()).toBeLessThanOrEqual(POOL_SIZE);
  }, 60_000);
});
